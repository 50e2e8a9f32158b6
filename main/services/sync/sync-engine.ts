import type { EscalationNotice, EventPayloads, OutboxFailure, SyncActivity, SyncStatus } from '../../../preload/contract';
import { ConnectorError, type BackendConnector, type BackendPresence, type DeliveryReceipt, type ValidatedPage } from '../connectors/backend-connector';
import type { Logger } from '../logging/logger';
import type { CacheStore } from '../store/cache-store';
import { toPublicEntry, type QueuedMutation } from '../store/outbox-repository';
import { retryDelay } from './backoff';
import { CoalescingLoop } from './coalescing-loop';
import { slicePage } from './page-slices';
import { currentValuesOf } from '../domain/ticket-changes';
import { encodeOutboxFailure } from '../domain/outbox-failure';
import { troubleOf } from './backend-trouble';
import { outboxAlarm } from '../domain/outbox-alarm';

const CURSOR_KEY = 'pull.cursor';
/**
 * How long a pull waits while deliveries are on the wire: each delivery makes the backend signal a
 * change, and a pull per signal cost more than the delivery itself (a drain of 2,000 notes went from
 * 165-266 per second to 387-495 with one pull per quarter second, and a quarter less CPU). A delivery with none
 * beside it is still pulled 50 ms later. The view replays the pending entries meanwhile, so nothing
 * the agent did is missing from it.
 */
const PULL_DELAY_WHILE_SENDING_MS = 250;
const BOOTSTRAP_KEY = 'pull.bootstrap';
/**
 * Where the backend takes several changes in one request (the AgentDesk backend does), the drain
 * sends them in batches: per request and per commit costs, not the changes, limited a drain to
 * about 400 a second. Two batches on the wire keep both sides busy.
 */
const BATCH_SIZE = 50;
/** Short transactions keep the desk's main process answering while thousands of tickets arrive. */
const TICKETS_PER_TRANSACTION = 100;
const MESSAGES_INDEXED_AT_ONCE = 400;
const BATCH_BYTES = 512 * 1024;
const BATCHES_IN_FLIGHT = 2;

interface BootstrapProgress {
  next: string | null;
  cursor: string;
  loaded: number;
  total: number | null;
}

export interface SyncEngineOptions {
  cache: CacheStore;
  connector: BackendConnector;
  logger: Logger;
  emit: <E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => void;
  /** Poll interval while the live stream is down (it is the fallback). */
  pollIntervalMs?: number;
  now?: () => number;
  random?: () => number;
  /** Who has which ticket open, as the backend's live stream tells. */
  onPresence?: (presence: BackendPresence) => void;
  /** Deliveries in flight at once (each on a different ticket), where the backend takes one change a request. */
  concurrency?: number;
  /** Changes sent in one request where the backend takes batches (default 50). */
  batchSize?: number;
  /** Escalations a pull brought that this cache had not seen escalated (not during bootstrap). */
  onEscalationsArrived?: (notices: EscalationNotice[]) => void;
}

/**
 * Keeps the cache in step with the backend: bootstrap by snapshot, then incremental pulls by
 * cursor (woken by the live stream, or by polling when it is down), and drains the outbox.
 * Each page is stored in short transactions, the cursor that brought it with the last.
 */
