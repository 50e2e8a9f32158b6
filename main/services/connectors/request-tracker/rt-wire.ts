import { z } from 'zod';
import { ConnectorError } from '../backend-connector';

/**
 * The parts of RT's REST2 answers the connector reads. RT is untrusted input like any backend:
 * answers are checked here and anything malformed becomes an 'invalid_payload' ConnectorError.
 * REST2 writes most numbers as strings, so ids are accepted either way and kept as strings.
 */
const rtId = z.union([z.string().max(200), z.number().int()]).transform(String);
const text = z.string().max(5_000_000);
/** A reference to another record ({"id": "root", "type": "user", ...}); RT sends "" when hidden. */
const reference = z.union([z.object({ id: rtId }), z.literal('')]).transform((value) => (value === '' ? null : value.id));

export const rtCollectionSchema = z.object({
  items: z.array(z.unknown()).max(1000),
  count: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  per_page: z.number().int().positive(),
  total: z.number().int().nonnegative().nullable().optional(),
  pages: z.number().int().nonnegative().nullable().optional(),
});
export type RtCollection = z.infer<typeof rtCollectionSchema>;

const customFieldValues = z
  .array(z.object({ name: z.string().max(200), values: z.array(z.union([z.string(), z.number()]).transform(String)).max(1000) }))
  .max(500)
  .catch([]);

export const rtTicketSchema = z.object({
  id: rtId,
  Subject: z.string().max(2000).nullable().transform((s) => s ?? ''),
  Status: z.string().max(64),
  Priority: z.union([z.string(), z.number()]).transform((p) => Number(p)),
  Queue: z.object({ id: rtId, Name: z.string().max(200).optional() }),
  Owner: reference,
  Creator: reference,
  Requestor: z.array(z.object({ id: rtId })).max(500).catch([]),
  Created: z.string().max(40),
  LastUpdated: z.string().max(40),
  Starts: z.string().max(40).optional(),
  CustomFields: customFieldValues.optional().transform((v) => v ?? []),
});
export type RtTicket = z.infer<typeof rtTicketSchema>;

export const rtTransactionSchema = z.object({
  id: rtId,
  ObjectId: rtId,
  Type: z.string().max(64),
  Field: z.string().max(200).nullable().optional().transform((v) => v ?? ''),
  OldValue: z.string().max(10_000).nullable().optional().transform((v) => v ?? ''),
  NewValue: z.string().max(10_000).nullable().optional().transform((v) => v ?? ''),
  Creator: reference,
  Created: z.string().max(40),
});
export type RtTransaction = z.infer<typeof rtTransactionSchema>;

export const rtAttachmentSchema = z.object({
  id: rtId,
  TransactionId: reference.or(rtId),
  ContentType: z.string().max(200).nullable().transform((v) => (v ?? '').toLowerCase()),
  Content: text.nullable().transform((v) => v ?? ''),
  Filename: z.string().max(1000).nullable().optional().transform((v) => v ?? ''),
});
export type RtAttachment = z.infer<typeof rtAttachmentSchema>;

/** A file attached to a message, described without its content. */
export const rtFileSchema = z.object({
  id: rtId,
  TransactionId: reference.or(rtId),
  ContentType: z.string().max(1000).nullable().optional().transform((v) => (v ?? '').toLowerCase()),
  Filename: z.string().max(5000).nullable().optional().transform((v) => v ?? ''),
  ContentLength: z.union([z.string().max(20), z.number()]).nullable().optional().transform((v) => (v === null || v === undefined || v === '' ? null : Number(v))),
});
export type RtFile = z.infer<typeof rtFileSchema>;

export const rtUserSchema = z.object({
  id: rtId.optional(),
  Name: z.string().max(200),
  RealName: z.string().max(500).nullable().optional().transform((v) => v ?? ''),
  EmailAddress: z.string().max(320).nullable().optional().transform((v) => v ?? ''),
  Lang: z.string().max(32).nullable().optional().transform((v) => v ?? ''),
});
export type RtUser = z.infer<typeof rtUserSchema>;

export const rtGroupSchema = z.object({
  id: rtId,
  Name: z.string().max(200),
  Members: z.array(z.object({ type: z.string(), id: rtId })).max(10_000).optional().transform((v) => v ?? []),
});

export const rtSystemSchema = z.object({ Version: z.string().max(100) });

/** The list of messages REST2 answers a write with. */
export const rtResultMessagesSchema = z.array(z.string().max(5000)).max(1000).catch([]);

export function parseRt<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConnectorError('invalid_payload', `Request Tracker sent a malformed ${what}: ${reason}`);
  }
  return parsed.data;
}

/** Parses each item apart, so one odd record is reported instead of failing the whole page. */
export function parseItems<T>(schema: z.ZodType<T>, items: unknown[]): { valid: T[]; invalid: Array<{ id: string | null; reason: string }> } {
  const valid: T[] = [];
  const invalid: Array<{ id: string | null; reason: string }> = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else {
      const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id).slice(0, 64) : null;
      invalid.push({ id, reason: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') });
    }
  }
  return { valid, invalid };
}

/** RT's dates are ISO 8601 in UTC; the epoch stands for "not set". */
export function rtDateToMs(value: string | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

/** The form RT stores dates in (UTC), for writing Starts and the like. */
export function msToRtDate(ms: number | null): string {
  if (ms === null) return '1970-01-01 00:00:00';
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
