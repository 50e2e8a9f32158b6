import { z } from 'zod';
import { AGENT_ROLES, LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS, type Agent, type Customer, type Message, type Ticket } from '../../../preload/contract';
import type { RejectedItem, ValidatedPage } from './backend-connector';

/** Backend payloads are untrusted input: every field is checked before it reaches the cache. */
const id = z.string().min(1).max(64);
const time = z.number().int().nonnegative();
const language = z.enum(LANGUAGES);
const topic = z.enum(TOPICS);

export const ticketSchema = z.object({
  id,
  subject: z.string().max(2000),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(PRIORITIES),
  topic,
  language,
  customerId: id,
  assigneeId: id.nullable(),
  tags: z.array(z.string().max(100)).max(100),
  security: z.boolean(),
  createdAt: time,
  updatedAt: time,
  firstResponseAt: time.nullable(),
  lastCustomerMessageAt: time,
  // Older backends do not know snoozing: absent means not snoozed.
  snoozedUntil: time.nullable().default(null),
  escalatedAt: time.nullable().default(null),
  acknowledgedAt: time.nullable().default(null),
  version: z.number().int().nonnegative(),
});

export const customerSchema = z.object({
  id,
  name: z.string().max(500),
  firstName: z.string().max(200),
  email: z.string().max(320),
  userId: z.string().max(64),
  language,
  country: z.string().max(64),
  kycLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
});

export const messageSchema = z.object({
  id,
  ticketId: id,
  authorType: z.enum(['customer', 'agent', 'system']),
  authorId: z.string().max(64),
  kind: z.enum(['reply', 'note']),
  // Bodies may be large, but not without bound.
  body: z.string().max(5_000_000),
  createdAt: time,
  clientKey: z.string().max(128).nullable(),
});

export const agentSchema = z.object({
  id,
  name: z.string().max(200),
  email: z.string().max(320),
  role: z.enum(AGENT_ROLES),
  languages: z.array(language),
  domains: z.array(topic),
});

export const macroSchema = z.object({
  id,
  title: z.string().max(500),
  topic: topic.nullable(),
  keywords: z.array(z.string().max(100)).max(100),
  bodies: z.array(z.object({ language, body: z.string().max(100_000) })).min(1),
  requiredFields: z.array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), label: z.string().min(1).max(100) })).max(10).default([]),
  actions: z.object({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    addTags: z.array(z.string().max(100)).optional(),
    assignToSelf: z.boolean().optional(),
  }),
  source: z.literal('shared').default('shared'),
});

const items = z.array(z.unknown()).max(100_000);
export const dataPageSchema = z.object({ tickets: items, customers: items, messages: items });

function describeId(value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value && typeof (value as { id: unknown }).id === 'string') return (value as { id: string }).id.slice(0, 64);
  return null;
}

/** Keeps the valid items of a page and reports the others, so one bad record cannot stop sync. */
export function validatePage(raw: z.infer<typeof dataPageSchema>): ValidatedPage {
  const rejected: RejectedItem[] = [];
  const keep = <T>(kind: RejectedItem['kind'], list: unknown[], schema: z.ZodType<T>): T[] => {
    const valid: T[] = [];
    for (const item of list) {
      const parsed = schema.safeParse(item);
      if (parsed.success) valid.push(parsed.data);
      else rejected.push({ kind, id: describeId(item), reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') });
    }
    return valid;
  };
  return {
    tickets: keep('ticket', raw.tickets, ticketSchema),
    customers: keep('customer', raw.customers, customerSchema),
    messages: keep('message', raw.messages, messageSchema),
    rejected,
  };
}

// The shapes are declared once, in preload/rules/domain-shapes.ts; each schema must produce exactly
// that shape, so a field added on one side and not the other fails the typecheck here.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesAgree: [
  SameShape<z.output<typeof ticketSchema>, Ticket>,
  SameShape<z.output<typeof customerSchema>, Customer>,
  SameShape<z.output<typeof messageSchema>, Message>,
  SameShape<z.output<typeof agentSchema>, Agent>,
] = [true, true, true, true];
void shapesAgree;
