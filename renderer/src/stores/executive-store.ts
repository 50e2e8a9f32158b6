import { create, type StoreApi } from 'zustand';
import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { debounce, type Debounced } from '../lib/debounce';
import { executiveDeliveryActions, executiveWritingActions } from './executive-reply-actions';
import { FRESH_TICKET, type ExecutiveState } from './executive-state';
import { executiveTicketActions } from './executive-ticket-actions';

export { blockersOf, canSend, fieldKeys, fieldLabel, type FocusRequest } from './executive-state';

/** What both groups of actions share: the draft's saving and the open ticket's outbox entries. */
export interface ExecutiveTools {
  readonly saveDraft: Debounced<[ticketId: string, body: string]>;
  mergeEntries(entries: readonly OutboxEntry[]): void;
}

function executiveTools(set: StoreApi<ExecutiveState>['setState'], get: StoreApi<ExecutiveState>['getState']): ExecutiveTools {
  const saveDraft = debounce((ticketId: string, body: string) => {
    // Best effort: the draft only matters after a crash, and the next keystroke tries again.
    void call('draft.save', { ticketId, body }).catch(() => {});
  }, 400);

  function mergeEntries(entries: readonly OutboxEntry[]): void {
    const { detail, ticketId } = get();
    if (!detail) return;
    const mine = entries.filter((e) => e.ticketId === ticketId);
    if (mine.length === 0) return;
    const outbox = detail.outbox.filter((e) => !mine.some((m) => m.id === e.id));
    set({ detail: { ...detail, outbox: [...outbox, ...mine].sort((a, b) => a.id - b.id) } });
  }

  return { saveDraft, mergeEntries };
}

export const useExecutiveStore = create<ExecutiveState>()((set, get) => {
  const tools = executiveTools(set, get);
  return {
    phase: 'idle',
    ticketId: null,
    ...FRESH_TICKET,
    focus: null,
    ...executiveTicketActions(set, get, tools),
    ...executiveWritingActions(set, get, tools),
    ...executiveDeliveryActions(set, get, tools),
  };
});
