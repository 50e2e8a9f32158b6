import { z } from 'zod';
import { ConnectorError } from '../backend-connector';

/**
 * Zod schemas for the parts of Zendesk's Support API answers the desk reads. Zendesk sends far
 * more fields; unknown ones are dropped. Envelopes are checked strictly (a wrong envelope means
 * we talk to something that is not Zendesk); records inside are checked one by one, so one bad
 * record is reported and skipped instead of stopping the sync.
 */
const zendeskId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const isoTime = z.iso.datetime({ offset: true });

export const ZENDESK_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type ZendeskStatus = (typeof ZENDESK_STATUSES)[number];

export const zendeskTicketSchema = z.object({
  id: zendeskId,
  subject: z.string().max(2000).nullable(),
  // 'deleted' only appears without exclude_deleted; it is not a state the desk can show.
  status: z.enum(ZENDESK_STATUSES),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).nullable(),
  requester_id: zendeskId,
  assignee_id: zendeskId.nullable(),
  tags: z.array(z.string().max(100)).max(100),
  created_at: isoTime,
  updated_at: isoTime,
});
export type ZendeskTicket = z.infer<typeof zendeskTicketSchema>;

export const zendeskUserSchema = z.object({
  id: zendeskId,
  name: z.string().max(500),
  email: z.string().max(320).nullable().default(null),
  role: z.enum(['end-user', 'agent', 'admin']),
  locale: z.string().max(20).nullable().default(null),
  external_id: z.string().max(64).nullable().default(null),
  tags: z.array(z.string().max(100)).max(100).default([]),
  user_fields: z.record(z.string(), z.unknown()).nullable().default(null),
});
export type ZendeskUser = z.infer<typeof zendeskUserSchema>;

export const zendeskCommentSchema = z.object({
  id: zendeskId,
  // System comments (triggers, automations) use -1 or another non-user id as author.
  author_id: z.number().int(),
  body: z.string().max(5_000_000),
  public: z.boolean(),
  created_at: isoTime,
  metadata: z
    .object({ custom: z.record(z.string(), z.unknown()).nullable().optional() })
    .nullable()
    .optional(),
});
export type ZendeskComment = z.infer<typeof zendeskCommentSchema>;

const macroAction = z.object({ field: z.string().max(200), value: z.unknown() });
export const zendeskMacroSchema = z.object({
  id: zendeskId,
  title: z.string().max(500),
  active: z.boolean().default(true),
  description: z.string().max(5000).nullable().default(null),
  actions: z.array(macroAction).max(200),
});
export type ZendeskMacro = z.infer<typeof zendeskMacroSchema>;

const records = z.array(z.unknown()).max(100_000);
const cursorMeta = z.object({ has_more: z.boolean(), after_cursor: z.string().max(2000).nullable() });

/** GET /api/v2/incremental/tickets/cursor.json (with include=users). */
export const exportPageSchema = z.object({
  tickets: records,
  users: records.default([]),
  after_cursor: z.string().max(2000).nullable(),
  end_of_stream: z.boolean(),
});
export type ExportPage = z.infer<typeof exportPageSchema>;

/** GET /api/v2/tickets/{id}/comments.json (with include=users, cursor pagination). */
export const commentsPageSchema = z.object({ comments: records, users: records.default([]), meta: cursorMeta.optional() });

export const usersPageSchema = z.object({ users: records, meta: cursorMeta.optional() });
export const macrosPageSchema = z.object({ macros: records, meta: cursorMeta.optional() });
/** GET /api/v2/tickets/{id}.json?include=users, and the answer to PUT (which adds the audit). */
export const showTicketSchema = z.object({ ticket: zendeskTicketSchema, users: records.default([]) });
export const currentUserSchema = z.object({ user: z.object({ id: zendeskId.nullable(), role: z.string().max(40), email: z.string().max(320).nullable().optional() }) });

/** Zendesk's error envelope: `error` is a code or an object with a title; 422 adds `details`. */
export const errorBodySchema = z.object({
  error: z.union([z.string().max(500), z.object({ title: z.string().max(500).optional(), message: z.string().max(2000).optional() })]).optional(),
  description: z.string().max(2000).optional(),
  details: z.record(z.string(), z.array(z.object({ description: z.string().max(2000).optional(), error: z.string().max(200).optional() }).loose()).max(50)).optional(),
});

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Validates an answer envelope; anything else is Zendesk (or a proxy) answering something unexpected. */
export function parseEnvelope<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConnectorError('invalid_payload', `Zendesk sent a malformed ${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The id of a raw record, for the rejection report, when it has a usable one. */
export function rawId(value: unknown): string | null {
  if (!value || typeof value !== 'object' || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === 'number' || typeof id === 'string' ? String(id).slice(0, 64) : null;
}
