import { describe, expect, it } from 'vitest';
import { roundFactor, surgeRising, type PulseTotals } from '../../../renderer/src/lib/pulse';

const totals = (surgeFactor: number | null, incomingLastMinute: number): PulseTotals => ({
  open: 300,
  unassigned: 40,
  breached: 5,
  breachingSoon: 2,
  incomingLastMinute,
  incomingPerMinute: 1,
  surgeFactor,
  nextBreachInMs: null,
});

describe('the surge indicator in the header', () => {
  it('shows when the last minute brought at least twice the usual rate, and more than a handful', () => {
    expect(surgeRising(totals(3, 30))).toBe(true);
    expect(surgeRising(totals(2, 3))).toBe(true);
  });
  it('stays hidden on a normal day, on a quiet night and before there is a usual rate', () => {
    expect(surgeRising(totals(1.2, 40))).toBe(false);
    expect(surgeRising(totals(4, 2))).toBe(false);
    expect(surgeRising(totals(null, 50))).toBe(false);
    expect(surgeRising(null)).toBe(false);
  });
  it('rounds the factor to one decimal under ten, whole above', () => {
    expect(roundFactor(2.46)).toBe(2.5);
    expect(roundFactor(12.4)).toBe(12);
  });
});
