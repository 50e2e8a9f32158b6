import { useId } from 'react';
import type { SurgeBreakdownRow, SurgeSnapshot } from '../../../../preload/contract/crisis-types';
import type { TopicDomain } from '../../../../preload/contract/domain-types';
import { LANGUAGE_LABEL, TOPIC_LABEL, useIntlFormat, useT, type MessageId } from '../../i18n';
import { formatDuration } from '../../lib/format';
import { SurgeTableHead } from './SurgeTableHead';

const DOMAIN_LABEL = {
  funds: 'domain.funds',
  account: 'domain.account',
  security: 'domain.security',
  trading: 'domain.trading',
} as const satisfies Record<TopicDomain, MessageId>;

interface BreakdownTableProps {
  testId: string;
  title: string;
  keyHeader: string;
  rows: readonly SurgeBreakdownRow[];
  labelOf: (key: string) => string;
}

function BreakdownTable({ testId, title, keyHeader, rows, labelOf }: BreakdownTableProps) {
  const t = useT();
  const intl = useIntlFormat();
  const headingId = useId();
  return (
    <section className="surge-breakdown" data-testid={testId} aria-labelledby={headingId}>
      <h3 id={headingId} className="surge-section-title">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('surge.breakdown.empty')}</p>
      ) : (
        <table className="surge-table">
          <SurgeTableHead
            keyHeader={keyHeader}
            numberHeaders={[t('surge.column.open'), t('surge.column.breached'), t('surge.column.incoming15m'), t('surge.column.nextBreach')]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{labelOf(row.key)}</th>
                <td className="num">{intl.formatNumber(row.open)}</td>
                <td className={row.breached > 0 ? 'num surge-cell-danger' : 'num'}>{intl.formatNumber(row.breached)}</td>
                <td className="num">{intl.formatNumber(row.incoming15m)}</td>
                <td className="num">{row.nextBreachInMs === null ? t('surge.none') : formatDuration(row.nextBreachInMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Where the queue is: open, late and new tickets by language, domain area and topic, largest first. */
export function SurgeBreakdown({ snapshot }: { snapshot: SurgeSnapshot }) {
  const t = useT();
  // A key the desk has no words for (a newer backend's) is shown as it is.
  const label = (ids: Readonly<Record<string, MessageId>>) => (key: string) => (Object.hasOwn(ids, key) ? t(ids[key]!) : key);
  return (
    <div className="surge-breakdowns">
      <BreakdownTable testId="surge-by-language" title={t('surge.breakdown.language')} keyHeader={t('surge.column.language')} rows={snapshot.byLanguage} labelOf={label(LANGUAGE_LABEL)} />
      <BreakdownTable testId="surge-by-domain" title={t('surge.breakdown.domain')} keyHeader={t('surge.column.domain')} rows={snapshot.byDomain} labelOf={label(DOMAIN_LABEL)} />
      <BreakdownTable testId="surge-by-topic" title={t('surge.breakdown.topic')} keyHeader={t('surge.column.topic')} rows={snapshot.byTopic} labelOf={label(TOPIC_LABEL)} />
    </div>
  );
}
