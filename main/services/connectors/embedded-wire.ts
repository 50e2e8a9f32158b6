import { z } from 'zod';
import type { Agent, Macro } from '../../../preload/contract';
import { ConnectorError, type BackendPresence, type TokenOwner, type ChangesResult, type SnapshotResult, type BackendAuditChain } from './backend-connector';
import type { AuditEntry } from '../audit/audit-chain';
import { agentSchema, dataPageSchema, macroSchema, ticketSchema, validatePage } from './wire-schemas';

/**
 * Parsers of every answer of the embedded backend. Each returns validated data or throws a
 * ConnectorError of kind 'invalid_payload' — nothing else — whatever it is given.
 */
const snapshotSchema = dataPageSchema.extend({ nextAfter: z.number().int().nullable(), cursor: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
const chainHead = z.object({ count: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) });
const changesSchema = dataPageSchema.extend({ cursor: z.number().int().nonnegative(), hasMore: z.boolean(), auditHead: chainHead.optional() });
const auditChainSchema = z.object({
  entries: z.array(
    z.object({
      seq: z.number().int(),
      at: z.number().int(),
      actorId: z.string().max(200),
      action: z.string().max(100),
      ticketId: z.string().max(64).nullable(),
      details: z.record(z.string(), z.unknown()),
      prevHash: z.string().max(128),
      hash: z.string().max(128),
    }),
  ),
  anchor: z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), how: z.enum(['shorter', 'different']) })]).nullable().optional(),
});
const mutationResponse = z.object({ ticket: ticketSchema });
const conflictResponse = z.object({ error: z.literal('conflict'), message: z.string().max(2000), ticket: ticketSchema });
const presenceEvent = z.object({ ticketId: z.string().max(64), viewers: z.array(z.object({ agentId: z.string().max(64), typing: z.boolean() })).max(500) });

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConnectorError('invalid_payload', `backend sent a malformed ${what}: ${reason}`);
  }
  return parsed.data;
}

export function parseAgents(json: unknown): Agent[] {
  return parseOrThrow(z.object({ agents: z.array(agentSchema) }), json, 'agent list').agents;
}

/** GET /api/v1/me: the token's agent, or null for the backend's team token. */
export function parseTokenOwner(json: unknown): TokenOwner {
  const { agent } = parseOrThrow(z.object({ agent: agentSchema.nullable() }), json, 'token owner');
  return agent ? { kind: 'agent', agentId: agent.id, agent } : { kind: 'team' };
}

export function parseMacros(json: unknown): Macro[] {
  return parseOrThrow(z.object({ macros: z.array(macroSchema) }), json, 'macro list').macros as Macro[];
}

export function parseSnapshot(json: unknown): SnapshotResult {
  const raw = parseOrThrow(snapshotSchema, json, 'snapshot page');
  return { page: validatePage(raw), next: raw.nextAfter === null ? null : String(raw.nextAfter), cursor: String(raw.cursor), total: raw.total };
}

export function parseChanges(json: unknown): ChangesResult {
  const raw = parseOrThrow(changesSchema, json, 'changes page');
  return { page: validatePage(raw), cursor: String(raw.cursor), hasMore: raw.hasMore, auditHead: raw.auditHead ?? null };
}

/** GET /api/v1/audit with an anchor: the entries as sent (the desk verifies them itself) and the backend's own verdict. */
export function parseAuditChain(json: unknown): BackendAuditChain {
  const raw = parseOrThrow(auditChainSchema, json, 'audit chain');
  return { entries: raw.entries as AuditEntry[], anchor: raw.anchor ?? null };
}

/** A mutation's answer: the ticket's new version, or a conflict carrying the ticket as it is now. */
export function parseMutationAnswer(status: number, json: unknown): { version: number } {
  if (status === 409) {
    const conflict = parseOrThrow(conflictResponse, json, 'conflict answer');
    throw new ConnectorError('conflict', conflict.message, { status, current: conflict.ticket });
  }
  return { version: parseOrThrow(mutationResponse, json, 'mutation answer').ticket.version };
}

const batchAnswer = z.object({
  results: z.array(z.object({ status: z.number().int().min(100).max(599), body: z.record(z.string(), z.unknown()) })),
});

/** One answer per mutation sent, in order; a different count is a malformed answer, never guessed at. */
export function parseBatchAnswer(json: unknown, expected: number): Array<{ status: number; body: Record<string, unknown> }> {
  const { results } = parseOrThrow(batchAnswer, json, 'batch answer');
  if (results.length !== expected) throw new ConnectorError('invalid_payload', `backend answered ${results.length} of ${expected} mutations in a batch`);
  return results;
}

/** Live-stream presence; a malformed one is dropped (presence is best effort). */
export function parsePresenceEvent(data: string): BackendPresence | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = presenceEvent.safeParse(json);
  return parsed.success ? parsed.data : null;
}
