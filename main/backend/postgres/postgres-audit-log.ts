import type { PoolClient } from 'pg';
import { GENESIS_HASH, hashEntry, type AuditEntry, type AuditRecord } from '../../services/audit/audit-chain';
import { toEntry, type AuditRow } from '../../services/audit/audit-log-table';
import type { ChainHead } from '../../services/audit/audit-anchor';

/**
 * The backend's hash-chained audit log on PostgreSQL. Each entry links to the one before, so two
 * processes appending at once must agree on which is before: the head row (count and newest
 * hash) is read FOR UPDATE, which makes the second append wait for the first to commit and then
 * link to it. Append inside the transaction of the action it records, before appendChanges
 * (always this lock first, then the change log's: one order, no deadlock).
 */
export async function appendAudit(client: PoolClient, record: AuditRecord): Promise<AuditEntry> {
  const head = await client.query<{ count: string; hash: string }>('SELECT count, hash FROM audit_head WHERE id = 1 FOR UPDATE');
  const prevHash = head.rows[0]!.hash;
  const seq = Number(head.rows[0]!.count) + 1;
  const hash = hashEntry(prevHash, record);
  await client.query('INSERT INTO audit_log (id, at, actor_id, action, ticket_id, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    seq,
    record.at,
    record.actorId,
    record.action,
    record.ticketId,
    JSON.stringify(record.details),
    prevHash,
    hash,
  ]);
  await client.query('UPDATE audit_head SET count = $1, hash = $2 WHERE id = 1', [seq, hash]);
  return { ...record, seq, prevHash, hash };
}

/** What a desk anchors: the head as stored, so a cut tail shows as a shorter chain than anchored. */
export async function auditHead(client: PoolClient): Promise<ChainHead> {
  const row = await client.query<{ count: string; hash: string }>('SELECT count, hash FROM audit_head WHERE id = 1');
  const head = row.rows[0];
  return head ? { count: Number(head.count), hash: head.hash } : { count: 0, hash: GENESIS_HASH };
}

export async function auditEntries(client: PoolClient, options: { ticketId?: string; since?: number; limit?: number } = {}): Promise<AuditEntry[]> {
  const rows = options.ticketId
    ? await client.query<AuditRow>('SELECT * FROM audit_log WHERE ticket_id = $1 AND id > $2 ORDER BY id LIMIT $3', [options.ticketId, options.since ?? 0, options.limit ?? 100_000])
    : await client.query<AuditRow>('SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2', [options.since ?? 0, options.limit ?? 100_000]);
  return rows.rows.map(toEntry);
}
