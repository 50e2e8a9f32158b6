import {
  DOMAIN_OF_TOPIC,
  type Language,
  type Priority,
  type SurgeBreakdownRow,
  type SurgeMinute,
  type SurgeSnapshot,
  type Topic,
  type TopicDomain,
} from '../../../preload/contract';
import { DEFAULT_SLA_POLICY, responseDueAt, type SlaPolicy } from './sla-policy';
import { SLA_SOON_MINUTES } from '../../../preload/rules/sla-soon';

// The surge view's figures, from counts the cache hands over. The store aggregates in SQL
// (100,000 tickets never cross into JavaScript); this file turns those counts into a timeline,
// totals and breakdowns, and owns the one rule both sides share: which minute an instant is in.

const MINUTE = 60_000;
/** How far ahead "breaching soon" looks, and how far back a breakdown's incoming count goes. */
export const SOON_MINUTES = SLA_SOON_MINUTES;

/**
 * The minute of the timeline an instant falls in, counted back from now: 0 is the minute that
 * ends now, (now − 1 min, now]; k is (now − (k+1) min, now − k min]. An instant after now (a
 * backend clock slightly ahead) counts as the latest minute. surge-queries.ts computes the same
 * in SQL.
 */
export function minutesAgo(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / MINUTE));
}

/** The open tickets (new, open, pending) sharing a language and a topic, counted at `now`. */
export interface OpenGroupCounts {
  language: Language;
  topic: Topic;
  open: number;
  unassigned: number;
  /** Response due at or before now. */
  breached: number;
  /** Response due after now, within SOON_MINUTES. */
  breachingSoon: number;
  /** The earliest response due after now; null when none is running. */
  nextDueAt: number | null;
}

/** How many tickets fall in one minute of the timeline (see minutesAgo). */
export interface MinuteCount {
  minutesAgo: number;
  count: number;
}

export interface IncomingCount extends MinuteCount {
  language: Language;
  topic: Topic;
}

/** A ticket solved or closed within the window: until then it was part of the queue. */
export interface ClosedTicketFacts {
  createdAt: number;
  /** When it left the queue: its last update, once solved or closed. */
  closedAt: number;
  priority: Priority;
  security: boolean;
  firstResponseAt: number | null;
}

export interface SurgeFacts {
  now: number;
  windowMinutes: number;
  openGroups: readonly OpenGroupCounts[];
  /** Open tickets by the minute they arrived; only those that arrived within the window. */
  openArrivals: readonly MinuteCount[];
  /** Open tickets by the minute their response fell due; only those due within the window, by now. */
  openDue: readonly MinuteCount[];
  /** New tickets, open or not, by minute, language and topic: the window and at least the last SOON_MINUTES. */
  incoming: readonly IncomingCount[];
  /** Tickets solved or closed within the window. */
  closed: readonly ClosedTicketFacts[];
}

export function computeSurgeSnapshot(facts: SurgeFacts, policy: SlaPolicy = DEFAULT_SLA_POLICY): SurgeSnapshot {
  const { now, windowMinutes: n } = facts;
  const totals = openTotals(facts.openGroups, now);

  // Per minute, indexed by minutes ago (0 = the latest).
  const incoming = new Array<number>(n).fill(0);
  for (const c of facts.incoming) if (c.minutesAgo < n) incoming[c.minutesAgo]! += c.count;
  const solved = new Array<number>(n).fill(0);
  for (const t of facts.closed) {
    const k = minutesAgo(t.closedAt, now);
    if (k < n) solved[k]!++;
  }
  const depth = openAtEachMinute(facts.openArrivals, totals.open, n);
  const breached = openAtEachMinute(facts.openDue, totals.breached, n);
  addClosedTickets(facts.closed, now, n, policy, depth, breached);

  const minutes: SurgeMinute[] = [];
  for (let k = n - 1; k >= 0; k--) {
    minutes.push({ start: now - (k + 1) * MINUTE, incoming: incoming[k]!, solved: solved[k]!, queueDepth: depth[k]!, breached: breached[k]! });
  }
  const median = medianOf(incoming);
  const incomingLastMinute = incoming[0] ?? 0;

  return {
    generatedAt: now,
    windowMinutes: n,
    minutes,
    totals: {
      ...totals,
      incomingLastMinute,
      incomingPerMinute: incoming.reduce((a, b) => a + b, 0) / n,
      surgeFactor: median > 0 ? incomingLastMinute / median : null,
    },
    byLanguage: breakdown(facts, now, (g) => g.language),
    byDomain: breakdown(facts, now, (g) => DOMAIN_OF_TOPIC[g.topic]),
    byTopic: breakdown(facts, now, (g) => g.topic),
  };
}

