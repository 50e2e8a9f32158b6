import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { focusIsLost, focusRegion } from '../keyboard/focus';
import { useQueueStore } from '../stores/queue-store';
import { ROW_HEIGHT } from './QueueRow';

interface Options {
  /** Slots in the list (rows, or headers and rows). */
  count: number;
  /** Where the keyboard is: the slot revealed on a j/k and on a scrollSeq bump. */
  cursor(): number;
  /** Bumped by the store when the cursor should be scrolled into view. */
  scrollSeq: number;
  /** The store fetches pages for whatever is on screen (plus a margin). */
  setVisibleRange(start: number, end: number): void;
}

/**
 * The virtualised listbox of the queue pane, for the list and for the topic groups alike: fixed
 * row heights, the visible range reported to the store's paged cache, the cursor kept in view,
 * and focus taken over when one presentation replaces the other.
 */
export function useVirtualListbox({ count, cursor, scrollSeq, setVisibleRange }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (count > 0) setVisibleRange(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, count, setVisibleRange]);

  // Keyboard moves bump scrollSeq; mouse picks and live refreshes do not yank the list.
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;
  const countRef = useRef(count);
  countRef.current = count;
  useEffect(() => {
    const index = cursorRef.current();
    if (index >= 0 && index < countRef.current) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [scrollSeq, virtualizer]);

  // j/k scroll from the keydown handler, before React re-renders (see the queue store's reveal).
  useEffect(
    () =>
      useQueueStore.getState().registerRevealer(() => {
        const el = scrollRef.current;
        if (!el) return;
        // Cached by the virtualizer from scroll/resize events: no layout read here.
        const offset = virtualizer.scrollOffset ?? el.scrollTop;
        const height = virtualizer.scrollRect?.height ?? el.clientHeight;
        const top = cursorRef.current() * ROW_HEIGHT;
        if (top < offset) el.scrollTop = top;
        else if (top + ROW_HEIGHT > offset + height) el.scrollTop = top + ROW_HEIGHT - height;
      }),
    [virtualizer],
  );

  // Switching presentation replaces the focused element: focus moves on to this one.
  useEffect(() => {
    if (focusIsLost()) focusRegion('queue');
  }, []);

  return { scrollRef, virtualizer, items, firstIndex, lastIndex };
}