export class SyncEngine {
  private status: SyncStatus;
  private stopped = false;
  private stopWatch: (() => void) | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private drainTimer: NodeJS.Timeout | null = null;
  private readonly pullLoop = new CoalescingLoop(() => this.pullOnce(), () => this.stopped);
  private readonly drainLoop = new CoalescingLoop(() => this.drainOnce(), () => this.stopped);
  private rejectedInPull = 0;
  private haltedUntil = 0;
  private consecutiveFailures = 0;
  private haltReason: 'outage' | 'rate_limit' | null = null;
  private pullTimer: NodeJS.Timeout | null = null;
  private watchdogTimer: NodeJS.Timeout | null = null;
  /** When an entry last left the outbox (delivered, or failed to the agent): a stall is measured from it. */
  private lastProgressAt: number;
  private readonly ticketsInFlight = new Set<string>();
  private readonly entriesInFlight = new Set<number>();
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? Date.now;
    this.lastProgressAt = this.now();
    const counts = options.cache.outbox.counts();
    this.status = {
      connection: 'connecting',
      backendUrl: options.connector.url,
      lastSyncAt: null,
      cursor: null,
      bootstrap: null,
      outboxPending: counts.pending,
      outboxFailed: counts.failed,
      problem: null,
      live: false,
      outboxAlarm: null,
    };
  }

  getStatus(): SyncStatus {
    return { ...this.status };
  }

  /** Loads agents and macros, then syncs in the background (the view shows bootstrap progress). */
  async start(): Promise<void> {
    this.stopWatch = this.options.connector.watch({
      onSignal: () => this.pullOnSignal(),
      onLive: (live) => this.setStatus({ live }),
      ...(this.options.onPresence ? { onPresence: this.options.onPresence } : {}),
    });
    this.schedulePoll();
    this.watchdogTimer = setInterval(() => this.checkOutboxHealth(), 1000);
    this.watchdogTimer.unref();
    await this.refreshReferenceData();
    void this.pull().then(() => this.drain());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopWatch?.();
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    if (this.pullTimer) clearTimeout(this.pullTimer);
    if (this.watchdogTimer) clearInterval(this.watchdogTimer);
    await Promise.all([this.pullLoop.settled(), this.drainLoop.settled()]);
  }

  /** Pulls now; concurrent calls coalesce into one extra pull after the running one. */
  pull(): Promise<void> {
    return this.pullLoop.run();
  }

  /** Sends what the outbox holds, one entry at a time in order; safe to call whenever something is queued. */
  drain(): Promise<void> {
    return this.drainLoop.run();
  }

  /** The outbox changed locally (new entry, retry): refresh counts and wake the drain. */
  outboxChanged(): void {
    this.refreshOutboxCounts();
    void this.drain();
  }

  private async refreshReferenceData(): Promise<void> {
    try {
      const [agents, macros] = await Promise.all([this.options.connector.listAgents(), this.options.connector.listMacros()]);
      this.options.cache.transaction(() => {
        this.options.cache.reference.replaceAgents(agents);
        this.options.cache.reference.replaceBackendMacros(macros);
      });
    } catch (error) {
      this.recordFailure(error, 'loading_reference');
    }
  }

  private async pullOnce(): Promise<void> {
    const { cache, connector } = this.options;
    this.rejectedInPull = 0;
    try {
      if (cache.state.get<string>(CURSOR_KEY) === null) await this.bootstrap();
      let cursor = cache.state.get<string>(CURSOR_KEY)!;
      for (;;) {
        const result = await connector.changesSince(cursor);
        const arrived = cache.tickets.newEscalations(result.page);
        const changed = await this.store(result.page, () => cache.state.set(CURSOR_KEY, result.cursor));
        if (arrived.length > 0) this.options.onEscalationsArrived?.(arrived);
        cursor = result.cursor;
        if (changed.length > 0) this.options.emit('tickets.changed', { ticketIds: changed, queueChanged: true });
        if (!result.hasMore || this.stopped) break;
        await yieldToEventLoop();
      }
      this.resumeAfterOutage();
      await this.catchUpSearchIndex();
      const problem = this.rejectedInPull > 0 ? { kind: 'malformed_records' as const, count: this.rejectedInPull } : null;
      this.setStatus({ connection: 'online', cursor: Number.isSafeInteger(Number(cursor)) ? Number(cursor) : null, lastSyncAt: this.now(), problem, bootstrap: null });
      if (this.status.outboxPending > 0) void this.drain();
    } catch (error) {
      this.recordFailure(error, 'pulling');
    }
  }

  /** The backend answers again: entries held back by an outage go now, not at the end of their backoff. */
  private resumeAfterOutage(): void {
    if (this.haltReason !== 'outage') return;
    this.haltReason = null;
    this.haltedUntil = 0;
    this.consecutiveFailures = 0;
    this.options.cache.outbox.retryWaitingNow();
    void this.drain();
  }

  /** Indexes new messages for search in small batches, letting the event loop breathe between them. */
  private async catchUpSearchIndex(): Promise<void> {
    while (!this.stopped && this.options.cache.messageSearch.indexBatch(MESSAGES_INDEXED_AT_ONCE) > 0) await yieldToEventLoop();
  }

  /** Reads the backend's snapshot page by page; resumes where it stopped after a crash. */
  private async bootstrap(): Promise<void> {
    const { cache, connector } = this.options;
    let progress = cache.state.get<BootstrapProgress>(BOOTSTRAP_KEY);
    let from = progress?.next ?? null;
    this.setStatus({ connection: 'bootstrapping', bootstrap: { loaded: progress?.loaded ?? 0, total: progress?.total ?? null } });
    // The next page is requested while this one is stored, so the backend and the cache work side by side.
    let request = connector.snapshotPage(from);
    for (;;) {
      const result = await request;
      if (result.next !== null) {
        request = connector.snapshotPage(result.next);
        request.catch(() => {}); // Awaited next round; a failure there surfaces then.
      }
      const next: BootstrapProgress = {
        next: result.next,
        // The cursor from the first page: changes after it are pulled once the snapshot is in.
        cursor: progress?.cursor ?? result.cursor,
        loaded: (progress?.loaded ?? 0) + result.page.tickets.length,
        total: result.total,
      };
      const changed = await this.store(result.page, () => {
        if (result.next === null) {
          cache.state.set(CURSOR_KEY, next.cursor);
          cache.state.delete(BOOTSTRAP_KEY);
        } else {
          cache.state.set(BOOTSTRAP_KEY, next);
        }
      });
      progress = next;
      from = result.next;
      this.setStatus({ bootstrap: { loaded: next.loaded, total: next.total } });
      this.options.emit('tickets.changed', { ticketIds: changed.slice(0, 1000), queueChanged: true });
      if (from === null || this.stopped) return;
      await yieldToEventLoop();
    }
  }

  /**
   * Applies a validated page slice by slice, letting the event loop breathe between slices, and
   * saves the cursor with the last one; logs what was rejected. A crash between slices leaves the
   * cursor before the page, so the page comes again, and applying the server's copy twice is harmless.
   */
  private async store(page: ValidatedPage, saveCursor: () => void): Promise<string[]> {
    for (const rejected of page.rejected) {
      this.options.logger.warn({ kind: rejected.kind, id: rejected.id, reason: rejected.reason }, 'rejected a malformed record from the backend');
    }
    this.rejectedInPull += page.rejected.length;
    const slices = slicePage(page, TICKETS_PER_TRANSACTION);
    for (const [i, slice] of slices.entries()) {
      if (i > 0) {
        await yieldToEventLoop();
        if (this.stopped) break;
      }
      this.options.cache.transaction(() => {
        this.options.cache.tickets.applyServerData(slice);
        if (i === slices.length - 1) saveCursor();
      });
    }
    return [...new Set([...page.tickets.map((t) => t.id), ...page.messages.map((m) => m.ticketId)])];
  }

  /** Several workers send at once, each on a different ticket, so per-ticket order holds. */
  private async drainOnce(): Promise<void> {
    const batching = this.options.connector.deliverBatch !== undefined;
    const workers = batching ? BATCHES_IN_FLIGHT : (this.options.concurrency ?? 4);
    await Promise.all(Array.from({ length: workers }, () => this.drainWorker(batching ? (this.options.batchSize ?? BATCH_SIZE) : 1)));
    this.scheduleDrainRetry();
  }

  private async drainWorker(batchSize: number): Promise<void> {
    for (;;) {
      if (this.stopped || this.haltedUntil > this.now()) return;
      const batch = this.nextBatch(batchSize);
      if (batch.length === 0) return;
      await this.deliver(batch);
      // The other workers stood aside while an urgent ticket was on the wire: bring them back.
      if (batch.some((entry) => entry.urgent)) this.drainLoop.runAgain();
    }
  }

  /**
   * The next entries to send together, by the outbox's own rule (urgent tickets first, one entry
   * per ticket, nothing ordinary beside an urgent one), within a size a request can carry.
   */
  private nextBatch(size: number): QueuedMutation[] {
    const candidates = this.options.cache.outbox.nextSendables(this.now(), this.ticketsInFlight, size);
    const batch: QueuedMutation[] = [];
    let bytes = 0;
    for (const entry of candidates) {
      bytes += JSON.stringify(entry.payload).length;
      // One large entry still goes, alone.
      if (batch.length > 0 && bytes > BATCH_BYTES) break;
      batch.push(entry);
    }
    return batch;
  }

  /** Sends entries (one, or a batch on different tickets) and settles each by its own answer. */
  private async deliver(entries: QueuedMutation[]): Promise<void> {
    const { connector } = this.options;
    for (const entry of entries) {
      this.ticketsInFlight.add(entry.ticketId);
      this.entriesInFlight.add(entry.id);
    }
    this.emitOutbox(entries, false);
    const mutations = entries.map((entry) => ({ key: entry.key, ticketId: entry.ticketId, baseVersion: entry.baseVersion, payload: entry.payload }));
    let answers: Array<DeliveryReceipt | unknown>;
    try {
      answers = connector.deliverBatch && entries.length > 1 ? await connector.deliverBatch(mutations) : [await connector.deliver(mutations[0]!)];
    } catch (error) {
      // The request failed as a whole: every entry in it shares that answer.
      answers = entries.map(() => error);
    } finally {
      for (const entry of entries) {
        this.ticketsInFlight.delete(entry.ticketId);
        this.entriesInFlight.delete(entry.id);
      }
    }
    const delivered = entries.flatMap((entry, i) => (answers[i] instanceof Error ? [] : [{ entry, receipt: answers[i] as DeliveryReceipt }]));
    const failed = entries.flatMap((entry, i) => (answers[i] instanceof Error ? [{ entry, error: answers[i] as Error }] : []));
    if (delivered.length > 0) this.settleDelivered(delivered);
    if (failed.length > 0) this.settleFailed(failed);
    this.emitOutbox(entries, true);
  }

  private settleDelivered(delivered: Array<{ entry: QueuedMutation; receipt: DeliveryReceipt }>): void {
    const { cache } = this.options;
    cache.transaction(() => {
      for (const { entry, receipt } of delivered) cache.outbox.recordDelivered(entry, receipt.version, this.now());
    });
    this.lastProgressAt = this.now();
    this.consecutiveFailures = 0;
    if (this.haltReason === 'rate_limit' && this.haltedUntil <= this.now()) this.haltReason = null;
    this.setStatus({ connection: 'online', problem: null });
    // The backend's copy arrives with the next pull; coalesced, so a drain of thousands pulls a few times.
    this.schedulePull(this.entriesInFlight.size > 0 || delivered.length > 1 ? PULL_DELAY_WHILE_SENDING_MS : 50);
  }

  private settleFailed(failed: Array<{ entry: QueuedMutation; error: Error }>): void {
    const { cache } = this.options;
    const kindOf = (error: Error) => (error instanceof ConnectorError ? error.kind : 'temporary');
    const retrying = failed.filter(({ error }) => kindOf(error) === 'temporary' || kindOf(error) === 'invalid_payload');
    if (retrying.length > 0) {
      // One failed request counts once: backoff grows with the outage, not with one entry's attempts or a batch's size.
      this.consecutiveFailures += 1;
      const first = retrying[0]!.error;
      const retryAfterMs = first instanceof ConnectorError ? first.details.retryAfterMs : undefined;
      let longest = 0;
      for (const { entry, error } of retrying) {
        const delay = retryDelay(Math.max(entry.attempts + 1, this.consecutiveFailures), retryAfterMs, this.options.random);
        longest = Math.max(longest, delay);
        cache.outbox.markRetry(entry.id, encodeOutboxFailure(troubleOf(error)), this.now() + delay);
      }
      this.recordFailure(first, 'sending');
      // The backend is down or asked us to slow down: every worker stops rather than hammer it.
      // A rate limit is honoured to the end; an outage ends as soon as a pull gets through.
      this.haltedUntil = Math.max(this.haltedUntil, this.now() + longest);
      this.haltReason = retryAfterMs !== undefined || this.haltReason === 'rate_limit' ? 'rate_limit' : 'outage';
    }
    const settled = failed.filter((f) => !retrying.includes(f));
    if (settled.length === 0) return;
    // Permanent, auth and conflict failures wait for the agent; later entries move on.
    this.lastProgressAt = this.now();
    cache.transaction(() => {
      for (const { entry, error } of settled) {
        const conflict = kindOf(error) === 'conflict';
        const current = error instanceof ConnectorError ? error.details.current : undefined;
        cache.outbox.markFailed(entry.id, encodeOutboxFailure(conflict ? conflictFailure(entry, error as ConnectorError) : troubleOf(error)));
        // A 409 carries the ticket as it is now: the agent decides against that, and a retry re-bases onto it.
        if (current) cache.tickets.applyServerData({ tickets: [current], customers: [], messages: [] });
        cache.tickets.refreshEffective(entry.ticketId);
      }
    });
    if (settled.some(({ error }) => kindOf(error) === 'conflict')) this.schedulePull(50);
    for (const { entry, error } of settled) this.options.logger.warn({ entry: entry.id, ticket: entry.ticketId, kind: kindOf(error), message: error.message }, 'outbox entry failed');
    this.options.emit('tickets.changed', { ticketIds: [...new Set(settled.map(({ entry }) => entry.ticketId))], queueChanged: true });
  }

  /** The live stream said something changed: pull now, or, while deliveries are on the wire, once with the next batch. */
  private pullOnSignal(): void {
    if (this.entriesInFlight.size > 0) this.schedulePull(PULL_DELAY_WHILE_SENDING_MS);
    else void this.pull();
  }

  private schedulePull(delayMs: number): void {
    if (this.pullTimer || this.stopped) return;
    this.pullTimer = setTimeout(() => {
      this.pullTimer = null;
      void this.pull();
    }, delayMs);
    this.pullTimer.unref();
  }

  private scheduleDrainRetry(): void {
    if (this.drainTimer) clearTimeout(this.drainTimer);
    const next = this.options.cache.outbox.nextAttemptAt();
    if (next === null || this.stopped) return;
    // A halt (backend down, 429) holds back every entry, even ones never tried.
    const at = Math.max(next, this.haltedUntil);
    this.drainTimer = setTimeout(() => void this.drain(), Math.max(10, at - this.now()));
    this.drainTimer.unref();
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    // The live stream makes polling a safety net; while offline, polling is how we notice the way back.
    const interval = this.status.live && this.status.connection === 'online' ? 30_000 : (this.options.pollIntervalMs ?? 5_000);
    this.pollTimer = setTimeout(() => {
      void this.pull().finally(() => this.schedulePoll());
    }, interval);
    this.pollTimer.unref();
  }

  /** One event for the tickets of a delivery: what each holds in the outbox now. */
  private emitOutbox(sent: readonly QueuedMutation[], countsChanged: boolean): void {
    if (countsChanged) this.refreshOutboxCounts();
    const tickets = new Set(sent.map((entry) => entry.ticketId));
    const entries = [...tickets].flatMap((ticketId) => this.options.cache.outbox.forTicket(ticketId).map((e) => toPublicEntry(e, this.entriesInFlight)));
    if (entries.length > 0 || sent.length === 1) this.options.emit('outbox.changed', { entries });
  }

  /** Entries on their way to the backend right now (shown as 'sending'). */
  sendingIds(): ReadonlySet<number> {
    return this.entriesInFlight;
  }

  private refreshOutboxCounts(): void {
    const counts = this.options.cache.outbox.counts();
    this.setStatus({ outboxPending: counts.pending, outboxFailed: counts.failed });
    // The watchdog looks every second; an alarm in force is looked at again at once, so it clears as soon as work moves.
    if (this.status.outboxAlarm) this.checkOutboxHealth();
  }

  /**
   * The status tells the truth about late work: a stalled outbox or an escalation still on the
   * desk becomes an alarm with the oldest entry's ticket and age, and the log says what holds it.
   */
  checkOutboxHealth(): void {
    const now = this.now();
    const waiting = this.options.cache.outbox.oldestWaiting(now);
    const alarm = outboxAlarm({
      now,
      oldest: waiting.any,
      oldestUrgent: waiting.urgent,
      lastProgressAt: this.lastProgressAt,
      connection: this.status.connection,
      rateLimited: this.haltReason === 'rate_limit' && this.haltedUntil > now,
      pending: this.status.outboxPending,
    });
    const before = this.status.outboxAlarm;
    if (alarm && (before?.kind !== alarm.kind || before.ticketId !== alarm.ticketId)) {
      const head = alarm.kind === 'urgent_waiting' ? waiting.urgent : waiting.any;
      this.options.logger.warn(
        { alarm, entry: head?.id, attempts: head?.attempts, lastError: head?.lastError, haltedForMs: Math.max(0, this.haltedUntil - now), inFlight: this.ticketsInFlight.size, lastProgressAgoMs: now - this.lastProgressAt },
        alarm.kind === 'urgent_waiting' ? 'security escalation not delivered in time' : 'outbox stalled',
      );
    } else if (!alarm && before) {
      this.options.logger.info({ was: before }, 'outbox moving again');
    }
    this.setStatus({ outboxAlarm: alarm });
  }

  private recordFailure(error: unknown, during: SyncActivity): void {
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof ConnectorError ? error.kind : 'unexpected';
    if (!(error instanceof ConnectorError)) this.options.logger.error({ err: error, during }, 'unexpected sync failure');
    else this.options.logger.warn({ kind, during, message }, 'sync failure');
    const connection = kind === 'temporary' ? 'offline' : 'error';
    const wasOnline = this.status.connection === 'online';
    this.setStatus({ connection, problem: { ...troubleOf(error), during } });
    // Going offline switches polling to its short interval at once, so recovery is noticed quickly.
    if (wasOnline && this.pollTimer) {
      clearTimeout(this.pollTimer);
      this.schedulePoll();
    }
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    this.options.emit('sync.status', this.getStatus());
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What the ticket holds now in the fields the agent wanted to change, so they can decide (the interface words it). */
function conflictFailure(entry: QueuedMutation, error: ConnectorError): OutboxFailure {
  const current = error.details.current;
  if (!current) return { kind: 'conflict', ticketVersion: null, fields: {} };
  return { kind: 'conflict', ticketVersion: current.version, fields: entry.payload.kind === 'update' ? currentValuesOf(entry.payload.changes, current) : {} };
}
