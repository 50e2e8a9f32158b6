import { create } from 'zustand';
import type { Language, Macro } from '../../../preload/contract/domain-types';
import type { BulkMacroResult, MacroSummary } from '../../../preload/contract/macro-types';
import { call } from '../bridge';
import { announce } from './announce-store';
import { reportError } from './error-store';
import { useSessionStore } from './session-store';
import { useTicketStore, type TicketChanges } from './ticket-store';

/** The last bulk send, while it can still be taken back. */
export interface PendingBulk {
  macroTitle: string;
  result: BulkMacroResult;
}

interface MacroState {
  macros: readonly MacroSummary[];
  loaded: boolean;
  /** Actions of macros inserted into a ticket's reply, applied when that reply is sent. */
  pendingActions: Readonly<Record<string, readonly Macro['actions'][]>>;
  lastBulk: PendingBulk | null;
  load(): Promise<void>;
  inserted(ticketId: string, macro: Macro): void;
  /** After the reply went: the inserted macros' status, priority, tags and assignee. */
  applyPendingActions(ticketId: string): Promise<void>;
  forget(ticketId: string): void;
  applyBulk(macro: Macro, ticketIds: readonly string[], fields: Record<string, string>): Promise<BulkMacroResult | null>;
  undoBulk(): Promise<void>;
}

/** Several macros in one reply: later ones win a field, tags add up. */
export function mergedChanges(actions: readonly Macro['actions'][], tags: readonly string[], me: string | null): TicketChanges {
  const changes: TicketChanges = {};
  const addTags: string[] = [];
  for (const a of actions) {
    if (a.status) changes.status = a.status;
    if (a.priority) changes.priority = a.priority;
    if (a.addTags) addTags.push(...a.addTags);
    if (a.assignToSelf && me) changes.assigneeId = me;
  }
  const nextTags = [...new Set([...tags, ...addTags])];
  if (nextTags.length !== tags.length) changes.tags = nextTags;
  return changes;
}

export function languageSummary(languages: Partial<Record<Language, number>>): string {
  return Object.entries(languages)
    .map(([language, n]) => `${language} ${n}`)
    .join(', ');
}

export const useMacroStore = create<MacroState>()((set, get) => ({
  macros: [],
  loaded: false,
  pendingActions: {},
  lastBulk: null,

  async load() {
    try {
      const { macros } = await call('macro.list', {});
      set({ macros, loaded: true });
    } catch (err) {
      set({ loaded: true });
      reportError('Loading macros', err);
    }
  },

  inserted(ticketId, macro) {
    set((s) => ({ pendingActions: { ...s.pendingActions, [ticketId]: [...(s.pendingActions[ticketId] ?? []), macro.actions] } }));
    // Best effort: the ranking may lag one use behind, nothing else depends on it.
    void call('macro.recordUse', { macroIds: [macro.id] })
      .then(() => get().load())
      .catch(() => {});
  },

  async applyPendingActions(ticketId) {
    const actions = get().pendingActions[ticketId];
    get().forget(ticketId);
    if (!actions?.length) return;
    const ticket = useTicketStore.getState().details[ticketId]?.ticket;
    const agent = useSessionStore.getState().session?.agent ?? null;
    const changes = mergedChanges(actions, ticket?.tags ?? [], agent?.id ?? null);
    // The reply went; a status this agent may not set must not take the rest of the actions with it.
    if (ticket?.security && agent?.role !== 'security' && (changes.status === 'solved' || changes.status === 'closed')) {
      delete changes.status;
      announce('Status left as it is: only security agents solve or close a security case');
    }
    if (Object.keys(changes).length > 0) await useTicketStore.getState().update(ticketId, changes);
  },

  forget(ticketId) {
    set((s) => {
      const { [ticketId]: _gone, ...rest } = s.pendingActions;
      return { pendingActions: rest };
    });
  },

  async applyBulk(macro, ticketIds, fields) {
    try {
      const result = await call('macro.applyBulk', { macroId: macro.id, ticketIds: [...ticketIds], ...(Object.keys(fields).length ? { fields } : {}) });
      const sent = Object.values(result.languages).reduce((a, b) => a + b, 0);
      announce(`${macro.title}: queued for ${sent} tickets (${languageSummary(result.languages)})${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}. Undo within ${Math.round((result.undoUntil - Date.now()) / 1000)} seconds`);
      set({ lastBulk: { macroTitle: macro.title, result } });
      void get().load();
      return result;
    } catch (err) {
      reportError('Sending the macro to the selected tickets', err);
      return null;
    }
  },

  async undoBulk() {
    const bulk = get().lastBulk;
    if (!bulk) return;
    set({ lastBulk: null });
    try {
      const { undone, alreadySent } = await call('outbox.undo', { entryIds: bulk.result.entries.map((e) => e.id) });
      announce(alreadySent.length === 0 ? `Undone: nothing of “${bulk.macroTitle}” was sent` : `${undone.length} changes taken back; ${alreadySent.length} had already gone out`);
    } catch (err) {
      reportError('Undoing the bulk send', err);
    }
  },
}));
