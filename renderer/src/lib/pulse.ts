import type { SurgeSnapshot } from '../../../preload/contract/crisis-types';

export type PulseTotals = SurgeSnapshot['totals'];

/** The header shows a surge from this factor over the usual rate on. */
export const SURGE_SHOWN_FROM = 2;
/** A handful of tickets is never a surge, whatever the factor over a quiet night. */
export const SURGE_MIN_PER_MINUTE = 3;

/** Volume is rising: the last minute brought at least twice the usual rate, and more than a handful. */
export function surgeRising(totals: PulseTotals | null): boolean {
  if (totals === null || totals.surgeFactor === null) return false;
  return totals.surgeFactor >= SURGE_SHOWN_FROM && totals.incomingLastMinute >= SURGE_MIN_PER_MINUTE;
}

/** "12.4" → "12", "2.46" → "2.5": one decimal under 10, whole numbers above. */
export function roundFactor(factor: number): number {
  return factor >= 10 ? Math.round(factor) : Math.round(factor * 10) / 10;
}
