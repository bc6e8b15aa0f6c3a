import { describe, expect, it } from "vitest";
import { memoizeNormalizer } from "./memo";
import { normalizeCity, normalizeFirstName } from "./normalize";

describe("memoizeNormalizer", () => {
  it("returns what the normalizer returns, computing each distinct value once", () => {
    const calls: (string | null | undefined)[] = [];
    const upper = memoizeNormalizer((v: string | null | undefined) => (calls.push(v), v ? v.toUpperCase() : null));
    expect([upper("ann"), upper("ann"), upper("bo"), upper("ann")]).toEqual(["ANN", "ANN", "BO", "ANN"]);
    expect(calls).toEqual(["ann", "bo"]);
  });

  it("passes empty and missing values straight through (never cached)", () => {
    const memo = memoizeNormalizer(normalizeFirstName);
    expect([memo(null), memo(undefined), memo("")]).toEqual([null, null, null]);
  });

  it("caches null results too", () => {
    let calls = 0;
    const memo = memoizeNormalizer(() => (calls++, null));
    memo("x");
    memo("x");
    expect(calls).toBe(1);
  });

  it("stays bounded: a full cache starts over and still answers correctly", () => {
    const memo = memoizeNormalizer(normalizeCity, 3);
    const inputs = ["Saint Helens", "Mount Hood", "Fort Worth", "Portland", "Saint Helens"];
    expect(inputs.map(memo)).toEqual(inputs.map(normalizeCity));
  });
});
