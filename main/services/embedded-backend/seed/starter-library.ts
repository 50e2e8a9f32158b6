import { z } from 'zod';
import { LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS, type Macro } from '../../../../preload/contract/domain-types';
import library from '../../../../resources/macros/starter-library.json';

const starterMacro = z.strictObject({
  id: z.string().min(1),
  topic: z.enum(TOPICS),
  title: z.string().min(1),
  keywords: z.array(z.string()),
  requiredFields: z.array(z.strictObject({ key: z.string(), label: z.string() })),
  actions: z.strictObject({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    addTags: z.array(z.string()).optional(),
    assignToSelf: z.boolean().optional(),
  }),
  bodies: z.partialRecord(z.enum(LANGUAGES), z.string().min(1)),
});

/**
 * The shared macro library the embedded backend serves: resources/macros/starter-library.json,
 * checked here so a broken edit fails at start-up rather than in an agent's reply.
 */
export function loadStarterLibrary(): Macro[] {
  const parsed = z.strictObject({ version: z.literal(1), macros: z.array(starterMacro) }).parse(library);
  return parsed.macros.map((m) => ({
    id: m.id,
    title: m.title,
    topic: m.topic,
    keywords: m.keywords,
    requiredFields: m.requiredFields,
    actions: m.actions,
    bodies: LANGUAGES.flatMap((language) => {
      const body = m.bodies[language];
      return body ? [{ language, body }] : [];
    }),
    source: 'shared' as const,
  }));
}
