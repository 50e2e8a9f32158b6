import type { IntlShape } from 'react-intl';
import type { Translate } from '../../i18n';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "45s", "12m", "3h 5m", "2d 4h" in the interface language (the shared duration messages). */
export function durationText(t: Translate, ms: number): string {
  const clamped = Math.max(0, ms);
  if (clamped < MINUTE) return t('duration.seconds', { s: Math.floor(clamped / SECOND) });
  if (clamped < HOUR) return t('duration.minutes', { m: Math.floor(clamped / MINUTE) });
  if (clamped < DAY) return t('duration.hoursMinutes', { h: Math.floor(clamped / HOUR), m: Math.floor((clamped % HOUR) / MINUTE) });
  return t('duration.daysHours', { d: Math.floor(clamped / DAY), h: Math.floor((clamped % DAY) / HOUR) });
}

/** A surge factor or a rate: one decimal while it is small, whole numbers once it is large. */
export function rateText(intl: IntlShape, value: number): string {
  return intl.formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
}

/** A minute's end as a clock time, the way the charts' axis shows it. */
export function clockText(intl: IntlShape, at: number): string {
  return intl.formatTime(at, { hour: '2-digit', minute: '2-digit' });
}
