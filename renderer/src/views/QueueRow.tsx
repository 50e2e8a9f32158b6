import { memo } from 'react';
import type { Agent } from '../../../preload/contract/domain-types';
import type { QueueRow as Row, QueueView } from '../../../preload/contract/queue-types';
import { useQueueStore } from '../stores/queue-store';
import { useSelectionStore } from '../stores/selection-store';
import { useSessionStore } from '../stores/session-store';
import { RowPriorityBadge, SecurityBadge } from '../components/Badges';
import { AckTimer } from '../components/AckTimer';
import { SlaCountdown } from '../components/SlaCountdown';
import { languageName, useT, STATUS_LABEL, TOPIC_LABEL } from '../i18n';
import { CustomerText, customerPlain } from '../components/CustomerText';
import { textDirection } from '../../../preload/rules/text-direction';
import type { RowActions } from './useRowActions';

export const ROW_HEIGHT = 56;

/** DOM id of a row, for aria-activedescendant; ticket ids are opaque so whitespace is replaced. */
export const rowDomId = (ticketId: string): string => `queue-row-${ticketId.replace(/\s/g, '_')}`;

/**
 * Where a row sits, for screen readers: in the plain list an option of the whole view; in the
 * grouped queue a tree item of level 2, counted within its topic group.
 */
export interface RowPlace {
  /** 1-based. */
  posInSet: number;
  setSize: number;
  /** Set in the grouped queue: the row is a tree item under its group's header. */
  level?: number;
}

interface RowProps {
  row: Row;
  /** Position in the rendered list (what onPick and friends receive). */
  index: number;
  place: RowPlace;
  start: number;
  selected: boolean;
  /** Checked for a bulk change (x, Shift+j/k, select all). */
  checked: boolean;
  assignee: 'me' | 'other' | null;
  assigneeName: string | undefined;
  onPick(index: number): void;
  onOpen(index: number): void;
  onToggle(index: number): void;
}

function placeAttributes(place: RowPlace) {
  return {
    role: place.level === undefined ? 'option' : 'treeitem',
    'aria-level': place.level,
    'aria-setsize': place.setSize,
    'aria-posinset': place.posInSet,
  } as const;
}

export const QueueRowView = memo(function QueueRowView({
  row,
  index,
  place,
  start,
  selected,
  checked,
  assignee,
  assigneeName,
  onPick,
  onOpen,
  onToggle,
}: RowProps) {
  const t = useT();
  const cls = ['queue-row'];
  if (selected) cls.push('is-selected');
  if (checked) cls.push('is-checked');
  if (row.security) cls.push('is-security');
  if (row.priority === 'urgent') cls.push('is-urgent');
  if (place.level !== undefined) cls.push('is-grouped');
  return (
    <div
      id={rowDomId(row.id)}
      {...placeAttributes(place)}
      // aria-selected: the ticket the pane shows (j/k); aria-checked: in the bulk selection (x).
      aria-selected={selected}
      aria-checked={checked}
      data-testid="queue-row"
      data-ticket-id={row.id}
      data-index={index}
      data-checked={checked}
      className={cls.join(' ')}
      style={{ transform: `translateY(${start}px)` }}
      onMouseDown={(e) => {
        // Keep focus on the listbox (rows are not focus stops) while still selecting.
        e.preventDefault();
        if (e.ctrlKey || e.metaKey) onToggle(index);
        else onPick(index);
      }}
      onDoubleClick={() => onOpen(index)}
    >
      <span
        className="queue-row-check"
        aria-hidden="true"
        title={checked ? t('queue.row.unselectTitle') : t('queue.row.selectTitle')}
        onMouseDown={(e) => {
          e.preventDefault();
          e.stopPropagation();
          onToggle(index);
        }}
      />
      <div className="queue-row-line">
        <RowPriorityBadge priority={row.priority} />
        {row.security && <SecurityBadge compact />}
        {/* The subject's own direction on the clipping box: a long Arabic subject keeps its start in view, cut at its end. */}
        <span className="queue-row-subject" title={customerPlain(row.subject)} dir={textDirection(row.subject, row.language)}>
          <CustomerText text={row.subject} lang={row.language} />
        </span>
        {row.escalatedAt !== null && row.acknowledgedAt === null ? (
          <AckTimer escalatedAt={row.escalatedAt} acknowledgedAt={null} />
        ) : (
          <SlaCountdown dueAt={row.dueAt} stepMs={5000} />
        )}
      </div>
      <div className="queue-row-line queue-row-sub">
        <CustomerText className="queue-row-customer" text={row.customerName} lang={row.language} />
        <span className="mono" title={languageName(row.language)}>
          {row.language}
        </span>
        <span>{t(TOPIC_LABEL[row.topic])}</span>
        <span className={`status status-${row.status}`}>{t(STATUS_LABEL[row.status])}</span>
        {row.pendingChanges > 0 && (
          <span className="badge badge-pending" title={t('queue.row.pendingTitle')}>
            {t('queue.row.pending', { count: row.pendingChanges })}
          </span>
        )}
        {assignee === 'me' && (
          <span className="assigned assigned-me" title={t('queue.row.assignedToYouTitle')}>
            {t('queue.row.assignedToYou')}
          </span>
        )}
        {assignee === 'other' && (
          <span className="assigned" title={assigneeName ? t('queue.row.assignedToTitle', { name: customerPlain(assigneeName) }) : t('queue.row.assignedToOtherTitle')}>
            {assigneeName ? t('queue.row.assignedTo', { name: customerPlain(assigneeName) }) : t('queue.row.assignedToOther')}
          </span>
        )}
      </div>
    </div>
  );
});

