/**
 * Deterministic pseudo-random numbers. Every customer gets its own generators, seeded from
 * (seed, customer index, stream), so any customer can be generated without the ones before it and the
 * chunk size never changes a row. The generator is sfc32: 128 bits of state, so the streams of a
 * million customers do not overlap (a 32-bit generator such as mulberry32 would, and repeat UUIDs).
 */

/** MurmurHash3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Char codes of '0'-'9', 'a'-'f'. */
const HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/**
 * UUIDs are assembled as char codes in one buffer and turned into a flat string at once: concatenating
 * hex pieces builds a rope of small strings per id, several times slower and heavier at millions of rows.
 */
const UUID_CODES: number[] = Array.from({ length: 36 }, () => 45);

function putHex(position: number, value: number, nibbles: number): void {
  let rest = value;
  for (let i = nibbles - 1; i >= 0; i--) {
    UUID_CODES[position + i] = HEX_CODES[rest & 15] ?? 48;
    rest >>>= 4;
  }
}

/** A table for drawing values by relative weight; build once at module level, draw many times. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (entries.length === 0) throw new RangeError('weighted() needs at least one entry');
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (!(weight >= 0)) throw new RangeError(`weight must be >= 0, got ${weight}`);
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (total <= 0) throw new RangeError('weighted() needs a positive total weight');
  return { values, cumulative, total };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seeds from any list of integers (each reduced to its low 53 bits). */
  constructor(...words: readonly number[]) {
    let h = 0x9e3779b9;
    const state = [0, 0, 0, 0];
    for (const [position, word] of words.entries()) {
      const low = word >>> 0;
      const high = Math.floor(word / 0x1_0000_0000) >>> 0;
      h = fmix32(h ^ fmix32(low + position * 0x632be5ab));
      h = fmix32(h ^ fmix32(high + 0x7f4a7c15));
    }
    for (let i = 0; i < 4; i++) {
      h = fmix32(h + 0x9e3779b9 + i);
      state[i] = h;
    }
    this.a = state[0] ?? 0;
    this.b = state[1] ?? 0;
    this.c = state[2] ?? 0;
    this.d = state[3] ?? 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Next uint32. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  real(min: number, max: number): number {
    return min + this.float() * (max - min);
  }

  /** Log-uniform real in [min, max): amounts spread over orders of magnitude, small ones more often. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.real(Math.log(min), Math.log(max)));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new RangeError('pick() from an empty list');
    return item;
  }

  draw<T>(table: WeightedTable<T>): T {
    const target = this.float() * table.total;
    const { cumulative, values } = table;
    let index = 0;
    while (index < cumulative.length - 1 && (cumulative[index] ?? 0) <= target) index++;
    const value = values[index];
    if (value === undefined) throw new RangeError('draw() from an empty table');
    return value;
  }

  /** `count` random decimal digits. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(Math.floor(this.float() * 10));
    return out;
  }

  /** A version-4-shaped UUID (122 random bits). */
  uuid(): string {
    const a = this.next();
    const b = this.next();
    const c = this.next();
    const d = this.next();
    putHex(0, a, 8);
    putHex(9, b >>> 16, 4);
    putHex(14, (b & 0x0fff) | 0x4000, 4);
    putHex(19, ((c >>> 16) & 0x3fff) | 0x8000, 4);
    putHex(24, c & 0xffff, 4);
    putHex(28, d, 8);
    return String.fromCharCode(...UUID_CODES);
  }
}

/** Independent streams of one customer: changing how one part is generated never shifts another. */
export const Stream = {
  profile: 1,
  loans: 2,
  payments: 3,
  collaterals: 4,
  workflow: 5,
  agents: 6,
} as const;

export function customerRng(seed: number, customerIndex: number, stream: number): Rng {
  return new Rng(seed, customerIndex, stream);
}
