import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Customer, Ticket } from '../../../preload/contract/domain-types';
import type { QueueRow, TicketDetail } from '../../../preload/contract/queue-types';
import { PriorityBadge, SecurityBadge } from '../components/Badges';
import { Composer } from '../components/Composer';
import { EscalationControls } from '../components/EscalationControls';
import { SecurityCasePanel } from '../components/SecurityCasePanel';
import { MessageList } from '../components/MessageList';
import { OutboxList } from '../components/OutboxList';
import { PresenceLine } from '../components/PresenceLine';
import { SlaCountdown } from '../components/SlaCountdown';
import { TicketControls } from '../components/TicketControls';
import { FOCUS_IDS } from '../keyboard/focus';
import { formatTimestamp, humanize } from '../lib/format';
import { rowAt, useQueueStore } from '../stores/queue-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';

/** Scrolled further up than this, a newly opened ticket is brought back to its latest message. */
const STICKY_BOTTOM_PX = 80;

function useCurrentRow(id: string | null): QueueRow | undefined {
  // The live queue row first (fresh dueAt), else the last one seen for this ticket.
  const live = useQueueStore((s) => {
    const row = rowAt(s.pages, s.selectedIndex);
    return row && row.id === id ? row : undefined;
  });
  const remembered = useTicketStore((s) => (id === null ? undefined : s.rows[id]));
  return live ?? remembered;
}

function AssigneeName({ assigneeId }: { assigneeId: string | null }) {
  const agentsById = useSessionStore((s) => s.agentsById);
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  if (assigneeId === null) return <span className="muted">Unassigned</span>;
  if (assigneeId === myId) return <span className="assignee-me">You</span>;
  return <span>{agentsById.get(assigneeId)?.name ?? assigneeId}</span>;
}

