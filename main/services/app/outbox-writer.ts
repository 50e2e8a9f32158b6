import type { OutboxEntry } from '../../../preload/contract';
import type { OutboxPayload } from '../domain/outbox-payload';
import type { CacheStore } from '../store/cache-store';
import { toPublicEntry, type QueuedMutation } from '../store/outbox-repository';
import { HandlerError } from './channel-handlers';

export interface OutboxWriterDeps {
  cache: CacheStore;
  now: () => number;
  sendingIds: () => ReadonlySet<number>;
  /** Called after an outbox entry was committed, so sync and views hear of it. */
  onQueued: (ticketIds: readonly string[]) => void;
}

export interface EnqueueOptions {
  /** Jumps the queue: sent before any ordinary entry (escalations). */
  urgent?: boolean;
  /** Held back until then: an undo window. */
  notBefore?: number;
  /** More writes that must commit with the entry or not at all (an audit record). */
  alongside?: () => void;
}

/** Every agent action goes through here: an outbox row and its optimistic effect, committed durably together. */
export class OutboxWriter {
  constructor(private readonly deps: OutboxWriterDeps) {}

  /** Call inside a durable transaction. */
  enqueueOne(ticketId: string, payload: OutboxPayload, options: { urgent?: boolean; notBefore?: number } = {}): QueuedMutation {
    const { cache, now } = this.deps;
    const server = cache.tickets.serverTicket(ticketId);
    if (!server) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
    // A change of our own that landed but is not pulled yet moved the ticket on: build on that.
    const baseVersion = Math.max(server.version, cache.outbox.latestAckedVersion(ticketId) ?? 0);
    const queued = cache.outbox.enqueue({ ticketId, payload, baseVersion, urgent: options.urgent ?? false, notBefore: options.notBefore ?? 0, now: now() });
    cache.tickets.refreshEffective(ticketId);
    return queued;
  }

  enqueue(ticketId: string, payload: OutboxPayload, options: EnqueueOptions = {}): { entry: OutboxEntry } {
    const { cache } = this.deps;
    const entry = cache.durableTransaction(() => {
      const queued = this.enqueueOne(ticketId, payload, { urgent: options.urgent ?? false, notBefore: options.notBefore ?? 0 });
      options.alongside?.();
      return queued;
    });
    this.deps.onQueued([ticketId]);
    return { entry: this.toPublic(entry) };
  }

  toPublic(entry: QueuedMutation): OutboxEntry {
    return toPublicEntry(entry, this.deps.sendingIds());
  }
}
