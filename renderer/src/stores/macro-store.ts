import { create } from 'zustand';
import type { Language, Macro } from '../../../preload/contract/domain-types';
import type { BulkMacroResult, MacroSummary } from '../../../preload/contract/macro-types';
import { call } from '../bridge';
import { currentIntl, languageName, translate } from '../i18n';
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

/** "Spanish 12, Russian 7 and Lithuanian 3" in the interface language, most tickets first. */
export function languageSummary(languages: Partial<Record<Language, number>>): string {
  const counts = (Object.entries(languages) as Array<[Language, number]>).sort((a, b) => b[1] - a[1]);
  return currentIntl().formatList(
    counts.map(([language, count]) => translate('macros.languageCount', { language: languageName(language), count })),
    { type: 'conjunction' },
  );
}

/** Replies queued by a bulk send: one per ticket that got the macro. */
export function bulkReplies(result: BulkMacroResult): number {
  return Object.values(result.languages).reduce((a, b) => a + b, 0);
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
      reportError(translate('macros.error.load'), err);
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
      announce(
        translate('macros.announce.queued', {
          title: macro.title,
          count: bulkReplies(result),
          languages: languageSummary(result.languages),
          skipped: result.skipped.length,
          seconds: Math.max(0, Math.round((result.undoUntil - Date.now()) / 1000)),
        }),
      );
      set({ lastBulk: { macroTitle: macro.title, result } });
      void get().load();
      return result;
    } catch (err) {
      reportError(translate('macros.error.bulk'), err);
      return null;
    }
  },

  async undoBulk() {
    const bulk = get().lastBulk;
    if (!bulk) return;
    set({ lastBulk: null });
    try {
      const { undone, alreadySent } = await call('outbox.undo', { entryIds: bulk.result.entries.map((e) => e.id) });
      announce(alreadySent.length === 0 ? translate('macros.announce.undone', { title: bulk.macroTitle }) : translate('macros.announce.partlyUndone', { undone: undone.length, sent: alreadySent.length }));
    } catch (err) {
      reportError(translate('macros.error.undo'), err);
    }
  },
}));
