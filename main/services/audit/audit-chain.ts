import { createHash } from 'node:crypto';
import { csvCell } from '../domain/csv-cell';
import { escapeHiddenInJson } from '../../../preload/contract/customer-text';

/** Customer data: a reveal, the insider guard pausing and clearing reveals, a cross-customer override, screen sharing. */
export const PRIVACY_AUDIT_ACTIONS = ['reveal', 'reveals_paused', 'reveals_cleared', 'audit_alarm_cleared', 'cross_customer_override', 'screen_share'] as const;
/** Protective actions on an account and four eyes to undo them: the request, the approval (or a refused one), the protection lifted. */
export const PROTECTION_AUDIT_ACTIONS = ['protective_action', 'undo_requested', 'undo_approved', 'undo_approval_refused', 'protection_lifted'] as const;
export const AUDIT_ACTIONS = ['escalate', 'escalation_withdrawn', 'account_protection_requested', 'acknowledge', 'claim', 'deescalate', 'resolve', ...PRIVACY_AUDIT_ACTIONS, ...PROTECTION_AUDIT_ACTIONS] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  at: number;
  actorId: string;
  action: AuditAction;
  ticketId: string | null;
  /** Why, and anything else worth keeping (reason code, free text, hold requested). */
  details: Record<string, unknown>;
}

export interface AuditEntry extends AuditRecord {
  seq: number;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Keys sorted at every depth, so the same record always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Each entry's hash covers the previous hash, so editing or removing any entry breaks every later link. */
export function hashEntry(prevHash: string, record: AuditRecord): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical({ at: record.at, actorId: record.actorId, action: record.action, ticketId: record.ticketId, details: record.details })).digest('hex');
}

export type ChainVerdict = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

/** Walks the chain in order: a changed entry fails its own hash; a removed one breaks the link after it. */
export function verifyChain(entries: readonly AuditEntry[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const entry of entries) {
    if (entry.prevHash !== prev) return { ok: false, entries: entries.length, brokenAt: entry.seq, reason: `entry ${entry.seq} does not follow the one before it (an entry was removed or reordered)` };
    if (hashEntry(entry.prevHash, entry) !== entry.hash) return { ok: false, entries: entries.length, brokenAt: entry.seq, reason: `entry ${entry.seq} was changed after it was written` };
    prev = entry.hash;
  }
  return { ok: true, entries: entries.length };
}

export function toCsv(entries: readonly AuditEntry[]): string {
  // Every cell as quoted text (numbers too): the export is evidence, not a sheet to sum.
  const cell = (v: unknown) => csvCell(typeof v === 'string' ? v : JSON.stringify(v ?? ''));
  const header = 'seq,at,actor,action,ticket,details,prev_hash,hash';
  // The details are canonical JSON with hidden characters as \u escapes: the same JSON (the hash
  // still verifies), with nothing left in the cell that reorders or hides text.
  const rows = entries.map((e) => [e.seq, new Date(e.at).toISOString(), e.actorId, e.action, e.ticketId ?? '', escapeHiddenInJson(canonical(e.details)), e.prevHash, e.hash].map(cell).join(','));
  return [header, ...rows].join('\n') + '\n';
}
