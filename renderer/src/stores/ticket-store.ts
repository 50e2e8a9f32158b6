import { create } from 'zustand';
import type { MessageKind } from '../../../preload/contract/domain-types';
import type { OutboxEntry, OutboxReceipt, QueueRow, TicketDetail } from '../../../preload/contract/queue-types';
import { call, describe } from '../bridge';
import { reportError } from './error-store';

/** Recently viewed details kept for instant j/k back and forth. */
const MAX_CACHED_DETAILS = 40;
/** A cached detail older than this is shown at once but refetched in the background. */
const REVALIDATE_AFTER_MS = 30_000;

export interface TicketState {
  /** The ticket the pane shows (the queue selection). */
  currentId: string | null;
  /** null = main answered "no such ticket". */
  details: Readonly<Record<string, TicketDetail | null>>;
  /** Last queue row seen per shown ticket: the SLA due time lives only on rows. */
  rows: Readonly<Record<string, QueueRow>>;
  /** What the agent typed, ahead of the debounced draft.save. */
  drafts: Readonly<Record<string, string>>;
  loadErrors: Readonly<Record<string, string>>;

  show(id: string | null, row?: QueueRow): void;
  prefetch(ids: readonly string[]): void;
  /** Main says these tickets changed: refetch the shown one, mark the rest stale. */
  invalidate(ids: readonly string[]): void;
  applyOutbox(entries: readonly OutboxEntry[]): void;
  setDraft(ticketId: string, body: string): void;
  reply(ticketId: string, kind: MessageKind, body: string): Promise<OutboxReceipt>;
  retry(entryId: number): Promise<void>;
  reload(): void;
}

// Bookkeeping that must not trigger renders.
let requestSeq = 0;
const inflight = new Map<string, number>(); // ticket id -> token of the newest request
const fetchedAt = new Map<string, number>();
const stale = new Set<string>();
let recent: string[] = []; // LRU order, most recent last

export const useTicketStore = create<TicketState>()((set, get) => {
  function touch(id: string): void {
    recent = recent.filter((x) => x !== id);
    recent.push(id);
  }

  async function fetchDetail(id: string, force = false): Promise<void> {
    if (!force && inflight.has(id)) return;
    const token = ++requestSeq;
    inflight.set(id, token);
    let detail: TicketDetail | null;
    try {
      detail = await call('ticket.get', { ticketId: id });
    } catch (err) {
      if (inflight.get(id) !== token) return;
      inflight.delete(id);
      set((s) => ({ loadErrors: { ...s.loadErrors, [id]: describe(err) } }));
      if (id === get().currentId) reportError('Opening the ticket', err);
      return;
    }
    // Out-of-order answers: only the newest request for a ticket may land.
    if (inflight.get(id) !== token) return;
    inflight.delete(id);
    fetchedAt.set(id, Date.now());
    stale.delete(id);
    touch(id);
    set((s) => {
      const details: Record<string, TicketDetail | null> = { ...s.details, [id]: detail };
      const rows: Record<string, QueueRow> = { ...s.rows };
      const loadErrors: Record<string, string> = { ...s.loadErrors };
      delete loadErrors[id];
      while (recent.length > MAX_CACHED_DETAILS) {
        const victim = recent.find((x) => x !== s.currentId);
        if (victim === undefined) break;
        recent = recent.filter((x) => x !== victim);
        delete details[victim];
        delete rows[victim];
        fetchedAt.delete(victim);
      }
      return { details, rows, loadErrors };
    });
  }

  function needsFetch(id: string): boolean {
    if (get().details[id] === undefined) return true;
    const at = fetchedAt.get(id) ?? 0;
    return stale.has(id) || Date.now() - at > REVALIDATE_AFTER_MS;
  }

  function mergeEntry(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
    const i = entries.findIndex((e) => e.id === entry.id);
    if (i < 0) return [...entries, entry];
    const next = entries.slice();
    next[i] = entry;
    return next;
  }

  return {
    currentId: null,
    details: {},
    rows: {},
    drafts: {},
    loadErrors: {},

    show(id, row) {
      const s = get();
      if (row && s.rows[row.id] !== row) set({ rows: { ...get().rows, [row.id]: row } });
      if (id !== s.currentId) set({ currentId: id });
      if (id === null) return;
      touch(id);
      if (needsFetch(id)) void fetchDetail(id);
    },

    prefetch(ids) {
      for (const id of ids) if (needsFetch(id)) void fetchDetail(id);
    },

    invalidate(ids) {
      const { currentId, details } = get();
      for (const id of ids) {
        if (id === currentId) void fetchDetail(id, true);
        else if (details[id] !== undefined) stale.add(id);
      }
    },

    applyOutbox(entries) {
      const { details, currentId } = get();
      const touched = new Set<string>();
      const next: Record<string, TicketDetail | null> = { ...details };
      for (const entry of entries) {
        const detail = next[entry.ticketId];
        if (!detail) continue;
        next[entry.ticketId] = { ...detail, outbox: mergeEntry(detail.outbox, entry) };
        touched.add(entry.ticketId);
      }
      if (touched.size === 0) return;
      set({ details: next });
      // Delivery flips messages from pending to sent: the shown ticket needs its messages again.
      for (const id of touched) {
        if (id === currentId) void fetchDetail(id, true);
        else stale.add(id);
      }
    },

    setDraft(ticketId, body) {
      set((s) => ({ drafts: { ...s.drafts, [ticketId]: body } }));
    },

    async reply(ticketId, kind, body) {
      const receipt = await call('ticket.reply', { ticketId, kind, body });
      // Refetches the shown ticket, so the new pending message appears.
      get().applyOutbox([receipt.entry]);
      return receipt;
    },

    async retry(entryId) {
      try {
        const receipt = await call('outbox.retry', { entryId });
        get().applyOutbox([receipt.entry]);
      } catch (err) {
        reportError('Retrying delivery', err);
      }
    },

    reload() {
      const id = get().currentId;
      if (id !== null) void fetchDetail(id, true);
    },
  };
});
