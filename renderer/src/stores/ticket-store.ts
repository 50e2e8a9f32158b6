import { create } from 'zustand';
import { MAX_TICKETS_PER_FETCH, type ChannelInput } from '../../../preload/contract/channels';
import type { MessageKind, Ticket } from '../../../preload/contract/domain-types';
import type { OutboxEntry, QueueRow, ReplyReceipt, TicketDetail } from '../../../preload/contract/queue-types';
import { call, describe } from '../bridge';
import { translate } from '../i18n';
import { reportError } from './error-store';

export type TicketChanges = ChannelInput<'ticket.update'>['changes'];

export interface ReplyOptions {
  /** Newest backend message the agent had on screen (see lib/message-glance.ts). */
  lastSeenMessageId: string | null;
  /** The agent saw the collision warning and sends anyway. */
  ignoreCollision?: boolean;
  /** Macros inserted into the reply: main queues their actions with it. */
  macroIds?: readonly string[];
  /** The reply names another customer and the agent sends it anyway, saying why. */
  crossCustomerNote?: string;
}

/** The 50 around the selection and the recently viewed: j/k within them only render. */
const MAX_CACHED_DETAILS = 120;
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
  /** Queues a reply or note; a non-empty `collision` means nothing was queued. */
  reply(ticketId: string, kind: MessageKind, body: string, opts: ReplyOptions): Promise<ReplyReceipt>;
  /** Shown at once (main applies it optimistically too); false when main refused it. */
  update(ticketId: string, changes: TicketChanges): Promise<boolean>;
  /** Both resolve false when main refused (the error is reported). */
  retry(entryId: number): Promise<boolean>;
  discard(entryId: number): Promise<boolean>;
  reload(): void;
}

export const useTicketStore = create<TicketState>()((set, get) => {
  // Bookkeeping that must not trigger renders.
  let requestSeq = 0;
  const inflight = new Map<string, number>(); // ticket id -> token of the newest request
  const fetchedAt = new Map<string, number>();
  const stale = new Set<string>();
  let recent: string[] = []; // LRU order, most recent last

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
      if (id === get().currentId) reportError(translate('ticket.action.open'), err);
      return;
    }
    land([[id, detail]], token);
  }

  /** The neighbours of the selection in one round trip; a failure leaves them to be fetched when opened. */
  async function fetchMany(ids: string[]): Promise<void> {
    const token = ++requestSeq;
    for (const id of ids) inflight.set(id, token);
    let answers: Array<TicketDetail | null>;
    try {
      answers = await call('ticket.getMany', { ticketIds: ids });
    } catch {
      for (const id of ids) if (inflight.get(id) === token) inflight.delete(id);
      return;
    }
    land(ids.map((id, i) => [id, answers[i] ?? null]), token);
  }

  /** Stores fetched details in one update; out-of-order answers: only the newest request for a ticket may land. */
  function land(fetched: ReadonlyArray<readonly [string, TicketDetail | null]>, token: number): void {
    const landing = fetched.filter(([id]) => inflight.get(id) === token);
    if (landing.length === 0) return;
    const at = Date.now();
    for (const [id] of landing) {
      inflight.delete(id);
      fetchedAt.set(id, at);
      stale.delete(id);
      touch(id);
    }
    set((s) => {
      const details: Record<string, TicketDetail | null> = { ...s.details, ...Object.fromEntries(landing) };
      const rows: Record<string, QueueRow> = { ...s.rows };
      const loadErrors: Record<string, string> = { ...s.loadErrors };
      for (const [id] of landing) delete loadErrors[id];
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

  /** Only the fields the agent changed; undefined means "leave as is", not "clear". */
  function withChanges(ticket: Ticket, c: TicketChanges): Ticket {
    const next = { ...ticket };
    if (c.status !== undefined) next.status = c.status;
    if (c.priority !== undefined) next.priority = c.priority;
    if (c.assigneeId !== undefined) next.assigneeId = c.assigneeId;
    if (c.tags !== undefined) next.tags = c.tags;
    if (c.snoozedUntil !== undefined) next.snoozedUntil = c.snoozedUntil;
    return next;
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
      const wanted = ids.filter((id) => needsFetch(id) && !inflight.has(id)).slice(0, MAX_TICKETS_PER_FETCH);
      if (wanted.length === 1) void fetchDetail(wanted[0]!);
      else if (wanted.length > 1) void fetchMany(wanted);
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

    async reply(ticketId, kind, body, { lastSeenMessageId, ignoreCollision, macroIds, crossCustomerNote }) {
      const receipt = await call('ticket.reply', {
        ticketId,
        kind,
        body,
        lastSeenMessageId,
        ...(ignoreCollision ? { ignoreCollision: true } : {}),
        ...(macroIds?.length ? { macroIds: [...macroIds] } : {}),
        ...(crossCustomerNote ? { crossCustomerOverride: { note: crossCustomerNote } } : {}),
      });
      // Refetches the shown ticket, so the new pending message appears.
      if (receipt.entry) get().applyOutbox(receipt.actionsEntry ? [receipt.entry, receipt.actionsEntry] : [receipt.entry]);
      // The messages the agent missed must show up in the conversation before they decide.
      if (receipt.collision.length > 0) void fetchDetail(ticketId, true);
      return receipt;
    },

    async update(ticketId, changes) {
      const detail = get().details[ticketId];
      if (detail) {
        // An answer already on its way predates this change: it would flip the controls back.
        inflight.delete(ticketId);
        set((s) => ({ details: { ...s.details, [ticketId]: { ...detail, ticket: withChanges(detail.ticket, changes) } } }));
      }
      try {
        const receipt = await call('ticket.update', { ticketId, changes });
        get().applyOutbox([receipt.entry]);
        return true;
      } catch (err) {
        reportError(translate('ticket.action.update'), err);
        // Back to what main holds, so the controls do not show a change that was never made.
        void fetchDetail(ticketId, true);
        return false;
      }
    },

    async retry(entryId) {
      try {
        const receipt = await call('outbox.retry', { entryId });
        get().applyOutbox([receipt.entry]);
        return true;
      } catch (err) {
        reportError(translate('ticket.action.retry'), err);
        return false;
      }
    },

    async discard(entryId) {
      try {
        const receipt = await call('outbox.discard', { entryId });
        get().applyOutbox([receipt.entry]);
        return true;
      } catch (err) {
        reportError(translate('ticket.action.discard'), err);
        return false;
      }
    },

    reload() {
      const id = get().currentId;
      if (id !== null) void fetchDetail(id, true);
    },
  };
});