function TicketHeader({ ticket, customer, dueAt, outbox }: { ticket: Ticket; customer: Customer | null; dueAt: number | null; outbox: TicketDetail['outbox'] }) {
  return (
    <header className={`ticket-header${ticket.security ? ' is-security' : ''}`}>
      <div className="ticket-title-row">
        <PriorityBadge priority={ticket.priority} />
        {ticket.security && <SecurityBadge />}
        <h2 className="ticket-subject" data-testid="ticket-subject">
          {ticket.subject}
        </h2>
      </div>
      <PresenceLine ticketId={ticket.id} />
      <EscalationControls ticket={ticket} outbox={outbox} />
      <SecurityCasePanel ticket={ticket} />
      <TicketControls key={ticket.id} ticket={ticket} />
      {ticket.snoozedUntil !== null && (
        <p className="ticket-snoozed" data-testid="snoozed">
          Snoozed until <time dateTime={new Date(ticket.snoozedUntil).toISOString()}>{formatTimestamp(ticket.snoozedUntil)}</time>
        </p>
      )}
      <dl className="ticket-meta">
        <div>
          <dt>Customer</dt>
          <dd>
            {customer ? (
              <>
                <span className="customer-name">{customer.name}</span>{' '}
                <span className="muted">&lt;{customer.email}&gt;</span>{' '}
                <span className="mono" title="Exchange user id">
                  {customer.userId}
                </span>
              </>
            ) : (
              <span className="muted">Unknown customer ({ticket.customerId})</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd className="mono">{ticket.language}</dd>
        </div>
        <div>
          <dt>Topic</dt>
          <dd>{humanize(ticket.topic)}</dd>
        </div>
        <div>
          <dt>SLA</dt>
          <dd>
            <SlaCountdown dueAt={dueAt} />
          </dd>
        </div>
        <div>
          <dt>Assignee</dt>
          <dd>
            <AssigneeName assigneeId={ticket.assigneeId} />
          </dd>
        </div>
        {customer && (
          <div>
            <dt>KYC</dt>
            <dd>
              Level {customer.kycLevel} · {customer.country}
            </dd>
          </div>
        )}
      </dl>
      {ticket.tags.length > 0 && (
        <ul className="ticket-tags" aria-label="Tags">
          {ticket.tags.map((t) => (
            <li key={t} className="tag">
              {t}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

/** Shown from the queue row while the detail is on its way, so moving never flashes an empty pane. */
function RowPreviewHeader({ row }: { row: QueueRow }) {
  return (
    <header className={`ticket-header is-preview${row.security ? ' is-security' : ''}`}>
      <div className="ticket-title-row">
        <PriorityBadge priority={row.priority} />
        {row.security && <SecurityBadge />}
        <h2 className="ticket-subject" data-testid="ticket-subject">
          {row.subject}
        </h2>
      </div>
      <dl className="ticket-meta">
        <div>
          <dt>Customer</dt>
          <dd>{row.customerName}</dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd className="mono">{row.language}</dd>
        </div>
        <div>
          <dt>Topic</dt>
          <dd>{humanize(row.topic)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`status status-${row.status}`}>{row.status}</span>
          </dd>
        </div>
        <div>
          <dt>SLA</dt>
          <dd>
            <SlaCountdown dueAt={row.dueAt} />
          </dd>
        </div>
      </dl>
    </header>
  );
}

/**
 * The conversation container is `column-reverse`, so the browser itself keeps it pinned to the
 * newest message (scrollTop 0 is the bottom) without reading layout on every ticket switch.
 * Only when the agent had scrolled up is it reset, after the frame, for the next ticket.
 */
function useStartAtLatest(scrollRef: RefObject<HTMLDivElement | null>, ticketId: string | undefined) {
  const scrolledUp = useRef(false);
  useEffect(() => {
    if (!scrolledUp.current) return;
    const frame = requestAnimationFrame(() => {
      const el = scrollRef.current;
      if (el) el.scrollTop = 0;
      scrolledUp.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollRef, ticketId]);
  return () => {
    const el = scrollRef.current;
    if (el) scrolledUp.current = el.scrollTop < -STICKY_BOTTOM_PX;
  };
}

export function TicketPane() {
  const currentId = useTicketStore((s) => s.currentId);
  const detail: TicketDetail | null | undefined = useTicketStore((s) =>
    s.currentId === null ? undefined : s.details[s.currentId],
  );
  const loadError = useTicketStore((s) => (s.currentId === null ? undefined : s.loadErrors[s.currentId]));
  const reload = useTicketStore((s) => s.reload);
  const hasSelection = useQueueStore((s) => s.selectedIndex >= 0);
  const row = useCurrentRow(currentId);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Only a detail whose id matches the selection counts as rendered (stale answers never show).
  const shown = detail && currentId !== null && detail.ticket.id === currentId ? detail : undefined;
  const onScroll = useStartAtLatest(scrollRef, shown?.ticket.id);

  let body: ReactNode;
  if (shown) {
    body = (
      <>
        <MessageList messages={shown.messages} customer={shown.customer} />
        <OutboxList entries={shown.outbox} />
      </>
    );
  } else if (detail === null) {
    body = <p className="empty-note">This ticket no longer exists. It may have been merged or deleted.</p>;
  } else if (loadError !== undefined && currentId !== null) {
    body = (
      <div className="empty-note">
        <p>Could not load this ticket: {loadError}</p>
        <button type="button" className="btn" onClick={reload}>
          Try again
        </button>
      </div>
    );
  } else if (currentId !== null || hasSelection) {
    body = <p className="empty-note loading">Loading ticket…</p>;
  } else {
    body = <p className="empty-note">No ticket selected. Use j/k or the arrow keys to pick one.</p>;
  }

  return (
    <main
      className="ticket-pane"
      data-testid="ticket-pane"
      data-ticket-id={shown?.ticket.id}
      data-region="ticket"
      aria-label="Ticket"
      aria-busy={!shown && currentId !== null && detail === undefined && loadError === undefined}
    >
      {shown ? (
        <TicketHeader ticket={shown.ticket} customer={shown.customer} dueAt={row?.dueAt ?? null} outbox={shown.outbox} />
      ) : (
        row && <RowPreviewHeader row={row} />
      )}
      <div
        ref={scrollRef}
        id={FOCUS_IDS.ticket}
        className="ticket-scroll"
        // Focusable so Enter lands here and the arrow keys scroll the conversation.
        tabIndex={0}
        aria-label="Conversation and outbox (Esc returns to the queue)"
        onScroll={onScroll}
      >
        <div className="ticket-scroll-content">{body}</div>
      </div>
      {shown && (
        <Composer key={shown.ticket.id} ticketId={shown.ticket.id} savedDraft={shown.draft} />
      )}
    </main>
  );
}
