import type { SearchHit } from '../../../../preload/contract/queue-types';
import { useT, STATUS_LABEL, type MessageId } from '../../i18n';
import { SecurityBadge } from '../Badges';
import { CustomerText } from '../CustomerText';

/** Where a search hit matched, in words. */
const MATCHED_IN_LABEL = {
  subject: 'app.search.matchedIn.subject',
  customer: 'app.search.matchedIn.customer',
  message: 'app.search.matchedIn.message',
} as const satisfies Record<SearchHit['matchedIn'], MessageId>;

export const hitDomId = (ticketId: string): string => `search-hit-${ticketId.replace(/\s/g, '_')}`;

interface Props {
  hit: SearchHit;
  active: boolean;
  onChoose(hit: SearchHit): void;
}

/** One hit: subject and status, where the query matched with the snippet, the customer and the ticket id. */
export function SearchHitOption({ hit, active, onChoose }: Props) {
  const t = useT();
  return (
    <div
      id={hitDomId(hit.ticketId)}
      role="option"
      aria-selected={active}
      className={`search-hit${active ? ' is-active' : ''}${hit.security ? ' is-security' : ''}`}
      data-testid="search-hit"
      data-ticket-id={hit.ticketId}
      onMouseDown={(e) => {
        // Keeps focus in the box until the ticket opens.
        e.preventDefault();
        onChoose(hit);
      }}
    >
      <div className="search-hit-line">
        {hit.security && <SecurityBadge />}
        <CustomerText className="search-hit-subject" text={hit.subject} lang={hit.language} />
        <span className={`status status-${hit.status}`}>{t(STATUS_LABEL[hit.status])}</span>
      </div>
      <div className="search-hit-line search-hit-sub">
        <span className="search-hit-where">{t(MATCHED_IN_LABEL[hit.matchedIn])}</span>
        <CustomerText className="search-hit-snippet" text={hit.snippet} lang={hit.matchedIn === 'customer' ? undefined : hit.language} />
      </div>
      <div className="search-hit-line search-hit-sub">
        <CustomerText className="search-hit-customer" text={hit.customerName} lang={hit.language} />
        <CustomerText className="mono" text={hit.ticketId} />
      </div>
    </div>
  );
}
