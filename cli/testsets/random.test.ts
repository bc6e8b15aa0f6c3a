import { describe, expect, it } from "vitest";
import { Rng, seedToUint32 } from "./random";

describe("Rng", () => {
  it("repeats its sequence for a seed and differs across seeds", () => {
    const take = (seed: string) => {
      const rng = new Rng(seed);
      return Array.from({ length: 5 }, () => rng.float());
    };
    expect(take("1")).toEqual(take("1"));
    expect(take("1")).not.toEqual(take("2"));
  });

  it("int stays within inclusive bounds and reaches both ends", () => {
    const rng = new Rng("int");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("weighted follows the weights", () => {
    const rng = new Rng("weights");
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        rng.weighted([
          ["a", 9],
          ["b", 1],
        ] as const) === "a"
      )
        heavy += 1;
    expect(heavy).toBeGreaterThan(8700);
    expect(heavy).toBeLessThan(9300);
  });

  it("sampleIndexes returns distinct indexes in range", () => {
    const sample = new Rng("sample").sampleIndexes(1000, 300);
    expect(new Set(sample).size).toBe(300);
    expect(Math.min(...sample)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...sample)).toBeLessThan(1000);
    expect(new Rng("s").sampleIndexes(3, 10)).toHaveLength(3);
  });

  it("shuffle keeps the elements", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Rng("shuffle").shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});

describe("seedToUint32", () => {
  it("is stable and spreads nearby seeds", () => {
    expect(seedToUint32("42")).toBe(seedToUint32("42"));
    expect(seedToUint32("42")).not.toBe(seedToUint32("43"));
    expect(seedToUint32("-1")).toBeGreaterThanOrEqual(0);
  });
});
