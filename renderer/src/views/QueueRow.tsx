import { memo } from 'react';
import type { QueueRow as Row } from '../../../preload/contract/queue-types';
import { PriorityBadge, SecurityBadge } from '../components/Badges';
import { AckTimer } from '../components/AckTimer';
import { SlaCountdown } from '../components/SlaCountdown';
import { humanize } from '../lib/format';

export const ROW_HEIGHT = 56;

/** DOM id of a row, for aria-activedescendant; ticket ids are opaque so whitespace is replaced. */
export const rowDomId = (ticketId: string): string => `queue-row-${ticketId.replace(/\s/g, '_')}`;

interface RowProps {
  row: Row;
  index: number;
  total: number;
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

export const QueueRowView = memo(function QueueRowView({
  row,
  index,
  total,
  start,
  selected,
  checked,
  assignee,
  assigneeName,
  onPick,
  onOpen,
  onToggle,
}: RowProps) {
  const cls = ['queue-row'];
  if (selected) cls.push('is-selected');
  if (checked) cls.push('is-checked');
  if (row.security) cls.push('is-security');
  if (row.priority === 'urgent') cls.push('is-urgent');
  return (
    <div
      id={rowDomId(row.id)}
      role="option"
      // aria-selected: the ticket the pane shows (j/k); aria-checked: in the bulk selection (x).
      aria-selected={selected}
      aria-checked={checked}
      aria-setsize={total}
      aria-posinset={index + 1}
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
        title={checked ? 'Selected (x to unselect)' : 'Select (x)'}
        onMouseDown={(e) => {
          e.preventDefault();
          e.stopPropagation();
          onToggle(index);
        }}
      />
      <div className="queue-row-line">
        <PriorityBadge priority={row.priority} />
        {row.security && <SecurityBadge />}
        <span className="queue-row-subject" title={row.subject}>
          {row.subject}
        </span>
        {row.escalatedAt !== null && row.acknowledgedAt === null ? (
          <AckTimer escalatedAt={row.escalatedAt} acknowledgedAt={null} />
        ) : (
          <SlaCountdown dueAt={row.dueAt} stepMs={5000} />
        )}
      </div>
      <div className="queue-row-line queue-row-sub">
        <span className="queue-row-customer">{row.customerName}</span>
        <span className="mono">{row.language}</span>
        <span>{humanize(row.topic)}</span>
        <span className={`status status-${row.status}`}>{row.status}</span>
        {row.pendingChanges > 0 && (
          <span className="badge badge-pending" title="Changes not yet confirmed by the backend">
            {row.pendingChanges} unsent
          </span>
        )}
        {assignee === 'me' && (
          <span className="assigned assigned-me" title="Assigned to you">
            ● You
          </span>
        )}
        {assignee === 'other' && (
          <span className="assigned" title={`Assigned to ${assigneeName ?? 'another agent'}`}>
            ● {assigneeName ?? 'Assigned'}
          </span>
        )}
      </div>
    </div>
  );
});

export const placeholderDomId = (index: number): string => `queue-row-at-${index}`;

interface PlaceholderProps {
  index: number;
  total: number;
  start: number;
  selected: boolean;
}

export function QueueRowPlaceholder({ index, total, start, selected }: PlaceholderProps) {
  return (
    <div
      id={placeholderDomId(index)}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={index + 1}
      aria-busy="true"
      aria-label="Loading…"
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
