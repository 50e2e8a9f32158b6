import { z } from 'zod';
import { LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS, type Macro } from '../../../preload/rules/domain-shapes';
import library from '../../../resources/macros/starter-library.json';
import { createMacroEngine } from './template-engine';

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
 * The shared macro library: resources/macros/starter-library.json, served by the embedded backend
 * and shipped with the desk for backends without one (connectors/shipped-macros.ts). It lives with
 * the shared rules because both import it; checked here so a broken edit fails at start-up rather
 * than in an agent's reply.
 */
export function loadStarterLibrary(): Macro[] {
  return parseMacroLibrary(library);
}

// The desk's own engine: a body with include/render/layout (or any tag a macro may not use)
// stops the backend at start-up instead of reaching an agent.
const checkEngine = createMacroEngine();

/** A macro library as the embedded backend serves it; every body must be a template the desk renders. */
export function parseMacroLibrary(json: unknown): Macro[] {
  const parsed = z.strictObject({ version: z.literal(1), macros: z.array(starterMacro) }).parse(json);
  for (const m of parsed.macros) {
    for (const [language, body] of Object.entries(m.bodies)) {
      try {
        checkEngine.parse(body ?? '');
      } catch (error) {
        throw new Error(`macro library: ${m.id} (${language}) is not a valid macro template: ${(error as Error).message}`);
      }
    }
  }
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
