import { currentIntl, translate } from '../i18n';

/** When a snoozed ticket comes back, for the picker's fixed choices. Local time; labels in the interface language. */

export type SnoozeChoiceId = '1h' | '4h' | 'tomorrow' | 'nextWeek';

export interface SnoozeChoice {
  id: SnoozeChoiceId;
  label: string;
  until: number;
}

const HOUR = 3_600_000;
const MORNING_HOUR = 9;

/** 1 hour, 4 hours, tomorrow at 9:00, next Monday at 9:00 (a week on from a Monday). */
export function snoozeChoices(now: Date): SnoozeChoice[] {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, MORNING_HOUR, 0, 0, 0);
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  const nextWeek = new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysToMonday, MORNING_HOUR, 0, 0, 0);
  const intl = currentIntl();
  const time = intl.formatTime(tomorrow, { hour: '2-digit', minute: '2-digit' });
  return [
    { id: '1h', label: translate('app.snooze.hours', { count: 1 }), until: now.getTime() + HOUR },
    { id: '4h', label: translate('app.snooze.hours', { count: 4 }), until: now.getTime() + 4 * HOUR },
    { id: 'tomorrow', label: translate('app.snooze.tomorrow', { time }), until: tomorrow.getTime() },
    { id: 'nextWeek', label: translate('app.snooze.nextWeek', { day: intl.formatDate(nextWeek, { weekday: 'long' }), time }), until: nextWeek.getTime() },
  ];
}

/** A <input type="datetime-local"> value ("2026-11-25T14:30") as epoch ms; null unless in the future. */
export function parseCustomSnooze(value: string, now: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, 0, 0);
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  return at.getTime() > now ? at.getTime() : null;
}

/** The datetime-local value for a time, for the custom field's default and minimum. */
export function toDateTimeLocal(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Wed 25 Nov, 14:30", "mié, 25 nov, 14:30", "ср, 25 нояб., 14:30". */
export function formatSnoozeUntil(at: number): string {
  return currentIntl().formatDate(at, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

// What ticket.update accepts.
const MAX_TAG_LENGTH = 50;
const MAX_TAGS = 30;

/** Tags as typed ("vip, kyc  ,vip") → a clean whole list, or the reason it is refused. */
export function parseTags(text: string): { tags: string[] } | { error: string } {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag === '') continue;
    if (tag.length > MAX_TAG_LENGTH) return { error: translate('app.tags.tooLong', { tag: tag.slice(0, 20), max: MAX_TAG_LENGTH }) };
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) return { error: translate('app.tags.tooMany', { max: MAX_TAGS }) };
  return { tags };
}
