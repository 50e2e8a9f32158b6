import type { QueueRow } from '../../../preload/contract/queue-types';
import { GROUP_PAGE_SIZE, headerIndex, pageKey, pagesInRange, type GroupItem, type GroupLayout } from '../lib/group-layout';
import type { VisibleRange } from '../lib/paged-window';

// The grouped queue's paged rows as pure functions: where a row lives, which pages are kept, and
// where the cursor goes when the layout changes under it.

/** Group pages beyond the visible ones are dropped past this: bounded memory however much is expanded. */
const MAX_CACHED_PAGES = 40;
/** Slots fetched beyond the visible range, so slow scrolling never shows placeholders. */
const PREFETCH_SLOTS = 30;

export type GroupPages = Readonly<Record<string, readonly QueueRow[]>>;

export function rowOf(pages: GroupPages, item: GroupItem | null): QueueRow | undefined {
  if (!item || item.kind !== 'row') return undefined;
  return pages[pageKey(item.span.group.topic, Math.floor(item.position / GROUP_PAGE_SIZE))]?.[item.position % GROUP_PAGE_SIZE];
}

/** The group pages slots start..end need, with a margin either side. */
export function groupPagesAround(layout: GroupLayout, visible: VisibleRange): ReturnType<typeof pagesInRange> {
  return pagesInRange(layout, visible.start - PREFETCH_SLOTS, visible.end + PREFETCH_SLOTS);
}

/**
 * The pages to keep: all of them while under MAX_CACHED_PAGES, else (and always with `onlyVisible`)
 * only those on screen with their margin.
 */
export function keptGroupPages(pages: GroupPages, layout: GroupLayout, visible: VisibleRange, onlyVisible = false): Record<string, readonly QueueRow[]> {
  const keys = Object.keys(pages);
  if (!onlyVisible && keys.length <= MAX_CACHED_PAGES) return { ...pages };
  const wanted = new Set(groupPagesAround(layout, visible).map((p) => pageKey(p.topic, p.page)));
  const kept: Record<string, readonly QueueRow[]> = {};
  for (const key of keys) if (wanted.has(key)) kept[key] = pages[key]!;
  return kept;
}

/** New groups or a new expansion: the cursor stays on the same header, or the same place in its group. */
export function cursorInLayout(before: GroupItem | null, layout: GroupLayout, cursor: number): number {
  if (!before) return 0;
  const header = headerIndex(layout, before.span.group.topic);
  if (header === null) return Math.min(cursor, Math.max(0, layout.total - 1));
  const span = layout.spans.find((s) => s.start === header)!;
  return before.kind === 'header' || span.rows === 0 ? header : header + 1 + Math.min(before.position, span.rows - 1);
}
