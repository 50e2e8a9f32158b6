import type { Topic } from '../../../preload/contract/domain-types';
import type { TopicGroup } from '../../../preload/contract/crisis-types';

/**
 * The grouped queue as one flat list, for the virtualiser: each group's header, then (when the
 * group is expanded) one slot per ticket of the group. Only the groups are held here; the rows
 * themselves are fetched page by page for the slots on screen.
 */
export interface GroupSpan {
  group: TopicGroup;
  /** Flat index of the header; its tickets follow it. */
  start: number;
  /** Ticket slots shown under the header: the group's count when expanded, else 0. */
  rows: number;
}

export interface GroupLayout {
  spans: readonly GroupSpan[];
  total: number;
}

export type GroupItem = { kind: 'header'; span: GroupSpan; groupIndex: number } | { kind: 'row'; span: GroupSpan; position: number };

export const EMPTY_LAYOUT: GroupLayout = { spans: [], total: 0 };

export function layoutOf(groups: readonly TopicGroup[], expanded: ReadonlySet<Topic>): GroupLayout {
  const spans: GroupSpan[] = [];
  let next = 0;
  for (const group of groups) {
    const rows = expanded.has(group.topic) ? group.count : 0;
    spans.push({ group, start: next, rows });
    next += 1 + rows;
  }
  return { spans, total: next };
}

/** What sits at a flat index; a dozen groups at most, so a walk is as fast as a search. */
export function itemAt(layout: GroupLayout, index: number): GroupItem | null {
  if (index < 0 || index >= layout.total) return null;
  for (let g = layout.spans.length - 1; g >= 0; g--) {
    const span = layout.spans[g]!;
    if (index < span.start) continue;
    return index === span.start ? { kind: 'header', span, groupIndex: g } : { kind: 'row', span, position: index - span.start - 1 };
  }
  return null;
}

export function headerIndex(layout: GroupLayout, topic: Topic): number | null {
  return layout.spans.find((s) => s.group.topic === topic)?.start ?? null;
}

/** Rows of one group are fetched in pages of this size. */
export const GROUP_PAGE_SIZE = 100;

export const pageKey = (topic: Topic, page: number): string => `${topic}:${page}`;

/** The pages of each group that hold the flat range [start, end]. */
export function pagesInRange(layout: GroupLayout, start: number, end: number): Array<{ topic: Topic; page: number }> {
  const out: Array<{ topic: Topic; page: number }> = [];
  for (const span of layout.spans) {
    if (span.rows === 0) continue;
    const first = Math.max(start, span.start + 1);
    const last = Math.min(end, span.start + span.rows);
    if (first > last) continue;
    const firstPage = Math.floor((first - span.start - 1) / GROUP_PAGE_SIZE);
    const lastPage = Math.floor((last - span.start - 1) / GROUP_PAGE_SIZE);
    for (let page = firstPage; page <= lastPage; page++) out.push({ topic: span.group.topic, page });
  }
  return out;
}
