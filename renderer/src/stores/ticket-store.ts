import { create, type StoreApi } from 'zustand';
import { MAX_TICKETS_PER_FETCH, type ChannelInput } from '../../../preload/contract/channels';
import type { MessageKind } from '../../../preload/contract/domain-types';
import type { OutboxEntry, QueueRow, ReplyReceipt, TicketDetail } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { reportError } from './error-store';
import { createDetailCache, type DetailCache } from './ticket-detail-cache';
import { withChanges, withOutboxEntries } from './ticket-edits';

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

type Set = StoreApi<TicketState>['setState'];
type Get = StoreApi<TicketState>['getState'];
type ReadingActions = Pick<TicketState, 'show' | 'prefetch' | 'invalidate' | 'applyOutbox' | 'setDraft' | 'reload'>;
type WritingActions = Pick<TicketState, 'reply' | 'update' | 'retry' | 'discard'>;

/** The shown ticket and its neighbours, kept fresh as main reports changes. */
function readingActions(set: Set, get: Get, cache: DetailCache): ReadingActions {
  return {
    show(id, row) {
      const s = get();
      if (row && s.rows[row.id] !== row) set({ rows: { ...get().rows, [row.id]: row } });
      if (id !== s.currentId) set({ currentId: id });
      if (id === null) return;
      cache.touch(id);
      if (cache.needsFetch(id)) void cache.fetchDetail(id);
    },

    prefetch(ids) {
      const wanted = ids.filter((id) => cache.needsFetch(id) && !cache.asked(id)).slice(0, MAX_TICKETS_PER_FETCH);
      if (wanted.length === 1) void cache.fetchDetail(wanted[0]!);
      else if (wanted.length > 1) void cache.fetchMany(wanted);
    },

    invalidate(ids) {
      const { currentId, details } = get();
      for (const id of ids) {
        if (id === currentId) void cache.fetchDetail(id, true);
        else if (details[id] !== undefined) cache.markStale(id);
      }
    },

    applyOutbox(entries) {
      const { details, currentId } = get();
      const { details: next, touched } = withOutboxEntries(details, entries);
      if (touched.size === 0) return;
      set({ details: next });
      // Delivery flips messages from pending to sent: the shown ticket needs its messages again.
      for (const id of touched) {
        if (id === currentId) void cache.fetchDetail(id, true);
        else cache.markStale(id);
      }
    },

    setDraft(ticketId, body) {
      set((s) => ({ drafts: { ...s.drafts, [ticketId]: body } }));
    },

    reload() {
      const id = get().currentId;
      if (id !== null) void cache.fetchDetail(id, true);
    },
  };
}

/** What the agent does to a ticket: replies, changes, and the outbox entries they retry or discard. */
function writingActions(set: Set, get: Get, cache: DetailCache): WritingActions {
  /** Retry and discard: main answers with the entry as it now stands, or refuses (reported). */
  async function onOutboxEntry(channel: 'outbox.retry' | 'outbox.discard', entryId: number, failure: 'ticket.action.retry' | 'ticket.action.discard'): Promise<boolean> {
    try {
      const receipt = await call(channel, { entryId });
      get().applyOutbox([receipt.entry]);
      return true;
    } catch (err) {
      reportError(translate(failure), err);
      return false;
    }
  }

  return {
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
      if (receipt.collision.length > 0) void cache.fetchDetail(ticketId, true);
      return receipt;
    },

    async update(ticketId, changes) {
      const detail = get().details[ticketId];
      if (detail) {
        // An answer already on its way predates this change: it would flip the controls back.
        cache.dropAnswer(ticketId);
        set((s) => ({ details: { ...s.details, [ticketId]: { ...detail, ticket: withChanges(detail.ticket, changes) } } }));
      }
      try {
        const receipt = await call('ticket.update', { ticketId, changes });
        get().applyOutbox([receipt.entry]);
        return true;
      } catch (err) {
        reportError(translate('ticket.action.update'), err);
        // Back to what main holds, so the controls do not show a change that was never made.
        void cache.fetchDetail(ticketId, true);
        return false;
      }
    },

    retry: (entryId) => onOutboxEntry('outbox.retry', entryId, 'ticket.action.retry'),
    discard: (entryId) => onOutboxEntry('outbox.discard', entryId, 'ticket.action.discard'),
  };
}

export const useTicketStore = create<TicketState>()((set, get) => {
  const cache = createDetailCache(set, get);
  return {
    currentId: null,
    details: {},
    rows: {},
    drafts: {},
    loadErrors: {},
    ...readingActions(set, get, cache),
    ...writingActions(set, get, cache),
  };
});
