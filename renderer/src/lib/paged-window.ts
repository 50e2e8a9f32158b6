import { debounce, type Debounced } from './debounce';

/** Slots of a virtual list, first and last on screen. */
export interface VisibleRange {
  start: number;
  end: number;
}

/**
 * The bookkeeping of a paged cache behind a virtual list (the queue, the topic groups): which
 * slots are on screen, which page requests are on their way, and whether an answer still counts.
 * An answer counts when no newer request for its page was made and the window was not reset
 * (another view, the groups read again) since it was asked. None of it triggers renders: each
 * store keeps one inside its own closure.
 */
export interface PagedWindow<K> {
  readonly visible: VisibleRange;
  /** Records what is on screen; false when nothing changed. */
  setVisible(start: number, end: number): boolean;
  /** Fetches what is on screen once scrolling settles (a dragged scrollbar passes many pages). */
  readonly settleSoon: Debounced<[]>;
  loading(key: K): boolean;
  /**
   * Asks for one page: `fetch` runs now; `apply` or `fail` only if the answer still counts. With
   * `once`, a page already on its way is not asked again; otherwise the newer request supersedes.
   */
  load<T>(key: K, fetch: () => Promise<T>, apply: (value: T) => void, fail: (err: unknown) => void, once?: boolean): Promise<void>;
  /** Answers on their way for pages other than `keep` predate a change: they are dropped. */
  dropOthers(keep: ReadonlySet<K>): void;
  /** Everything on its way is dropped (another view, a reload); returns the new epoch. */
  reset(): number;
  /** Bumped by reset(): work started in an older epoch is stale. */
  epoch(): number;
}

export function createPagedWindow<K>(initial: VisibleRange, settle: () => void): PagedWindow<K> {
  let epoch = 0;
  let seq = 0;
  const inflight = new Map<K, number>(); // page -> token of the newest request
  let visible = initial;

  const settleSoon = debounce(settle, 30, 120);

  return {
    get visible() {
      return visible;
    },
    setVisible(start, end) {
      if (start === visible.start && end === visible.end) return false;
      visible = { start, end };
      return true;
    },
    settleSoon,
    loading: (key) => inflight.has(key),
    async load<T>(key: K, fetch: () => Promise<T>, apply: (value: T) => void, fail: (err: unknown) => void, once = false) {
      if (once && inflight.has(key)) return;
      const asked = epoch;
      const token = ++seq;
      inflight.set(key, token);
      const counts = () => asked === epoch && inflight.get(key) === token;
      let value: T;
      try {
        value = await fetch();
      } catch (err) {
        if (!counts()) return;
        inflight.delete(key);
        fail(err);
        return;
      }
      if (!counts()) return;
      inflight.delete(key);
      apply(value);
    },
    dropOthers(keep) {
      for (const key of [...inflight.keys()]) if (!keep.has(key)) inflight.delete(key);
    },
    reset() {
      inflight.clear();
      return ++epoch;
    },
    epoch: () => epoch,
  };
}
