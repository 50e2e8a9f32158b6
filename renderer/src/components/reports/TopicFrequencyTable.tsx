import { TOPICS } from '../../../../preload/contract/domain-types';
import type { DeskReport } from '../../../../preload/contract/crisis-types';
import { useIntlFormat, useT, TOPIC_LABEL } from '../../i18n';
import type { ReportBucket } from '../../stores/reports-store';
import { formatBucketStart } from './report-format';

/** The chart's figures as a table: one row per bucket, one column per topic that occurs. */
export function TopicFrequencyTable({ buckets, bucket }: { buckets: DeskReport['topicFrequency']; bucket: ReportBucket }) {
  const t = useT();
  const intl = useIntlFormat();
  const topics = TOPICS.filter((topic) => buckets.some((b) => (b.counts[topic] ?? 0) > 0));
  const caption = t('reports.frequency.table', { bucket });
  return (
    // Scrolls on its own when long: focusable, so the keyboard can scroll it too.
    <div className="report-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="report-table report-frequency-table" data-testid="report-frequency-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.frequency.column.time')}</th>
            <th scope="col">{t('reports.frequency.column.total')}</th>
            {topics.map((topic) => (
              <th scope="col" key={topic}>
                {t(TOPIC_LABEL[topic])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.start} className={b.total === 0 ? 'is-empty' : undefined}>
              <th scope="row">{formatBucketStart(b.start, bucket, intl)}</th>
              <td>{intl.formatNumber(b.total)}</td>
              {topics.map((topic) => (
                <td key={topic}>{intl.formatNumber(b.counts[topic] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
