import { create } from 'zustand';
import type { SearchHit } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { reportError } from './error-store';

export const SEARCH_LIMIT = 20;

interface SearchState {
  /** What is in the box. */
  query: string;
  /** The query the shown hits answer (lags `query` while an answer is on its way). */
  answered: string;
  hits: readonly SearchHit[];
  tookMs: number | null;
  activeIndex: number;
  /** The results list is shown (the box has focus and holds text). */
  open: boolean;
  setQuery(text: string): void;
  setOpen(open: boolean): void;
  moveActive(delta: number): void;
  clear(): void;
}

// Asked on every keystroke; an answer older than one already shown is dropped.
let requested = 0;
let applied = 0;

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: '',
  answered: '',
  hits: [],
  tookMs: null,
  activeIndex: -1,
  open: false,

  setQuery(text) {
    const seq = ++requested;
    set({ query: text, open: true });
    if (text.trim() === '') {
      applied = seq;
      set({ hits: [], answered: text, activeIndex: -1, tookMs: null });
      return;
    }
    call('search.query', { text, limit: SEARCH_LIMIT }).then(
      (result) => {
        if (seq <= applied) return;
        applied = seq;
        set({ hits: result.hits, answered: text, tookMs: result.tookMs, activeIndex: result.hits.length > 0 ? 0 : -1 });
      },
      (err: unknown) => {
        if (seq === requested) reportError(translate('app.error.searching'), err);
      },
    );
  },

  setOpen(open) {
    if (get().open !== open) set({ open });
  },

  moveActive(delta) {
    const { hits, activeIndex } = get();
    if (hits.length === 0) return;
    const next = activeIndex < 0 ? (delta > 0 ? 0 : hits.length - 1) : (activeIndex + delta + hits.length) % hits.length;
    set({ activeIndex: next });
  },

  clear() {
    applied = ++requested;
    set({ query: '', answered: '', hits: [], tookMs: null, activeIndex: -1, open: false });
  },
}));
