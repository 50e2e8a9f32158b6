import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../preload/contract/domain-types';
import { generateSeed } from '../../../main/backend/seed/generate-seed';
import { DEFAULT_SEED_TICKETS } from '../../../main/backend/index';
import { responseDueAt } from '../../../main/services/domain/sla-policy';
import { SOON_MINUTES } from '../../../main/services/domain/surge-stats';

// The seeded queue measured by the desk's own rules: responseDueAt is what the queue sorts and
// colours by, SOON_MINUTES what the surge view counts as breaching soon.

const NOW = Date.UTC(2026, 11, 7, 14, 30, 0);
const SOON = SOON_MINUTES * 60_000;
const isActive = (t: Ticket): boolean => t.status === 'new' || t.status === 'open' || t.status === 'pending';
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

function measure(ticketCount: number, seed: number) {
  const active = generateSeed({ ticketCount, seed, now: NOW }).tickets.filter(isActive);
  const clocks = active.map((t) => responseDueAt(t)).filter((due): due is number => due !== null);
  const breached = clocks.filter((due) => due <= NOW).length;
  const soon = clocks.filter((due) => due > NOW && due - NOW < SOON).length;
  const security = active.filter((t) => t.security);
  const escalated = security.filter((t) => t.escalatedAt !== null);
  const compromised = active.filter((t) => t.topic === 'account_compromise' || t.topic === 'phishing');
  return { active, clocks: clocks.length, breached, soon, within: clocks.length - breached - soon, security, escalated, compromised };
}

describe.each([
  { ticketCount: DEFAULT_SEED_TICKETS, seed: 42 },
  { ticketCount: 20_000, seed: 7 },
])('the seeded day at $ticketCount tickets (seed $seed)', ({ ticketCount, seed }) => {
  const day = measure(ticketCount, seed);
  console.log(
    `seeded day, ${ticketCount} tickets: of ${day.clocks} running SLA clocks ${percent(day.within, day.clocks)} within, ` +
      `${percent(day.soon, day.clocks)} near breach, ${percent(day.breached, day.clocks)} breached; ` +
      `${percent(day.escalated.length, day.security.length)} of ${day.security.length} open security cases in the security lane`,
  );

  it('keeps most clocks well within the SLA, some close to breach and a few breached', () => {
    expect(day.clocks).toBeGreaterThan(day.active.length / 2);
    expect(day.within / day.clocks).toBeGreaterThanOrEqual(0.8);
    expect(day.soon / day.clocks).toBeGreaterThanOrEqual(0.03);
    expect(day.breached / day.clocks).toBeGreaterThanOrEqual(0.01);
    expect(day.breached / day.clocks).toBeLessThanOrEqual(0.08);
  });

  it('has most security cases already escalated and acknowledged as the backend records it, a few left to escalate', () => {
    expect(day.escalated.length / day.security.length).toBeGreaterThanOrEqual(0.8);
    expect(day.escalated.length).toBeLessThan(day.security.length);
    // Frontline still finds compromise and phishing tickets nobody escalated yet.
    expect(day.compromised.filter((t) => t.escalatedAt === null).length).toBeGreaterThan(0);
    for (const t of day.escalated) {
      expect(t.priority).toBe('urgent');
      expect(t.tags).toContain('security');
      expect(t.escalatedAt).toBeGreaterThanOrEqual(t.createdAt);
      expect(t.escalatedAt).toBeLessThanOrEqual(NOW);
      if (t.acknowledgedAt !== null) expect(t.acknowledgedAt).toBeGreaterThanOrEqual(t.escalatedAt!);
      expect(t.updatedAt).toBeGreaterThanOrEqual(t.acknowledgedAt ?? t.escalatedAt!);
    }
    expect(day.escalated.filter((t) => t.acknowledgedAt !== null).length / day.escalated.length).toBeGreaterThan(0.9);
    expect(day.active.filter((t) => t.status === 'new' && t.escalatedAt !== null)).toEqual([]);
    expect(day.active.filter((t) => !t.security && t.escalatedAt !== null)).toEqual([]);
  });
});
