import type { TicketDetail } from '../../../../preload/contract/queue-types';
import { useT, LANGUAGE_LABEL, TOPIC_LABEL } from '../../i18n';
import { CustomerText, customerPlain } from '../CustomerText';

/** Who wrote, in which language, about what: the three things to know before reading. */
export function TicketSummary({ detail }: { detail: TicketDetail }) {
  const t = useT();
  const { ticket, customer } = detail;
  return (
    <header className="executive-ticket-head">
      <p className="executive-ticket-number">{t('executive.ticket.number', { id: customerPlain(ticket.id) })}</p>
      <h2 className="executive-subject" data-testid="executive-subject">
        <CustomerText text={ticket.subject} lang={ticket.language} />
      </h2>
      <dl className="executive-facts">
        <div>
          <dt>{t('executive.ticket.customer')}</dt>
          <dd data-testid="executive-customer">{customer ? <CustomerText text={customer.name} lang={customer.language} /> : t('executive.ticket.unknownCustomer')}</dd>
        </div>
        <div>
          <dt>{t('executive.ticket.language')}</dt>
          <dd data-testid="executive-language" data-language={ticket.language}>
            {t(LANGUAGE_LABEL[ticket.language])}
          </dd>
        </div>
        <div>
          <dt>{t('executive.ticket.topic')}</dt>
          <dd>{t(TOPIC_LABEL[ticket.topic])}</dd>
        </div>
      </dl>
    </header>
  );
}
