import type { IntlShape } from 'react-intl';
import type { Translate } from '../../i18n';
import type { ReportBucket } from '../../stores/reports-store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "45s", "12m", "3h 5m", "2d 4h" in the interface language; null is "no data", not zero. */
export function formatReportDuration(ms: number | null, t: Translate): string {
  if (ms === null) return t('reports.noValue');
  const value = Math.max(0, ms);
  if (value < MINUTE) return t('duration.seconds', { s: Math.floor(value / 1000) });
  if (value < HOUR) return t('duration.minutes', { m: Math.floor(value / MINUTE) });
  if (value < DAY) return t('duration.hoursMinutes', { h: Math.floor(value / HOUR), m: Math.floor((value % HOUR) / MINUTE) });
  return t('duration.daysHours', { d: Math.floor(value / DAY), h: Math.floor((value % DAY) / HOUR) });
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
