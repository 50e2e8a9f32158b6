import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { IntlShape } from 'react-intl';
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
import { useIntlFormat, useT, type MessageId, LANGUAGE_LABEL, STATUS_LABEL, TOPIC_LABEL } from '../i18n';
import { FOCUS_IDS } from '../keyboard/focus';
import { formatTimestamp } from '../lib/format';
import { rowAt, useQueueStore } from '../stores/queue-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';
import { CustomerText, customerPlain } from '../components/CustomerText';
import { AccountPanel } from '../components/account/AccountPanel';
import { RevealButton } from '../components/privacy/RevealButton';

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
  const t = useT();
  if (assigneeId === null) return <span className="muted">{t('ticket.assignee.unassigned')}</span>;
  if (assigneeId === myId) return <span className="assignee-me">{t('ticket.assignee.you')}</span>;
  return <CustomerText text={agentsById.get(assigneeId)?.name ?? assigneeId} />;
}

/** "Snoozed until …" with the time itself as a <time> element inside the translated sentence. */
function SnoozedUntil({ until }: { until: number }) {
  const intl = useIntlFormat();
  const id: MessageId = 'ticket.snoozedUntil';
  const time = (
    <time key="time" dateTime={new Date(until).toISOString()}>
      {formatTimestamp(until)}
    </time>
  );
  return (
    <p className="ticket-snoozed" data-testid="snoozed">
      {intl.formatMessage({ id }, { time })}
    </p>
  );
}

/** "US" → "United States" / "Estados Unidos" / "США"; anything that is not a region code stays as it is. */
function regionName(intl: IntlShape, country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return intl.formatDisplayName(country, { type: 'region' }) ?? country;
  } catch {
    return country;
  }
}

