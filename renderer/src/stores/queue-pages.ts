import type { QueuePage, QueueRow } from '../../../preload/contract/queue-types';
import type { VisibleRange } from '../lib/paged-window';

// The queue's paged cache as pure functions over its pages: where a row lives, which pages the
// screen needs, and what a page's arrival does to the cache and the selection.

export const PAGE_SIZE = 200;
/** Rows fetched beyond the visible range so slow scrolling never shows placeholders. */
const PREFETCH_ROWS = 60;
/** 40 pages = 8,000 rows: bounded memory however far the agent scrolls. */
const MAX_CACHED_PAGES = 40;

export type Pages = Readonly<Record<number, readonly QueueRow[]>>;

export const pageOf = (index: number): number => Math.floor(index / PAGE_SIZE);

export function rowAt(pages: Pages, index: number): QueueRow | undefined {
  if (index < 0) return undefined;
  return pages[pageOf(index)]?.[index % PAGE_SIZE];
}

/** Where a ticket sits among the loaded pages, or null when no loaded page holds it. */
export function findLoaded(pages: Pages, id: string): number | null {
  for (const [key, rows] of Object.entries(pages)) {
    const i = rows.findIndex((r) => r.id === id);
    if (i >= 0) return Number(key) * PAGE_SIZE + i;
  }
  return null;
}

export function isLoaded(pages: Pages, id: string): boolean {
  return findLoaded(pages, id) !== null;
}

/** The pages rows start..end need, with a margin either side, never past the view's last row. */
export function pagesAround(start: number, end: number, total: number | null): number[] {
  const first = pageOf(Math.max(0, start - PREFETCH_ROWS));
  let last = pageOf(end + PREFETCH_ROWS);
  if (total !== null) last = Math.min(last, pageOf(Math.max(0, total - 1)));
  const out: number[] = [];
  for (let p = first; p <= last; p++) out.push(p);
  return out;
}

/** Only the pages in `keep` that are loaded. */
export function keptPages(pages: Pages, keep: Iterable<number>): Record<number, readonly QueueRow[]> {
  const kept: Record<number, readonly QueueRow[]> = {};
  for (const p of keep) {
    const rows = pages[p];
    if (rows !== undefined) kept[p] = rows;
  }
  return kept;
}

/** Drops the pages farthest from the screen once more than MAX_CACHED_PAGES are held; the selection's page stays. */
function evict(pages: Record<number, readonly QueueRow[]>, selectedIndex: number, visible: VisibleRange): void {
  const keys = Object.keys(pages).map(Number);
  if (keys.length <= MAX_CACHED_PAGES) return;
  const center = pageOf((visible.start + visible.end) / 2);
  const pinned = selectedIndex >= 0 ? pageOf(selectedIndex) : -1;
  keys
    .filter((k) => k !== pinned)
    .sort((a, b) => Math.abs(b - center) - Math.abs(a - center))
    .slice(0, keys.length - MAX_CACHED_PAGES)
    .forEach((k) => delete pages[k]);
}

interface CacheAndSelection {
  pages: Pages;
  selectedIndex: number;
  selectedId: string | null;
  scrollSeq: number;
}

/**
 * A page arrived: it joins the cache (pages past the view's end go), the selection follows its
 * ticket if that moved within the view, and a fresh view opens its first ticket. `listFocused` is
 * asked only when the selection moved.
 */
export function withPage(
  s: CacheAndSelection,
  pageIndex: number,
  page: QueuePage,
  visible: VisibleRange,
  listFocused: () => boolean,
): CacheAndSelection & { total: number } {
  const total = page.total;
  const pages: Record<number, readonly QueueRow[]> = { ...s.pages, [pageIndex]: page.rows };
  const lastPage = total > 0 ? pageOf(total - 1) : -1;
  for (const key of Object.keys(pages)) {
    if (Number(key) > lastPage) delete pages[Number(key)];
  }
  let { selectedIndex, selectedId, scrollSeq } = s;
  // Follow the selected ticket if it moved within the view.
  if (selectedId !== null) {
    const i = page.rows.findIndex((r) => r.id === selectedId);
    const moved = i >= 0 && pageIndex * PAGE_SIZE + i !== selectedIndex;
    if (moved) selectedIndex = pageIndex * PAGE_SIZE + i;
    // The active option of a focused listbox must stay visible (WCAG "focus not obscured").
    if (moved && listFocused()) scrollSeq++;
  }
  if (selectedIndex >= total) selectedIndex = total - 1;
  // Open the first ticket of a freshly loaded view so the pane is never idle.
  if (selectedIndex < 0 && selectedId === null && total > 0) selectedIndex = 0;
  if (selectedId === null && selectedIndex >= 0) selectedId = rowAt(pages, selectedIndex)?.id ?? null;
  evict(pages, selectedIndex, visible);
  return { pages, total, selectedIndex, selectedId, scrollSeq };
}

/**
 * Where j/k (delta rows) go from the selection. If the selected ticket left its slot (a re-sort),
 * the row now there is the "next" one; pages fetched on either side of a re-sort can show the
 * selected ticket twice, so its other copy is stepped over. Not clamped to the view.
 */
export function stepTarget(pages: Pages, total: number, selectedIndex: number, selectedId: string | null, delta: number): number {
  if (selectedIndex < 0) return 0;
  const here = rowAt(pages, selectedIndex);
  const detached = selectedId !== null && here !== undefined && here.id !== selectedId;
  let target = detached && delta > 0 ? selectedIndex + delta - 1 : selectedIndex + delta;
  const step = delta > 0 ? 1 : -1;
  while (selectedId !== null && rowAt(pages, target)?.id === selectedId && target + step >= 0 && target + step < total) target += step;
  return target;
}
