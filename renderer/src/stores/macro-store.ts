import { create } from 'zustand';
import type { Language, Macro } from '../../../preload/contract/domain-types';
import type { BulkMacroResult, MacroSummary } from '../../../preload/contract/macro-types';
import { call } from '../bridge';
import { announce } from './announce-store';
import { reportError } from './error-store';

/** The last bulk send, while it can still be taken back. */
export interface PendingBulk {
  macroTitle: string;
  result: BulkMacroResult;
}

interface MacroState {
  macros: readonly MacroSummary[];
  loaded: boolean;
  /** Macros inserted into a ticket's reply; sent with it, so main queues their actions in the same commit. */
  insertedIds: Readonly<Record<string, readonly string[]>>;
  lastBulk: PendingBulk | null;
  load(): Promise<void>;
  inserted(ticketId: string, macro: Macro): void;
  forget(ticketId: string): void;
  applyBulk(macro: Macro, ticketIds: readonly string[], fields: Record<string, string>): Promise<BulkMacroResult | null>;
  undoBulk(): Promise<void>;
}

export function languageSummary(languages: Partial<Record<Language, number>>): string {
  return Object.entries(languages)
    .map(([language, n]) => `${language} ${n}`)
    .join(', ');
}

export const useMacroStore = create<MacroState>()((set, get) => ({
  macros: [],
  loaded: false,
  insertedIds: {},
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
    set((s) => ({ insertedIds: { ...s.insertedIds, [ticketId]: [...(s.insertedIds[ticketId] ?? []), macro.id] } }));
    // Best effort: the ranking may lag one use behind, nothing else depends on it.
    void call('macro.recordUse', { macroIds: [macro.id] })
      .then(() => get().load())
      .catch(() => {});
  },

  forget(ticketId) {
    set((s) => {
      const { [ticketId]: _gone, ...rest } = s.insertedIds;
      return { insertedIds: rest };
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
