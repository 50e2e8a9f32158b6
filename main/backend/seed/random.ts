// Seeded pseudo-random numbers for synthetic data. mulberry32 is tiny and fast, and its
// quality is plenty for a demo workload; it must never be used for anything secret.

/** murmur3's finaliser: spreads neighbouring seeds (1, 2, 3…) into unrelated states. */
function avalanche(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Folds any number (negative, fractional, beyond 2^32) into a 32-bit seed. */
export function normalizeSeed(seed: number): number {
  const finite = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const low = finite >>> 0;
  const high = Math.floor(finite / 4294967296) >>> 0;
  return avalanche(low ^ avalanche(high + 0x9e3779b9));
}

/**
 * Derives an independent stream for one phase of generation, so that changing how much
 * randomness one phase consumes does not reshuffle every phase after it.
 */
export function deriveSeed(seed: number, stream: number): number {
  return avalanche(normalizeSeed(seed) ^ Math.imul(stream + 1, 0x9e3779b1));
}

const HEX_WORD_LENGTH = 8;

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = normalizeSeed(seed);
  }

  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Log-uniform in [min, max): waiting times and amounts look natural this way. */
  logUniform(min: number, max: number): number {
    return min * Math.pow(max / min, this.next());
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Linear scan; for hot loops prefer a prebuilt WeightedTable. */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length === 0 || items.length !== weights.length) {
      throw new Error('Random.weightedPick: items and weights must be non-empty and of equal length');
    }
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i] as number;
      if (target < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** Lower-case hexadecimal string of exactly `length` characters. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.nextUint32().toString(16).padStart(HEX_WORD_LENGTH, '0');
    return out.length === length ? out : out.slice(0, length);
  }

  /**
   * `length` characters drawn from `alphabet`. Several characters are cut from each 32-bit
   * draw (five base58 digits, nine decimal digits); the slight bias that leaves is irrelevant
   * for synthetic identifiers and saves most of the draws for long hashes.
   */
  chars(alphabet: string, length: number): string {
    const base = alphabet.length;
    const perWord = Math.max(1, Math.floor(32 / Math.log2(base)));
    let out = '';
    let word = 0;
    let left = 0;
    for (let i = 0; i < length; i++) {
      if (left === 0) {
        word = this.nextUint32();
        left = perWord;
      }
      out += alphabet.charAt(word % base);
      word = Math.floor(word / base);
      left--;
    }
    return out;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const held = items[i] as T;
      items[i] = items[j] as T;
      items[j] = held;
    }
    return items;
  }
}

/** Cumulative weights computed once, for picks inside loops over 100k items. */
export class WeightedTable<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('WeightedTable: no entries');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let running = 0;
    entries.forEach(([, weight], index) => {
      if (!(weight >= 0)) throw new Error('WeightedTable: weights must be non-negative');
      running += weight;
      this.cumulative[index] = running;
    });
    if (running <= 0) throw new Error('WeightedTable: total weight must be positive');
    this.total = running;
  }

  pick(rng: Random): T {
    const target = rng.next() * this.total;
    const cumulative = this.cumulative;
    for (let i = 0; i < cumulative.length; i++) {
      if (target < (cumulative[i] as number)) return this.items[i] as T;
    }
    return this.items[this.items.length - 1] as T;
  }
}
