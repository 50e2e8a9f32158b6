import type { MessageMeta } from './rt-ticket-mapper';

interface SeenTicket {
  lastUpdated: string;
  version: number;
  /** RT's clock (epoch seconds) when this copy was read. */
  observedAt: number;
}

interface PendingChanges {
  cursor: string;
  seen: Map<string, SeenTicket>;
  metas: Map<string, MessageMeta>;
  customers: Set<string>;
}

/**
 * What the connector remembers between pulls to send each change once: the copy of each ticket
 * it last handed over, and the marker data of messages already sent. Pulls overlap (RT's clock
 * has one-second steps), so a ticket read again is dropped when nothing in it moved.
 *
 * What a pull learned is only kept once the sync engine asks for the next page with the cursor
 * that pull returned, which proves the page was stored; a pull that was not stored is forgotten
 * and its tickets are sent again.
 */
export class RtSyncState {
  private readonly seen = new Map<string, SeenTicket>();
  private readonly metas = new Map<string, MessageMeta>();
  private readonly customers = new Set<string>();
  private pending: PendingChanges | null = null;

  /** Call at the start of every changes pull with the cursor the engine holds. */
  beginPull(cursor: string): void {
    if (this.pending && this.pending.cursor === cursor) {
      for (const [id, entry] of this.pending.seen) this.seen.set(id, entry);
      for (const [id, meta] of this.pending.metas) this.metas.set(id, meta);
      for (const id of this.pending.customers) this.customers.add(id);
    }
    this.pending = null;
  }

  /** Whether a ticket from the overlap can be skipped without reading its transactions. */
  isSettled(ticketId: string, lastUpdated: string, lastUpdatedSeconds: number): boolean {
    const entry = this.seen.get(ticketId);
    // Read two seconds after its LastUpdated second, no later change in that second can be missing.
    return entry !== undefined && entry.lastUpdated === lastUpdated && entry.observedAt >= lastUpdatedSeconds + 2;
  }

  isUnchanged(ticketId: string, lastUpdated: string, version: number): boolean {
    const entry = this.seen.get(ticketId);
    return entry !== undefined && entry.lastUpdated === lastUpdated && entry.version === version;
  }

  metaOf(transactionId: string): MessageMeta | undefined {
    return this.metas.get(transactionId);
  }

  knownCustomers(): ReadonlySet<string> {
    return this.customers;
  }

  /** Remembers what a pull returned, to keep once its cursor comes back. */
  stage(cursor: string, pulled: { tickets: ReadonlyArray<{ id: string; lastUpdated: string; version: number }>; metas: ReadonlyMap<string, MessageMeta>; customers: Iterable<string> }, observedAt: number): void {
    this.pending = {
      cursor,
      seen: new Map(pulled.tickets.map((t) => [t.id, { lastUpdated: t.lastUpdated, version: t.version, observedAt }])),
      metas: new Map(pulled.metas),
      customers: new Set(pulled.customers),
    };
  }

  /**
   * Snapshot pages are read again from their start after any failure and always carry every body
   * and customer, so what they learned can be kept at once.
   */
  rememberSnapshot(metas: ReadonlyMap<string, MessageMeta>, customers: Iterable<string>): void {
    for (const [id, meta] of metas) this.metas.set(id, meta);
    for (const id of customers) this.customers.add(id);
  }
}
