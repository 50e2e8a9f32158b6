import { currentIntl, translate } from '../i18n';
import { SLA_SOON_MINUTES } from '../../../preload/rules/sla-soon';

/**
 * Numbers, durations and times in the interface language. These read the language when called:
 * a component that shows their output subscribes to it (useT() or useIntlFormat()) so it
 * re-renders when the agent switches languages.
 */

export function formatCount(n: number): string {
  return currentIntl().formatNumber(n);
}

/** "45s", "12m", "3h 05m", "2d 4h" (or "12 min", "3 ч 05 мин", …): compact enough for a 56px row. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return translate('duration.seconds', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return translate('duration.minutes', { m });
  const h = Math.floor(m / 60);
  if (h < 24) return translate('duration.hoursMinutes', { h, m: String(m % 60).padStart(2, '0') });
  const d = Math.floor(h / 24);
  return translate('duration.daysHours', { d, h: h % 24 });
}

/** "0:07", "4:59", "1:02:30": a running stopwatch, for timers the agent watches tick. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60));
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export interface SlaLabel {
  text: string;
  breached: boolean;
  /** Less than 15 minutes left: worth a warning colour before it turns red. */
  soon: boolean;
}

export function slaLabel(dueAt: number | null, now: number): SlaLabel | null {
  if (dueAt === null) return null;
  const delta = dueAt - now;
  if (delta <= 0) return { text: translate('app.sla.breached', { duration: formatDuration(-delta) }), breached: true, soon: false };
  return { text: translate('app.sla.due', { duration: formatDuration(delta) }), breached: false, soon: delta < SLA_SOON_MINUTES * 60_000 };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "hace 3 h", "2 дня назад": how long ago, in the interface language. */
export function formatAgo(at: number | null, now: number): string {
  if (at === null) return translate('common.never');
  const delta = Math.max(0, now - at);
  if (delta < 5_000) return translate('common.justNow');
  const intl = currentIntl();
  const ago = (value: number, unit: 'second' | 'minute' | 'hour' | 'day') => intl.formatRelativeTime(-value, unit, { style: 'short', numeric: 'always' });
  if (delta < MINUTE) return ago(Math.floor(delta / 1000), 'second');
  if (delta < HOUR) return ago(Math.floor(delta / MINUTE), 'minute');
  if (delta < DAY) return ago(Math.floor(delta / HOUR), 'hour');
  return ago(Math.floor(delta / DAY), 'day');
}

/** "25 Nov, 14:30", "25 nov, 14:30", "25 нояб., 14:30", "11-25 14:30". */
export function formatTimestamp(at: number): string {
  return currentIntl().formatDate(at, { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** A token as words ("account_closure" → "Account closure"), for values no catalog names. */
export function humanize(token: string): string {
  const spaced = token.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
