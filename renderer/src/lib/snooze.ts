/** When a snoozed ticket comes back, for the picker's fixed choices. Local time, pure. */

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
  return [
    { id: '1h', label: '1 hour', until: now.getTime() + HOUR },
    { id: '4h', label: '4 hours', until: now.getTime() + 4 * HOUR },
    { id: 'tomorrow', label: 'Tomorrow 9:00', until: tomorrow.getTime() },
    { id: 'nextWeek', label: 'Next week (Monday 9:00)', until: nextWeek.getTime() },
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

const whenFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function formatSnoozeUntil(at: number): string {
  return whenFormat.format(new Date(at));
}

/** Tags as typed ("vip, kyc  ,vip") → a clean whole list, or the reason it is refused. */
export function parseTags(text: string): { tags: string[] } | { error: string } {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag === '') continue;
    if (tag.length > 50) return { error: `“${tag.slice(0, 20)}…” is longer than 50 characters.` };
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > 30) return { error: 'At most 30 tags per ticket.' };
  return { tags };
}
