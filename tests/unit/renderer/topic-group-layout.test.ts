import { describe, expect, it } from 'vitest';
import type { TopicGroup } from '../../../preload/contract';
import { GROUP_PAGE_SIZE, headerIndex, itemAt, layoutOf, pagesInRange } from '../../../renderer/src/lib/group-layout';

const group = (topic: TopicGroup['topic'], count: number): TopicGroup => ({ topic, count, breached: 0, languages: {}, suggestedMacroId: null });
const groups = [group('withdrawal', 250), group('market_incident', 3), group('kyc', 40)];

describe('the grouped queue as one flat list', () => {
  it('shows only headers while every group is closed', () => {
    const layout = layoutOf(groups, new Set());
    expect(layout.total).toBe(3);
    expect([0, 1, 2].map((i) => itemAt(layout, i)?.kind)).toEqual(['header', 'header', 'header']);
    expect(itemAt(layout, 3)).toBeNull();
    expect(itemAt(layout, -1)).toBeNull();
  });

  it('puts an open group’s tickets between its header and the next one', () => {
    const layout = layoutOf(groups, new Set(['market_incident', 'withdrawal']));
    expect(layout.total).toBe(3 + 250 + 3);
    expect(headerIndex(layout, 'withdrawal')).toBe(0);
    expect(headerIndex(layout, 'market_incident')).toBe(251);
    expect(headerIndex(layout, 'kyc')).toBe(255);
    expect(headerIndex(layout, 'fees')).toBeNull();
    expect(itemAt(layout, 1)).toMatchObject({ kind: 'row', position: 0, span: { group: { topic: 'withdrawal' } } });
    expect(itemAt(layout, 250)).toMatchObject({ kind: 'row', position: 249 });
    expect(itemAt(layout, 251)).toMatchObject({ kind: 'header', groupIndex: 1 });
    expect(itemAt(layout, 254)).toMatchObject({ kind: 'row', position: 2, span: { group: { topic: 'market_incident' } } });
    expect(itemAt(layout, 255)).toMatchObject({ kind: 'header', groupIndex: 2 });
  });

  it('asks only for the pages of the rows in a range, group by group', () => {
    const layout = layoutOf(groups, new Set(['market_incident', 'withdrawal']));
    // Headers alone need no page.
    expect(pagesInRange(layout, 255, 255)).toEqual([]);
    expect(pagesInRange(layout, 0, 10)).toEqual([{ topic: 'withdrawal', page: 0 }]);
    // Across the end of one group and the start of the next.
    expect(pagesInRange(layout, GROUP_PAGE_SIZE * 2 - 5, 253)).toEqual([
      { topic: 'withdrawal', page: 1 },
      { topic: 'withdrawal', page: 2 },
      { topic: 'market_incident', page: 0 },
    ]);
    // Ranges beyond the list are clipped, not invented.
    expect(pagesInRange(layout, -40, 400)).toHaveLength(4);
  });
});
