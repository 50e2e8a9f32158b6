import { describe, expect, it } from 'vitest';
import { deriveSeed, Random, WeightedTable } from '../../../main/backend/seed/random';

const draw = (rng: Random, count: number): number[] => Array.from({ length: count }, () => rng.next());

describe('Random', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(new Random(42), 50)).toEqual(draw(new Random(42), 50));
  });

  it('gives unrelated sequences for neighbouring seeds and streams', () => {
    expect(draw(new Random(1), 5)).not.toEqual(draw(new Random(2), 5));
    expect(deriveSeed(7, 1)).not.toBe(deriveSeed(7, 2));
    expect(deriveSeed(7, 1)).toBe(deriveSeed(7, 1));
  });

  it('accepts awkward seeds (negative, fractional, huge)', () => {
    for (const seed of [-1, 0.5, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER]) {
      const value = new Random(seed).next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('keeps int() within both inclusive bounds and reaches them', () => {
    const rng = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = rng.int(1, 6);
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('produces hex and alphabet strings of the exact length', () => {
    const rng = new Random(9);
    for (const length of [1, 7, 8, 40, 64]) expect(rng.hex(length)).toMatch(new RegExp(`^[0-9a-f]{${length}}$`));
    expect(rng.chars('ab', 33)).toMatch(/^[ab]{33}$/);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = new Random(11);
    const table = new WeightedTable<string>([
      ['often', 9],
      ['rarely', 1],
      ['never', 0],
    ]);
    const counts = { often: 0, rarely: 0, never: 0 };
    for (let i = 0; i < 5000; i++) counts[table.pick(rng) as keyof typeof counts]++;
    expect(counts.never).toBe(0);
    expect(counts.often / 5000).toBeGreaterThan(0.85);
    expect(rng.weightedPick(['a', 'b'], [0, 1])).toBe('b');
  });

  it('chance(0) is never true and chance(1) always', () => {
    const rng = new Random(5);
    for (let i = 0; i < 100; i++) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
    }
  });
});
