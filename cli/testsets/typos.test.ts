import { describe, expect, it } from "vitest";
import { Rng } from "./random";
import { applyPhoneticSlip, applyTypo, TYPO_KINDS } from "./typos";

const WORDS = ["Robert", "Elizabeth", "Anna", "O'Brien", "Lee", "McDonald", "Smith-Jones"];

describe("applyTypo", () => {
  it.each(TYPO_KINDS)("%s always changes the word and keeps its first letter", (kind) => {
    const rng = new Rng("typos");
    for (let round = 0; round < 50; round++) {
      for (const word of WORDS) {
        const typo = applyTypo(word, kind, rng);
        expect(typo).not.toBe(word);
        expect(typo[0]).toBe(word[0]);
        expect(Math.abs(typo.length - word.length)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("makes the expected shape of change", () => {
    const rng = new Rng("shapes");
    const sorted = (s: string) => [...s].sort().join("");
    const transposed = applyTypo("Robert", "transposition", rng);
    expect(transposed).toHaveLength(6);
    expect(sorted(transposed)).toBe(sorted("Robert"));
    expect(applyTypo("Robert", "deletion", rng)).toHaveLength(5);
    expect(applyTypo("Robert", "doubled", rng)).toHaveLength(7);
    const substituted = applyTypo("Robert", "substitution", rng);
    expect(substituted).toHaveLength(6);
    expect([...substituted].filter((c, i) => c !== "Robert"[i])).toHaveLength(1);
  });

  it("is deterministic for a seed", () => {
    const run = (seed: string) => {
      const rng = new Rng(seed);
      return WORDS.map((w) => applyTypo(w, rng.pick(TYPO_KINDS), rng));
    };
    expect(run("a")).toEqual(run("a"));
  });

  it("leaves one-letter words alone", () => {
    expect(applyTypo("J", "deletion", new Rng("x"))).toBe("J");
  });
});

describe("applyPhoneticSlip", () => {
  it("respells a name the way it sounds, keeping the first letter, deterministically", () => {
    const rng = new Rng("phonetic");
    for (const word of ["Stephanie", "Jackie", "Phillip", "Harriet", "Connor", "Al"]) {
      const slipped = applyPhoneticSlip(word, rng);
      expect(slipped).not.toBe(word);
      expect(slipped[0]).toBe(word[0]);
    }
    const a = new Rng("same");
    const b = new Rng("same");
    expect(applyPhoneticSlip("Stephanie", a)).toBe(applyPhoneticSlip("Stephanie", b));
  });

  it("knows the usual respellings", () => {
    const seen = new Set<string>();
    const rng = new Rng("many");
    for (let i = 0; i < 200; i++) seen.add(applyPhoneticSlip("Stephanie", rng));
    expect(seen).toContain("Stefanie");
    expect(seen).toContain("Stephany");
  });
});
