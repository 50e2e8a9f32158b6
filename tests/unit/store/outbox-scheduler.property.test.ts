/**
 * Model-based property test of the outbox scheduler: random sequences of enqueues, send
 * outcomes, crashes (the database closed and opened again), clock steps, outages and the
 * agent's own decisions drive the real OutboxRepository on a real SQLite file, beside a small
 * model of what it must do. After every step: liveness, per-ticket order, urgent first,
 * exactly once, and failures only with a reason. fast-check prints the seed and the shrunk
 * sequence when a run fails; AGENTDESK_PROPERTY_RUNS raises the number of runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS } from '../../../main/services/domain/outbox-alarm';
import type { OutboxPayload } from '../../../main/services/domain/outbox-payload';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import type { QueuedMutation } from '../../../main/services/store/outbox-repository';
import { retryDelay } from '../../../main/services/sync/backoff';

const RUNS = Number(process.env.AGENTDESK_PROPERTY_RUNS ?? 1000);
const T0 = 1_700_000_000_000;
const HOLD_MS = 10_000;
const CONCURRENCY = 4;
const TICKETS = ['T-1', 'T-2', 'T-3', 'T-4'];
/** Whatever waits, waits no longer than this: the longest backoff or a bulk send's hold. */
const BOUND = MAX_BACKOFF_MS + HOLD_MS;

type EnqueueKind = 'reply' | 'note' | 'update' | 'escalate' | 'acknowledge';
type Outcome = 'applied' | 'temporary' | 'lost_after_commit' | 'conflict' | 'permanent';
type Step =
  | { do: 'enqueue'; ticket: number; kind: EnqueueKind; hold: boolean }
  | { do: 'start' }
  | { do: 'complete'; slot: number; outcome: Outcome; jitter: number }
  | { do: 'crash'; committed: boolean[] }
  | { do: 'clock'; ms: number }
  | { do: 'backend'; up: boolean }
  | { do: 'agent'; pick: number; action: 'discard' | 'requeue' }
  | { do: 'undo'; picks: number[] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ do: fc.constant('enqueue' as const), ticket: fc.nat(TICKETS.length - 1), kind: fc.constantFrom<EnqueueKind>('reply', 'note', 'update', 'escalate', 'acknowledge', 'reply', 'note'), hold: fc.boolean() }) },
  { weight: 6, arbitrary: fc.constant({ do: 'start' as const }) },
  { weight: 6, arbitrary: fc.record({ do: fc.constant('complete' as const), slot: fc.nat(7), outcome: fc.constantFrom<Outcome>('applied', 'applied', 'applied', 'temporary', 'lost_after_commit', 'conflict', 'permanent'), jitter: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('crash' as const), committed: fc.array(fc.boolean(), { minLength: CONCURRENCY, maxLength: CONCURRENCY }) }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('clock' as const), ms: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: BOUND + 5_000 })) }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('backend' as const), up: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('agent' as const), pick: fc.nat(50), action: fc.constantFrom<'discard' | 'requeue'>('discard', 'requeue') }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('undo' as const), picks: fc.array(fc.nat(50), { maxLength: 4 }) }) },
);

function payloadOf(kind: EnqueueKind, n: number): OutboxPayload {
  switch (kind) {
    case 'update':
      return { kind: 'update', changes: { status: n % 2 === 0 ? 'pending' : 'open' }, authorId: 'agent-1' };
    case 'escalate':
      return { kind: 'escalate', reason: 'account_takeover', note: `why #${n}`, holdWithdrawals: false, holdingReply: null, authorId: 'agent-1' };
    case 'acknowledge':
      return { kind: 'acknowledge', claim: false, authorId: 'agent-2' };
    default:
      return { kind, body: `${kind} #${n}`, authorId: 'agent-1' };
  }
}

