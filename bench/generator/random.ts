/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same agency, row for row, so runs on different
 * days or databases compare like with like. Never Math.random in the generator.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) {
      throw new Error('pick from an empty list');
    }
    return item;
  }

  /** `count` distinct items of the list. */
  sample<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, list.length)) {
      chosen.add(this.pick(list));
    }
    return [...chosen];
  }

  /** An item by weight: `weights[i]` is item i's share (they need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let point = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      point -= weights[i] ?? 0;
      if (point < 0) {
        return items[i] as T;
      }
    }
    return items[items.length - 1] as T;
  }

  /** A UUIDv7 for an instant, laid out as the app's (48-bit milliseconds, version, variant), with seeded random bits. */
  uuid(at: Date): string {
    const hex = (bits: number, digits: number) => bits.toString(16).padStart(digits, '0');
    const word = () => Math.floor(this.next() * 4294967296);
    const time = hex(at.getTime(), 12);
    const a = word();
    const b = word();
    const c = word();
    return `${time.slice(0, 8)}-${time.slice(8)}-${hex(0x7000 | (a & 0x0fff), 4)}-${hex(0x8000 | ((a >>> 12) & 0x3fff), 4)}-${hex(b, 8)}${hex(c & 0xffff, 4)}`;
  }
}

/**
 * Zipf-like weights for a vocabulary ranked by popularity: item i weighs 1 / (i + 1)^exponent, so a few terms are
 * very common and the tail is long (skills, employers).
 */
export function zipfWeights(count: number, exponent = 1): number[] {
  return Array.from({ length: count }, (_, i) => 1 / (i + 1) ** exponent);
}