function TicketHeader({ ticket, customer, dueAt, outbox }: { ticket: Ticket; customer: Customer | null; dueAt: number | null; outbox: TicketDetail['outbox'] }) {
  const t = useT();
  const intl = useIntlFormat();
  return (
    <header className={`ticket-header${ticket.security ? ' is-security' : ''}`}>
      <div className="ticket-title-row">
        <PriorityBadge priority={ticket.priority} />
        {ticket.security && <SecurityBadge />}
        <h2 className="ticket-subject" data-testid="ticket-subject">
          <CustomerText text={ticket.subject} lang={ticket.language} />
        </h2>
        {/* Beside the subject, so the conversation keeps its room; its state and form take a line of their own. */}
        <EscalationControls ticket={ticket} outbox={outbox} />
      </div>
      <PresenceLine ticketId={ticket.id} />
      <SecurityCasePanel ticket={ticket} />
      <TicketControls key={ticket.id} ticket={ticket} />
      {ticket.snoozedUntil !== null && <SnoozedUntil until={ticket.snoozedUntil} />}
      <dl className="ticket-meta">
        <div>
          <dt>{t('ticket.meta.customer')}</dt>
          <dd>
            {customer ? (
              <>
                <CustomerText className="customer-name" text={customer.name} testId="customer-name" lang={customer.language} />{' '}
                <span className="muted">
                  &lt;
                  <CustomerText text={customer.email} testId="customer-email" />
                  &gt;
                </span>{' '}
                <span className="mono" title={t('ticket.meta.userId')}>
                  <CustomerText text={customer.userId} testId="customer-user-id" />
                </span>
                <RevealButton ticketId={ticket.id} />
              </>
            ) : (
              <span className="muted">{t('ticket.meta.unknownCustomer', { customerId: customerPlain(ticket.customerId) })}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('ticket.meta.language')}</dt>
          <dd>{t(LANGUAGE_LABEL[ticket.language])}</dd>
        </div>
        <div>
          <dt>{t('ticket.meta.topic')}</dt>
          <dd>{t(TOPIC_LABEL[ticket.topic])}</dd>
        </div>
        <div>
          <dt>{t('ticket.meta.sla')}</dt>
          <dd>
            <SlaCountdown dueAt={dueAt} />
          </dd>
        </div>
        <div>
          <dt>{t('ticket.meta.assignee')}</dt>
          <dd>
            <AssigneeName assigneeId={ticket.assigneeId} />
          </dd>
        </div>
        {customer && (
          <div>
            <dt>{t('ticket.meta.kyc')}</dt>
            <dd>{t('ticket.meta.kycLevel', { level: customer.kycLevel, country: regionName(intl, customer.country) })}</dd>
          </div>
        )}
      </dl>
      {ticket.tags.length > 0 && (
        <ul className="ticket-tags" aria-label={t('ticket.meta.tags')}>
          {ticket.tags.map((tag) => (
            <li key={tag} className="tag" data-testid="ticket-tag">
              <CustomerText text={tag} />
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

/** Shown from the queue row while the detail is on its way, so moving never flashes an empty pane. */
function RowPreviewHeader({ row }: { row: QueueRow }) {
  const t = useT();
  return (
    <header className={`ticket-header is-preview${row.security ? ' is-security' : ''}`}>
      <div className="ticket-title-row">
        <PriorityBadge priority={row.priority} />
        {row.security && <SecurityBadge />}
        <h2 className="ticket-subject" data-testid="ticket-subject">
          <CustomerText text={row.subject} lang={row.language} />
        </h2>
      </div>
      <dl className="ticket-meta">
        <div>
          <dt>{t('ticket.meta.customer')}</dt>
          <dd>
            <CustomerText text={row.customerName} lang={row.language} />
          </dd>
        </div>
        <div>
          <dt>{t('ticket.meta.language')}</dt>
          <dd>{t(LANGUAGE_LABEL[row.language])}</dd>
        </div>
        <div>
          <dt>{t('ticket.meta.topic')}</dt>
          <dd>{t(TOPIC_LABEL[row.topic])}</dd>
        </div>
        <div>
          <dt>{t('ticket.meta.status')}</dt>
          <dd>
            <span className={`status status-${row.status}`}>{t(STATUS_LABEL[row.status])}</span>
          </dd>
        </div>
        <div>
          <dt>{t('ticket.meta.sla')}</dt>
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
  const t = useT();

  // Only a detail whose id matches the selection counts as rendered (stale answers never show).
  const shown = detail && currentId !== null && detail.ticket.id === currentId ? detail : undefined;
  const onScroll = useStartAtLatest(scrollRef, shown?.ticket.id);

  let body: ReactNode;
  if (shown) {
    body = (
      <>
        <MessageList messages={shown.messages} customer={shown.customer} language={shown.ticket.language} />
        <OutboxList entries={shown.outbox} />
      </>
    );
  } else if (detail === null) {
    body = <p className="empty-note">{t('ticket.pane.gone')}</p>;
  } else if (loadError !== undefined && currentId !== null) {
    body = (
      <div className="empty-note">
        <p>{t('ticket.pane.loadFailed', { reason: loadError })}</p>
        <button type="button" className="btn" onClick={reload}>
          {t('ticket.pane.tryAgain')}
        </button>
      </div>
    );
  } else if (currentId !== null || hasSelection) {
    body = <p className="empty-note loading">{t('ticket.pane.loading')}</p>;
  } else {
    body = <p className="empty-note">{t('ticket.pane.noneSelected')}</p>;
  }

  return (
    <main
      className="ticket-pane"
      data-testid="ticket-pane"
      data-ticket-id={shown?.ticket.id}
      data-region="ticket"
      aria-label={t('ticket.pane.label')}
      aria-busy={!shown && currentId !== null && detail === undefined && loadError === undefined}
    >
      {shown ? (
        <TicketHeader ticket={shown.ticket} customer={shown.customer} dueAt={row?.dueAt ?? null} outbox={shown.outbox} />
      ) : (
        row && <RowPreviewHeader row={row} />
      )}
      {/* The conversation, and beside it the customer's account (filled in once the ticket shows). */}
      <div className="ticket-body-row">
        <div
          ref={scrollRef}
          id={FOCUS_IDS.ticket}
          className="ticket-scroll"
          // Focusable so Enter lands here and the arrow keys scroll the conversation.
          tabIndex={0}
          aria-label={t('ticket.pane.scroll')}
          onScroll={onScroll}
        >
          <div className="ticket-scroll-content">{body}</div>
        </div>
        {shown && <AccountPanel ticketId={shown.ticket.id} />}
      </div>
      {shown && (
        <Composer key={shown.ticket.id} ticketId={shown.ticket.id} savedDraft={shown.draft} language={shown.ticket.language} />
      )}
    </main>
  );
}
