import { memo } from 'react';
import type { Customer, Language } from '../../../preload/contract/domain-types';
import type { TicketDetail } from '../../../preload/contract/queue-types';
import { useT } from '../i18n';
import { formatTimestamp } from '../lib/format';
import { authorLabel, useAgentName } from './author-label';
import { MessageBody } from './MessageBody';
import { CustomerText } from './CustomerText';

type ShownMessage = TicketDetail['messages'][number];

interface Props {
  messages: ShownMessage[];
  customer: Customer | null;
  /** The ticket's language: what the customer writes and is answered in (read aloud with its rules). */
  language?: Language;
}

// Memoised: the pane re-renders on unrelated store changes, the conversation only on a new detail
// or a new interface language (useT subscribes to it, and the timestamps follow it too).
export const MessageList = memo(function MessageList({ messages, customer, language }: Props) {
  const agentName = useAgentName();
  const t = useT();

  if (messages.length === 0) return <p className="empty-note">{t('ticket.messages.empty')}</p>;
  return (
    <ol className="messages" aria-label={t('ticket.messages.label')}>
      {messages.map((m) => {
        const variant = m.kind === 'note' ? 'note' : m.authorType;
        return (
          <li
            key={m.id}
            className={`message message-${variant}${m.pending ? ' is-pending' : ''}`}
            data-testid="message"
            data-kind={m.kind}
            data-author={m.authorType}
            data-pending={m.pending ? 'true' : 'false'}
          >
            <div className="message-meta">
              <CustomerText className="message-author" text={authorLabel(m, customer, agentName)} lang={m.authorType === 'customer' ? language : undefined} />
              {m.kind === 'note' && <span className="badge badge-note">{t('ticket.message.internalNote')}</span>}
              {m.authorType === 'agent' && m.kind === 'reply' && <span className="message-role">{t('ticket.message.replyToCustomer')}</span>}
              {m.pending && <span className="badge badge-pending">{t('ticket.message.pending')}</span>}
              <time className="message-time" dateTime={new Date(m.createdAt).toISOString()}>
                {formatTimestamp(m.createdAt)}
              </time>
            </div>
            {/* Plain text only: customer input is never interpreted as markup. */}
            <MessageBody body={m.body} segments={m.segments} lang={m.kind === 'note' ? undefined : language} />
          </li>
        );
      })}
    </ol>
  );
});
