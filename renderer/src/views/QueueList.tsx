import { useEffect, type ReactNode } from 'react';
import type { QueueView } from '../../../preload/contract/queue-types';
import { useIntlFormat, useT, type MessageId } from '../i18n';
import { BulkBar } from '../components/BulkBar';
import { TopicGroupList } from '../components/topic-groups/TopicGroupList';
import { useTopicGroupStore } from '../stores/topic-group-store';
import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys } from '../keyboard/keymap';
import { rowAt, useQueueStore } from '../stores/queue-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { QueueSlot, useRowContext, placeholderDomId, rowDomId } from './QueueRow';
import { QueueScroll } from './QueueScroll';
import { useRowActions } from './useRowActions';
import { useVirtualListbox } from './useVirtualListbox';

const VIEW_LABELS: Record<QueueView, MessageId> = {
  all: 'queue.view.all',
  mine: 'queue.view.mine',
  unassigned: 'queue.view.unassigned',
  security: 'queue.view.security',
  snoozed: 'queue.view.snoozed',
};


/** The queue pane: its heading (with the switch to topic groups), the bulk bar, and the list or the groups. */
export function QueueList() {
  const t = useT();
  const view = useQueueStore((s) => s.view);
  const total = useQueueStore((s) => s.total);
  const grouped = useTopicGroupStore((s) => s.active);
  const groupKeys = useSettingsStore((s) => s.bindings['queue.groupByTopic']);
  const intl = useIntlFormat();
  const viewLabel = t(VIEW_LABELS[view]);

  return (
    <div className="queue">
      <BulkBar />
      <div className="queue-heading">
        <h2 className="queue-title">{viewLabel}</h2>
        <span className="queue-total" aria-hidden="true">
          {total === null ? '' : intl.formatNumber(total)}
        </span>
        <button
          type="button"
          className="btn btn-small queue-group-toggle"
          data-testid="group-by-topic"
          aria-pressed={grouped}
          title={t('queue.groupByTopic.title', { keys: formatKeys(groupKeys, keyPlatform) })}
          aria-keyshortcuts={ariaKeyShortcuts(groupKeys, keyPlatform)}
          onClick={() => runAction('queue.groupByTopic', { context: 'queue', element: document.activeElement })}
        >
          {t('queue.groupByTopic')}
        </button>
      </div>
      {grouped ? <TopicGroupList viewLabel={viewLabel} /> : <TicketList viewLabel={viewLabel} />}
    </div>
  );
}

const selectedCursor = (): number => useQueueStore.getState().selectedIndex;
const selectRow = (index: number): void => useQueueStore.getState().select(index);

/** Every ticket of the view in queue order, virtualised: only the pages on screen are loaded. */
function TicketList({ viewLabel }: { viewLabel: string }) {
  const t = useT();
  const view = useQueueStore((s) => s.view);
  const total = useQueueStore((s) => s.total);
  const pages = useQueueStore((s) => s.pages);
  const selectedIndex = useQueueStore((s) => s.selectedIndex);
  const selectedId = useQueueStore((s) => s.selectedId);
  const scrollSeq = useQueueStore((s) => s.scrollSeq);
  const loadFailed = useQueueStore((s) => s.loadFailed);
  const setVisibleRange = useQueueStore((s) => s.setVisibleRange);
  const retry = useQueueStore((s) => s.retry);
  const rowContext = useRowContext(view, useRowActions(selectRow));

  const count = total ?? 0;
  const { scrollRef, virtualizer, items, firstIndex, lastIndex } = useVirtualListbox({
    count,
    cursor: selectedCursor,
    scrollSeq,
    setVisibleRange,
  });

  // A new view starts at the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [view, virtualizer]);

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
        <p>{t('queue.list.failed')}</p>
        <button type="button" className="btn" onClick={retry}>
          {t('queue.list.retry')}
        </button>
      </div>
    );
  } else if (total === null) {
    status = <p className="queue-status">{t('queue.list.loading')}</p>;
  } else if (total === 0) {
    status = <p className="queue-status">{t('queue.list.empty')}</p>;
  }

  return (
    <>
      <QueueScroll
        scrollRef={scrollRef}
        role="listbox"
        className="queue-scroll"
        testId="queue"
        view={view}
        label={t('queue.list.label', { view: viewLabel, hasTotal: total === null ? 'no' : 'yes', total: total ?? 0, selected: rowContext.checkedIds.size })}
        activeDescendant={activeDescendant}
        busy={total === null}
        totalSize={virtualizer.getTotalSize()}
      >
        {items.map((item) => (
          <QueueSlot
            key={item.key}
            item={item}
            row={rowAt(pages, item.index)}
            place={{ posInSet: item.index + 1, setSize: count }}
            atCursor={item.index === selectedIndex}
            context={rowContext}
          />
        ))}
      </QueueScroll>
      {status}
    </>
  );
}