export const placeholderDomId = (index: number): string => `queue-row-at-${index}`;

interface PlaceholderProps {
  index: number;
  place: RowPlace;
  start: number;
  selected: boolean;
}

export function QueueRowPlaceholder({ index, place, start, selected }: PlaceholderProps) {
  const t = useT();
  return (
    <div
      id={placeholderDomId(index)}
      {...placeAttributes(place)}
      aria-selected={selected}
      aria-busy="true"
      aria-label={t('common.loading')}
      data-testid="queue-row-placeholder"
      data-index={index}
      className={`queue-row is-placeholder${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div className="placeholder-bar placeholder-bar-long" />
      <div className="placeholder-bar placeholder-bar-short" />
    </div>
  );
}

/** What every row of a queue view needs to know besides itself: who is signed in, who the agents are, what is checked and shown, what the mouse does. */
export interface RowContext {
  checkedIds: ReadonlySet<string>;
  myId: string | null;
  agentsById: ReadonlyMap<string, Agent>;
  /** The ticket open in the ticket pane: the row at the cursor counts as selected only when it is this one. */
  shownId: string | null;
  actions: RowActions;
}

const NOTHING_CHECKED: ReadonlySet<string> = new Set();

/** The row context of a view, for the flat and the grouped queue alike. */
export function useRowContext(view: QueueView, actions: RowActions): RowContext {
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  const agentsById = useSessionStore((s) => s.agentsById);
  const checkedIds = useSelectionStore((s) => (s.view === view ? s.ids : NOTHING_CHECKED));
  const shownId = useQueueStore((s) => s.selectedId);
  return { checkedIds, myId, agentsById, shownId, actions };
}

interface SlotProps extends Pick<RowProps, 'place'> {
  /** The virtual item: its position in the list and where it starts. */
  item: { index: number; start: number };
  /** null while its page is loading. */
  row: Row | null | undefined;
  /** The cursor is on this position (the row counts as selected only when it is the ticket shown). */
  atCursor: boolean;
  context: RowContext;
}

/** One position of a virtualised queue (flat or grouped): the row, or its placeholder until the page arrives. */
export function QueueSlot({ item: { index, start }, row, place, atCursor, context }: SlotProps) {
  if (!row) return <QueueRowPlaceholder index={index} place={place} start={start} selected={atCursor} />;
  const { checkedIds, myId, agentsById, shownId, actions } = context;
  return (
    <QueueRowView
      row={row}
      index={index}
      place={place}
      start={start}
      selected={atCursor && row.id === shownId}
      checked={checkedIds.has(row.id)}
      assignee={row.assigneeId === null ? null : row.assigneeId === myId ? 'me' : 'other'}
      assigneeName={row.assigneeId === null ? undefined : agentsById.get(row.assigneeId)?.name}
      onPick={actions.onPick}
      onOpen={actions.onOpen}
      onToggle={actions.onToggle}
    />
  );
}
