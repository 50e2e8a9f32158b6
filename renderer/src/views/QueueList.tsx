import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { QueueView } from '../../../preload/contract/queue-types';
import { FOCUS_IDS, focusRegion } from '../keyboard/focus';
import { formatCount } from '../lib/format';
import { BulkBar } from '../components/BulkBar';
import { runAction } from '../keyboard/commands';
import { rowAt, useQueueStore } from '../stores/queue-store';
import { useSelectionStore } from '../stores/selection-store';
import { useSessionStore } from '../stores/session-store';
import { registerQueueRevealer } from './queue-reveal';
import { QueueRowPlaceholder, QueueRowView, ROW_HEIGHT, placeholderDomId, rowDomId } from './QueueRow';

const VIEW_LABELS: Record<QueueView, string> = {
  all: 'All tickets',
  mine: 'My tickets',
  unassigned: 'Unassigned tickets',
  security: 'Security tickets',
  snoozed: 'Snoozed tickets',
};

const NONE: ReadonlySet<string> = new Set();

export function QueueList() {
  const view = useQueueStore((s) => s.view);
  const total = useQueueStore((s) => s.total);
  const pages = useQueueStore((s) => s.pages);
  const selectedIndex = useQueueStore((s) => s.selectedIndex);
  const selectedId = useQueueStore((s) => s.selectedId);
  const scrollSeq = useQueueStore((s) => s.scrollSeq);
  const loadFailed = useQueueStore((s) => s.loadFailed);
  const setVisibleRange = useQueueStore((s) => s.setVisibleRange);
  const retry = useQueueStore((s) => s.retry);
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  const agentsById = useSessionStore((s) => s.agentsById);
  const checkedIds = useSelectionStore((s) => (s.view === view ? s.ids : NONE));

  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;

  // The store fetches pages for whatever is on screen (plus a margin).
  useEffect(() => {
    if (count > 0) setVisibleRange(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, count, setVisibleRange]);

  // Keyboard moves bump scrollSeq; mouse picks and live refreshes do not yank the list.
  useEffect(() => {
    const index = useQueueStore.getState().selectedIndex;
    const rows = useQueueStore.getState().total ?? 0;
    if (index >= 0 && index < rows) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [scrollSeq, virtualizer]);

  useEffect(
    () =>
      registerQueueRevealer((index) => {
        const el = scrollRef.current;
        if (!el) return;
        // Cached by the virtualizer from scroll/resize events: no layout read here.
        const offset = virtualizer.scrollOffset ?? el.scrollTop;
        const height = virtualizer.scrollRect?.height ?? el.clientHeight;
        const top = index * ROW_HEIGHT;
        if (top < offset) el.scrollTop = top;
        else if (top + ROW_HEIGHT > offset + height) el.scrollTop = top + ROW_HEIGHT - height;
      }),
    [virtualizer],
  );

  // A new view starts at the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [view, virtualizer]);

  const onPick = useCallback((index: number) => {
    useQueueStore.getState().select(index);
    focusRegion('queue');
  }, []);
  const onOpen = useCallback((index: number) => {
    useQueueStore.getState().select(index);
    focusRegion('ticket');
  }, []);
  const onToggle = useCallback((index: number) => {
    useQueueStore.getState().select(index);
    focusRegion('queue');
    runAction('selection.toggle', { context: 'queue', element: document.activeElement });
  }, []);

  const selectedRow = rowAt(pages, selectedIndex);
  const selectedRendered = selectedIndex >= firstIndex && selectedIndex <= lastIndex;
  let activeDescendant: string | undefined;
  if (selectedRendered && selectedIndex >= 0) {
    if (!selectedRow) activeDescendant = placeholderDomId(selectedIndex);
    else if (selectedRow.id === selectedId) activeDescendant = rowDomId(selectedRow.id);
  }

  let status: ReactNode = null;
  if (total === null && loadFailed) {
    status = (
      <div className="queue-status" role="note">
        <p>The queue could not be loaded.</p>
        <button type="button" className="btn" onClick={retry}>
          Try again
        </button>
      </div>
    );
  } else if (total === null) {
    status = <p className="queue-status">Loading queue…</p>;
  } else if (total === 0) {
    status = <p className="queue-status">No tickets in this view.</p>;
  }

  return (
    <div className="queue">
      <BulkBar />
      <div className="queue-heading">
        <h2 className="queue-title">{VIEW_LABELS[view]}</h2>
        <span className="queue-total" aria-hidden="true">
          {total === null ? '' : formatCount(total)}
        </span>
      </div>
      <div
        ref={scrollRef}
        id={FOCUS_IDS.queue}
        className="queue-scroll"
        role="listbox"
        aria-multiselectable="true"
        tabIndex={0}
        data-testid="queue"
        data-region="queue"
        data-view={view}
        aria-label={`${VIEW_LABELS[view]}${total === null ? '' : `, ${formatCount(total)}`}${checkedIds.size > 0 ? `, ${formatCount(checkedIds.size)} selected` : ''}`}
        aria-activedescendant={activeDescendant}
        aria-busy={total === null}
      >
        <div role="presentation" className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            if (!row) {
              return (
                <QueueRowPlaceholder
                  key={item.key}
                  index={item.index}
                  total={count}
                  start={item.start}
                  selected={item.index === selectedIndex}
                />
              );
            }
            const assignee = row.assigneeId === null ? null : row.assigneeId === myId ? 'me' : 'other';
            return (
              <QueueRowView
                key={item.key}
                row={row}
                index={item.index}
                total={count}
                start={item.start}
                selected={item.index === selectedIndex && row.id === selectedId}
                checked={checkedIds.has(row.id)}
                assignee={assignee}
                assigneeName={row.assigneeId === null ? undefined : agentsById.get(row.assigneeId)?.name}
                onPick={onPick}
                onOpen={onOpen}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      </div>
      {status}
    </div>
  );
}
