import type { IntlShape } from 'react-intl';
import type { Translate } from '../../i18n';
import { formatDuration } from '../../lib/format';
import type { ReportBucket } from '../../stores/reports-store';

/** A duration in the interface language; null is "no data", not zero. */
export function formatReportDuration(ms: number | null, t: Translate): string {
  return ms === null ? t('reports.noValue') : formatDuration(ms);
}

/** When a frequency bucket starts: the day for daily buckets, the day and hour for hourly ones. */
export function formatBucketStart(start: number, bucket: ReportBucket, intl: IntlShape): string {
  return bucket === 'day'
    ? intl.formatDate(start, { weekday: 'short', day: 'numeric', month: 'short' })
    : intl.formatDate(start, { weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function bucketOf(bucketMinutes: number): ReportBucket {
  return bucketMinutes >= 24 * 60 ? 'day' : 'hour';
}
