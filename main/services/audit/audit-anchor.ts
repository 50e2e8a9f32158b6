import type { AuditEntry } from './audit-chain';
import { GENESIS_HASH } from './audit-chain';

/**
 * A hash chain alone cannot see its tail cut off: drop the newest entries and what is left still
 * verifies. So the head is anchored: the backend sends its chain head (how many entries, the
 * newest hash) with every page of changes, every desk keeps the highest head it has seen, and
 * verification on either side compares the chain with that anchor. Shared by the desk and the backend.
 */
export interface ChainHead {
  count: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { count: 0, hash: GENESIS_HASH };

export type AnchorVerdict = { ok: true } | { ok: false; how: 'shorter' | 'different' };

/** The head of a list of entries (as the backend reports it). */
export function headOf(entries: readonly AuditEntry[]): ChainHead {
  const last = entries.at(-1);
  return last ? { count: entries.length, hash: last.hash } : EMPTY_HEAD;
}

/**
 * A head seen now against the anchor: fewer entries than once seen is a cut tail; as many with
 * another hash is a rewritten one. More entries is what a growing chain looks like (the entries
 * themselves show whether it grew from the anchor: entriesAgainstAnchor).
 */
export function headAgainstAnchor(head: ChainHead, anchor: ChainHead | null): AnchorVerdict {
  if (!anchor) return { ok: true };
  if (head.count < anchor.count) return { ok: false, how: 'shorter' };
  if (head.count === anchor.count && head.hash !== anchor.hash) return { ok: false, how: 'different' };
  return { ok: true };
}

/** The whole chain against the anchor: it must hold the anchored entry, with the anchored hash, where the anchor says. */
export function entriesAgainstAnchor(entries: readonly AuditEntry[], anchor: ChainHead | null): AnchorVerdict {
  if (!anchor || anchor.count === 0) return { ok: true };
  if (entries.length < anchor.count) return { ok: false, how: 'shorter' };
  return entries[anchor.count - 1]!.hash === anchor.hash ? { ok: true } : { ok: false, how: 'different' };
}

/** The anchor a desk keeps: the highest head it has seen (a shorter one never replaces it). */
export function higherHead(anchor: ChainHead | null, head: ChainHead): ChainHead {
  return !anchor || head.count > anchor.count ? head : anchor;
}