interface ModelEntry {
  id: number;
  key: string;
  ticketId: string;
  urgent: boolean;
  notBefore: number;
  nextAttemptAt: number;
  attempts: number;
  state: 'pending' | 'delivered' | 'failed' | 'discarded';
  /** The agent sent it again knowingly after it failed: it may land after later entries. */
  requeued: boolean;
}

/** One run: the real repository on its own SQLite file, the model beside it, and a backend that applies each key once. */
class Harness {
  private readonly dir = mkdtempSync(join(tmpdir(), 'agentdesk-outbox-model-'));
  private cache: CacheStore = this.open();
  private now = T0;
  private backendUp = true;
  private readonly entries = new Map<number, ModelEntry>();
  private readonly inFlight: QueuedMutation[] = [];
  /** The backend's applied log, in the order it applied them. */
  readonly applied: Array<{ key: string; ticketId: string; id: number }> = [];
  private readonly appliedKeys = new Set<string>();
  private enqueued = 0;
  private version = 1;

  private open(): CacheStore {
    return openCacheStore(join(this.dir, 'cache.sqlite'));
  }

  dispose(): void {
    this.cache.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  run(step: Step): void {
    switch (step.do) {
      case 'enqueue':
        return this.enqueue(TICKETS[step.ticket]!, step.kind, step.hold);
      case 'start':
        return this.start();
      case 'complete':
        return this.complete(step.slot, step.outcome, step.jitter);
      case 'crash':
        return this.crash(step.committed);
      case 'clock':
        this.now += step.ms;
        return;
      case 'backend':
        if (step.up && !this.backendUp) {
          // The engine's way back from an outage: everything waiting goes again at once.
          this.cache.outbox.retryWaitingNow();
          for (const e of this.entries.values()) if (e.state === 'pending' && e.nextAttemptAt > 0) e.nextAttemptAt = 0;
        }
        this.backendUp = step.up;
        return;
      case 'agent':
        return this.agentDecides(step.pick, step.action);
      case 'undo':
        return this.undo(step.picks);
    }
  }

  private enqueue(ticketId: string, kind: EnqueueKind, hold: boolean): void {
    const urgent = kind === 'escalate' || kind === 'acknowledge';
    // Bulk sends and escalations wait an undo window (escalations always do in the desk; here either way).
    const notBefore = hold ? this.now + HOLD_MS : 0;
    const entry = this.cache.transaction(() =>
      this.cache.outbox.enqueue({ ticketId, payload: payloadOf(kind, this.enqueued++), baseVersion: 1, urgent, ...(notBefore ? { notBefore } : {}), now: this.now }),
    );
    if (urgent) {
      for (const e of this.entries.values()) if (e.ticketId === ticketId && e.state === 'pending' && e.nextAttemptAt > 0) e.nextAttemptAt = 0;
    }
    this.entries.set(entry.id, { id: entry.id, key: entry.key, ticketId, urgent, notBefore, nextAttemptAt: 0, attempts: 0, state: 'pending', requeued: false });
  }

  /** What the scheduler must pick: the oldest sendable head of a ticket with an urgent entry waiting, else (unless an urgent ticket is on the wire) the oldest sendable head. */
  private expectedNext(at: number, busy: ReadonlySet<string>): number | null {
    const pending = [...this.entries.values()].filter((e) => e.state === 'pending').sort((a, b) => a.id - b.id);
    const heads = new Map<string, ModelEntry>();
    for (const e of pending) if (!heads.has(e.ticketId)) heads.set(e.ticketId, e);
    const urgentTickets = new Set(pending.filter((e) => e.urgent).map((e) => e.ticketId));
    const sendable = [...heads.values()].filter((h) => h.nextAttemptAt <= at && h.notBefore <= at && !busy.has(h.ticketId)).sort((a, b) => a.id - b.id);
    const urgentHead = sendable.find((h) => urgentTickets.has(h.ticketId));
    if (urgentHead) return urgentHead.id;
    // An urgent ticket on the wire has the line to itself.
    if ([...busy].some((t) => urgentTickets.has(t))) return null;
    return sendable[0]?.id ?? null;
  }

  private start(): void {
    if (this.inFlight.length >= CONCURRENCY) return;
    const busy = new Set(this.inFlight.map((e) => e.ticketId));
    const expected = this.expectedNext(this.now, busy);
    const picked = this.cache.outbox.nextSendable(this.now, busy);
    // Urgent first and per-ticket order, exactly as specified (the model picks independently).
    expect(picked?.id ?? null).toBe(expected);
    if (picked) this.inFlight.push(picked);
  }

  private backendApplies(entry: QueuedMutation): void {
    if (this.appliedKeys.has(entry.key)) return; // the idempotency key: a resend changes nothing
    this.appliedKeys.add(entry.key);
    this.applied.push({ key: entry.key, ticketId: entry.ticketId, id: entry.id });
  }

  private complete(slot: number, wanted: Outcome, jitter: number): void {
    if (this.inFlight.length === 0) return;
    const [entry] = this.inFlight.splice(slot % this.inFlight.length, 1) as [QueuedMutation];
    const model = this.entries.get(entry.id)!;
    // A key the backend already applied is answered with its receipt, whatever else happens.
    const outcome: Outcome | 'down' = !this.backendUp ? 'down' : this.appliedKeys.has(entry.key) ? 'applied' : wanted;
    model.attempts += 1;
    if (outcome === 'applied' || outcome === 'lost_after_commit') this.backendApplies(entry);
    if (outcome === 'applied') {
      this.cache.transaction(() => this.cache.outbox.recordDelivered(entry, ++this.version, this.now));
      model.state = 'delivered';
    } else if (outcome === 'conflict' || outcome === 'permanent') {
      this.cache.outbox.markFailed(entry.id, outcome === 'conflict' ? 'conflict: the ticket was changed elsewhere' : 'HTTP 422 refused');
      model.state = 'failed';
    } else {
      const delay = retryDelay(model.attempts, undefined, () => jitter);
      expect(delay).toBeLessThanOrEqual(MAX_BACKOFF_MS);
      this.cache.outbox.markRetry(entry.id, outcome === 'down' ? 'backend unreachable' : 'HTTP 503', this.now + delay);
      model.nextAttemptAt = this.now + delay;
    }
  }

  private crash(committed: boolean[]): void {
    // The backend may have committed what was on the wire; the desk never heard back.
    this.inFlight.forEach((entry, i) => {
      if (this.backendUp && committed[i]) this.backendApplies(entry);
    });
    this.inFlight.length = 0;
    this.cache.close();
    this.cache = this.open();
  }

  private agentDecides(pick: number, action: 'discard' | 'requeue'): void {
    const failed = [...this.entries.values()].filter((e) => e.state === 'failed');
    if (failed.length === 0) return;
    const entry = failed[pick % failed.length]!;
    if (action === 'discard') {
      expect(this.cache.outbox.discard(entry.id)).toBe(true);
      entry.state = 'discarded';
    } else {
      expect(this.cache.outbox.requeue(entry.id, this.version)).toBe(true);
      Object.assign(entry, { state: 'pending', nextAttemptAt: 0, requeued: true });
    }
  }

  private undo(picks: number[]): void {
    const all = [...this.entries.values()];
    if (all.length === 0) return;
    const ids = [...new Set(picks.map((p) => all[p % all.length]!.id))];
    const sending = new Set(this.inFlight.map((e) => e.id));
    const undone = this.cache.transaction(() => this.cache.outbox.cancelUnsent(ids, sending, this.now));
    const expected = ids.filter((id) => {
      const e = this.entries.get(id)!;
      return e.state === 'pending' && e.notBefore > this.now && !sending.has(id);
    });
    expect(undone).toEqual(expected);
    for (const id of undone) this.entries.get(id)!.state = 'discarded';
  }

  /** The promises, checked after every step. */
  check(): void {
    const models = [...this.entries.values()];
    const pending = models.filter((e) => e.state === 'pending');
    expect(this.cache.outbox.counts()).toEqual({ pending: pending.length, failed: models.filter((e) => e.state === 'failed').length });
    // Liveness: whatever waits can go within the bound once the backend answers.
    if (pending.length > 0) expect(this.cache.outbox.nextSendable(this.now + BOUND)).not.toBeNull();
    // Exactly once: nothing the desk undid or discarded reached the backend; every delivery is in its log once.
    const appliedIds = new Set(this.applied.map((a) => a.id));
    expect(appliedIds.size).toBe(this.applied.length);
    for (const e of models) {
      if (e.state === 'delivered') expect(appliedIds.has(e.id)).toBe(true);
      if (e.state === 'discarded' && !e.requeued) expect(appliedIds.has(e.id)).toBe(false);
    }
    // Per-ticket order, for everything the agent did not knowingly send again.
    const lastByTicket = new Map<string, number>();
    for (const a of this.applied) {
      if (this.entries.get(a.id)!.requeued) continue;
      expect(a.id).toBeGreaterThan(lastByTicket.get(a.ticketId) ?? 0);
      lastByTicket.set(a.ticketId, a.id);
    }
    // A failed entry always says why, and only a refusal fails it.
    for (const e of models.filter((m) => m.state === 'failed')) expect(this.cache.outbox.get(e.id)?.lastError).toMatch(/\S/);
  }

  /** The backend comes back and stays: everything still waiting is delivered, once. */
  finalDrain(): void {
    this.run({ do: 'backend', up: true });
    for (let round = 0; round < 10_000; round++) {
      while (this.inFlight.length > 0) this.complete(0, 'applied', 0.5);
      this.start();
      if (this.inFlight.length === 0) {
        if (this.cache.outbox.counts().pending === 0) break;
        this.now += BOUND;
      }
    }
    this.check();
    expect(this.cache.outbox.counts().pending).toBe(0);
    const appliedIds = new Set(this.applied.map((a) => a.id));
    for (const e of this.entries.values()) {
      if (e.state === 'delivered') expect(appliedIds.has(e.id)).toBe(true);
      if (e.state === 'failed') expect(this.cache.outbox.get(e.id)?.state).toBe('failed');
    }
  }
}

function runSteps(steps: Step[]): void {
  const harness = new Harness();
  try {
    for (const step of steps) {
      harness.run(step);
      harness.check();
    }
    harness.finalDrain();
  } finally {
    harness.dispose();
  }
}

describe('outbox scheduler (model-based)', () => {
  it('an escalation behind an entry waiting for a retry goes, and takes that entry with it (regression)', () => {
    runSteps([
      { do: 'enqueue', ticket: 0, kind: 'reply', hold: false },
      { do: 'enqueue', ticket: 1, kind: 'note', hold: false },
      { do: 'start' },
      // The reply's answer is lost after commit: it waits for a retry.
      { do: 'complete', slot: 0, outcome: 'lost_after_commit', jitter: 1 },
      { do: 'enqueue', ticket: 0, kind: 'escalate', hold: false },
      { do: 'crash', committed: [false, false, false, false] },
      // The reply (lent the escalation's urgency) goes first, then the escalation, then the other ticket.
      { do: 'start' },
      { do: 'complete', slot: 0, outcome: 'applied', jitter: 0 },
      { do: 'start' },
      { do: 'complete', slot: 0, outcome: 'applied', jitter: 0 },
      { do: 'start' },
      { do: 'complete', slot: 0, outcome: 'applied', jitter: 0 },
    ]);
  });

  it('keeps its promises over random sequences of work, faults, crashes and time', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), (steps) => runSteps(steps)),
      { numRuns: RUNS, verbose: 1 },
    );
  }, 600_000);
});
