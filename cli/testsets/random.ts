/**
 * Seeded randomness for the test-set generator. Every random choice goes through one `Rng`
 * (and one seeded faker), so a seed fully determines the output bytes.
 */
import seedrandom from "seedrandom";

export class Rng {
  private readonly next: () => number;

  constructor(seed: string) {
    // Alea: fast, well distributed, and stable across seedrandom versions.
    this.next = seedrandom.alea(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * Picks by weight: `[[value, weight], ...]`; weights need not sum to 1. Hot paths pass
   * module-level tables so no array is allocated per call.
   */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (let i = 0; i < entries.length; i++) total += entries[i][1];
    let roll = this.next() * total;
    for (let i = 0; i < entries.length; i++) {
      roll -= entries[i][1];
      if (roll < 0) return entries[i][0];
    }
    return entries[entries.length - 1][0];
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** `count` distinct integers from [0, size), in random order (partial Fisher-Yates). */
  sampleIndexes(size: number, count: number): number[] {
    const pool = Int32Array.from({ length: size }, (_, i) => i);
    const out: number[] = [];
    for (let i = 0; i < Math.min(count, size); i++) {
      const j = i + Math.floor(this.next() * (size - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      out.push(pool[i]);
    }
    return out;
  }
}

/** 32-bit FNV-1a of the seed text: faker wants a number, and seeds may be any integer. */
export function seedToUint32(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
