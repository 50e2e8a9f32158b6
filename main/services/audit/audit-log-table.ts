import type { SqliteDatabase } from '../sqlite/open-database';
import { GENESIS_HASH, hashEntry, type AuditEntry, type AuditRecord } from './audit-chain';
import type { ChainHead } from './audit-anchor';

/** An audit_log row as a driver returns it: SQLite gives numbers, PostgreSQL's BIGINT gives strings. */
export interface AuditRow {
  id: number | string;
  at: number | string;
  actor_id: string;
  action: string;
  ticket_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/**
 * An append-only, hash-chained audit table (the same shape in the desk's cache and the
 * embedded backend). Call append inside the transaction of the action it records.
 */
export class AuditLogTable {
  constructor(private readonly db: SqliteDatabase) {}

  append(record: AuditRecord): AuditEntry {
    const last = this.db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = hashEntry(prevHash, record);
    const info = this.db
      .prepare('INSERT INTO audit_log (at, actor_id, action, ticket_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(record.at, record.actorId, record.action, record.ticketId, JSON.stringify(record.details), prevHash, hash);
    return { ...record, seq: Number(info.lastInsertRowid), prevHash, hash };
  }

  /** How many entries the chain holds and the newest hash: what a desk anchors. */
  head(): ChainHead {
    const row = this.db.prepare('SELECT COUNT(*) AS count, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS hash FROM audit_log').get() as { count: number; hash: string | null };
    return { count: row.count, hash: row.hash ?? GENESIS_HASH };
  }

  /** The entries of one action since a moment, oldest first (the insider guard counts reveals with it). */
  since(action: AuditEntry['action'], at: number): AuditEntry[] {
    const rows = this.db.prepare('SELECT * FROM audit_log WHERE action = ? AND at >= ? ORDER BY id').all(action, at) as AuditRow[];
    return rows.map(toEntry);
  }

  list(options: { ticketId?: string; since?: number; limit?: number } = {}): AuditEntry[] {
    const rows = (
      options.ticketId
        ? this.db.prepare('SELECT * FROM audit_log WHERE ticket_id = ? AND id > ? ORDER BY id LIMIT ?').all(options.ticketId, options.since ?? 0, options.limit ?? 100_000)
        : this.db.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?').all(options.since ?? 0, options.limit ?? 100_000)
    ) as AuditRow[];
    return rows.map(toEntry);
  }
}

export function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: Number(r.id),
    at: Number(r.at),
    actorId: r.actor_id,
    action: r.action as AuditEntry['action'],
    ticketId: r.ticket_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
