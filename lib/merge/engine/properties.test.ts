import { describe, expect, it } from "vitest";
import { matchClients } from "./engine";
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
