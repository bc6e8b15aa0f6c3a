import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { comparePair, isGenderPair, type NameKnowledge } from "./compare";
import { matchClients } from "./engine";
import { isTableName } from "./nicknames";
import { prepareClient } from "./prepare";
import { buildSyntheticSet } from "@/tests/merge-synthetic";
import type { MatchClient, MatchResult } from "./types";

const set = buildSyntheticSet({ pimsCount: 4000, hdCount: 800, seed: 11 });

/** Deterministic Fisher-Yates with a tiny LCG, so the test itself is reproducible. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function byHd(results: MatchResult[]): Map<string, MatchResult> {
  return new Map(results.map((r) => [r.hdId, r]));
}

describe("matchClients on a synthetic practice", () => {
  const results = matchClients(set.hd, set.pims);

  it("returns one result per HD client, in input order", () => {
    expect(results.map((r) => r.hdId)).toEqual(set.hd.map((c) => c.id));
  });

  it("keeps every score in [0, 1] and consistent with the decision", () => {
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      if (r.decision === "merged") expect(r.score).toBeGreaterThanOrEqual(0.9);
      if (r.decision === "review") expect(r.score).toBeGreaterThanOrEqual(0.5);
      if (r.decision === "unmatched") {
        expect(r.pimsId).toBeNull();
      } else {
        expect(r.pimsId).not.toBeNull();
      }
    }
  });

  it("never drops a pet: every HD pet is linked or listed", () => {
    const hdPets = new Map(set.hd.map((c: MatchClient) => [c.id, c.pets.map((p) => p.id).sort()]));
    for (const r of results) {
      const seen = [...r.petLinks.map((l) => l.hdPetId), ...r.unlinkedHdPets].sort();
      expect(seen).toEqual(hdPets.get(r.hdId));
    }
  });

  it("gives the same results whatever the input order", () => {
    const again = byHd(matchClients(shuffled(set.hd, 1), shuffled(set.pims, 2)));
    expect(again.size).toBe(results.length);
    for (const r of results) expect(again.get(r.hdId)).toEqual(r);
  });

  it("merges precisely on the synthetic truth", () => {
    const merged = results.filter((r) => r.decision === "merged");
    const wrong = merged.filter((r) => set.truth.get(r.hdId) !== r.pimsId);
    expect(wrong).toEqual([]);
    expect(merged.length).toBeGreaterThan(set.truth.size * 0.9);
  });
});

describe("first names judged the same whichever side they are on", () => {
  // Names of the table, and slips of them (a letter dropped, doubled, changed, an ending added),
  // against a practice that counts some spellings as borne by its clients.
  const base = ["PAUL", "PAULA", "ANDREW", "ANDREA", "VICTOR", "VICTORIA", "HAROLD", "SALLY", "SARAH", "JOHN", "JOAN", "EMILE"];
  const borne = new Map<string, number>([
    ["PAUL", 12],
    ["PAULA", 9],
    ["ANDREW", 20],
    ["ANDREA", 15],
    ["HAROLD", 5],
    ["JOAN", 3],
  ]);
  const names: NameKnowledge = {
    isKnownFirstName: (name) => isTableName(name) || (borne.get(name) ?? 0) >= 2,
    firstNameCount: (name) => borne.get(name) ?? 0,
  };
  const slip = fc
    .tuple(fc.constantFrom(...base), fc.nat(8), fc.constantFrom("", "A", "E", "IE", "INA", "Y", "W"), fc.nat(2))
    .map(([name, at, ending, kind]) => {
      const i = at % name.length;
      const changed =
        kind === 0 ? name.slice(0, i) + name.slice(i + 1) : kind === 1 ? name.slice(0, i) + name[i] + name.slice(i) : name;
      return changed + ending;
    });
  const person = (id: string, firstName: string) =>
    prepareClient({
      id,
      firstName,
      lastName: "Reyes",
      street: null,
      city: null,
      state: null,
      zip: null,
      phones: [],
      email: null,
      pets: [],
    });

  it("gives the same level, kind and weight for (a, b) and (b, a)", () => {
    fc.assert(
      fc.property(slip, slip, (a, b) => {
        const ab = comparePair(person("a", a), person("b", b), names);
        const ba = comparePair(person("b", b), person("a", a), names);
        expect(ba.levels.firstName).toBe(ab.levels.firstName);
        expect(ba.levels.firstNameKind).toBe(ab.levels.firstNameKind);
        expect(isGenderPair(b, a)).toBe(isGenderPair(a, b));
        if (ab.levels.firstName !== "exact") expect(ba.weight).toBeCloseTo(ab.weight, 9);
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});