function openTotals(groups: readonly OpenGroupCounts[], now: number) {
  let open = 0;
  let unassigned = 0;
  let breached = 0;
  let breachingSoon = 0;
  let nextDueAt: number | null = null;
  for (const g of groups) {
    open += g.open;
    unassigned += g.unassigned;
    breached += g.breached;
    breachingSoon += g.breachingSoon;
    nextDueAt = earliest(nextDueAt, g.nextDueAt);
  }
  return { open, unassigned, breached, breachingSoon, nextBreachInMs: nextDueAt === null ? null : nextDueAt - now };
}

/**
 * Of the tickets open now, how many had reached a moment (arrived, or fallen due) by the end of
 * each minute: those counted per minute, plus all the rest of `total`, which reached it before
 * the window began.
 */
function openAtEachMinute(perMinute: readonly MinuteCount[], total: number, n: number): number[] {
  const within = new Array<number>(n).fill(0);
  for (const c of perMinute) if (c.minutesAgo < n) within[c.minutesAgo]! += c.count;
  const before = total - within.reduce((a, b) => a + b, 0);
  const result = new Array<number>(n);
  let running = before;
  for (let k = n - 1; k >= 0; k--) {
    running += within[k]!;
    result[k] = running;
  }
  return result;
}

/**
 * Puts a ticket closed within the window back into the minutes it was still open, and into the
 * minutes it waited past its first-response target. (A later reply's target is not known once a
 * ticket is closed; its first one is.)
 */
function addClosedTickets(closed: readonly ClosedTicketFacts[], now: number, n: number, policy: SlaPolicy, depth: number[], breached: number[]): void {
  // Difference arrays over minutes ago: +1 at the newest minute of a span, −1 past its oldest.
  const depthDelta = new Array<number>(n + 1).fill(0);
  const breachDelta = new Array<number>(n + 1).fill(0);
  for (const t of closed) {
    const kClosed = minutesAgo(t.closedAt, now);
    if (kClosed >= n) continue;
    // Open at the end of minute k when it had arrived by then (k ≤ kCreated) and not yet left (k > kClosed).
    const kCreated = Math.min(n - 1, minutesAgo(t.createdAt, now));
    if (kCreated <= kClosed) continue;
    depthDelta[kClosed + 1]!++;
    depthDelta[kCreated + 1]!--;
    const dueAt = responseDueAt({ status: 'open', priority: t.priority, security: t.security, createdAt: t.createdAt, firstResponseAt: null, lastCustomerMessageAt: t.createdAt }, policy)!;
    if (dueAt > now) continue;
    // Past its target from the minute it fell due until it was answered or closed.
    const kDue = Math.min(n - 1, minutesAgo(dueAt, now));
    const kAnswered = t.firstResponseAt === null ? -1 : minutesAgo(t.firstResponseAt, now);
    const newest = Math.max(kClosed, kAnswered) + 1;
    const oldest = Math.min(kCreated, kDue);
    if (newest > oldest) continue;
    breachDelta[newest]!++;
    breachDelta[oldest + 1]!--;
  }
  let d = 0;
  let b = 0;
  for (let k = 0; k < n; k++) {
    d += depthDelta[k]!;
    b += breachDelta[k]!;
    depth[k]! += d;
    breached[k]! += b;
  }
}

function breakdown<K extends Language | TopicDomain | Topic>(facts: SurgeFacts, now: number, keyOf: (g: { language: Language; topic: Topic }) => K): Array<SurgeBreakdownRow & { key: K }> {
  const rows = new Map<K, SurgeBreakdownRow & { key: K; nextDueAt: number | null }>();
  const row = (key: K) => {
    let r = rows.get(key);
    if (!r) {
      r = { key, open: 0, breached: 0, incoming15m: 0, nextBreachInMs: null, nextDueAt: null };
      rows.set(key, r);
    }
    return r;
  };
  for (const g of facts.openGroups) {
    if (g.open === 0) continue;
    const r = row(keyOf(g));
    r.open += g.open;
    r.breached += g.breached;
    r.nextDueAt = earliest(r.nextDueAt, g.nextDueAt);
  }
  for (const c of facts.incoming) if (c.minutesAgo < SOON_MINUTES && c.count > 0) row(keyOf(c)).incoming15m += c.count;
  return [...rows.values()]
    .map(({ nextDueAt, ...r }) => ({ ...r, nextBreachInMs: nextDueAt === null ? null : nextDueAt - now }))
    .sort((a, b) => b.open - a.open || b.breached - a.breached || b.incoming15m - a.incoming15m || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** The median of per-minute counts (the mean of the middle two for an even number). */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
