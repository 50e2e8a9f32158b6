import { describe, expect, it } from 'vitest';
import { parseCustomSnooze, parseTags, snoozeChoices, toDateTimeLocal } from '../../../renderer/src/lib/snooze';

describe('snooze choices (local time)', () => {
  it('1 hour, 4 hours, tomorrow 9:00, next Monday 9:00', () => {
    const wednesday = new Date(2026, 10, 25, 14, 30); // Wed 25 Nov 2026, 14:30
    const [hour, four, tomorrow, nextWeek] = snoozeChoices(wednesday);
    expect(hour!.until - wednesday.getTime()).toBe(3_600_000);
    expect(four!.until - wednesday.getTime()).toBe(4 * 3_600_000);
    expect(new Date(tomorrow!.until)).toEqual(new Date(2026, 10, 26, 9, 0));
    expect(new Date(nextWeek!.until)).toEqual(new Date(2026, 10, 30, 9, 0));
  });

  it('"next week" from a Monday is the Monday after, across a month end', () => {
    const monday = new Date(2026, 10, 30, 8, 0);
    expect(new Date(snoozeChoices(monday)[3]!.until)).toEqual(new Date(2026, 11, 7, 9, 0));
    const sunday = new Date(2026, 10, 29, 23, 0);
    expect(new Date(snoozeChoices(sunday)[3]!.until)).toEqual(new Date(2026, 10, 30, 9, 0));
  });

  it('a custom time must be a real date in the future', () => {
    const now = new Date(2026, 10, 25, 14, 30).getTime();
    expect(parseCustomSnooze('2026-11-25T15:00', now)).toBe(new Date(2026, 10, 25, 15, 0).getTime());
    expect(parseCustomSnooze('2026-11-25T14:00', now)).toBeNull();
    expect(parseCustomSnooze('2026-02-30T10:00', now)).toBeNull();
    expect(parseCustomSnooze('tomorrow', now)).toBeNull();
    expect(toDateTimeLocal(new Date(2026, 0, 5, 7, 3).getTime())).toBe('2026-01-05T07:03');
  });
});

describe('tags as typed', () => {
  it('trims, drops empties and duplicates, keeps the order', () => {
    expect(parseTags(' vip, kyc ,, vip,withdrawal delay ')).toEqual({ tags: ['vip', 'kyc', 'withdrawal delay'] });
    expect(parseTags('')).toEqual({ tags: [] });
  });

  it('refuses what ticket.update would refuse', () => {
    expect(parseTags('x'.repeat(51))).toHaveProperty('error');
    expect(parseTags(Array.from({ length: 31 }, (_, i) => `t${i}`).join(','))).toHaveProperty('error');
  });
});
