import { describe, expect, it } from "vitest";
import { DEFAULT_LOWER, DEFAULT_UPPER, matchClients } from "./engine";
import type { MatchClient, MatchResult } from "./types";

/** A client with every optional field empty; tests fill in what the case is about. */
function client(id: string, fields: Partial<MatchClient>): MatchClient {
  return {
    id,
    firstName: "",
    lastName: "",
    street: null,
    city: null,
    state: null,
    zip: null,
    phones: [],
    email: null,
    pets: [],
    ...fields,
  };
}

const HOME = { street: "123 N MAIN ST", city: "PORTLAND", state: "OR", zip: "97201" };
const PHONE = "+15035550100";

function only(hd: MatchClient, pims: MatchClient[], opts = {}): MatchResult {
  const results = matchClients([hd], pims, opts);
  expect(results).toHaveLength(1);
  return results[0];
}

describe("matchClients: who is the same person", () => {
  it("merges a nickname with the formal name at the same home", () => {
    const r = only(client("h1", { firstName: "Bob", lastName: "Smith", ...HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Robert", lastName: "Smith", ...HOME, phones: [PHONE] }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.fields.firstName).toBe("partial");
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_UPPER);
  });

  it("merges through a typo in the last name", () => {
    const r = only(client("h1", { firstName: "Sarah", lastName: "Jonson", ...HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Sarah", lastName: "Johnson", ...HOME, phones: [PHONE] }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.fields.lastName).toBe("partial");
    expect(r.evidence.rule).toBe("phone+lastName");
  });

  it("keeps family members at one address and phone apart (different first names)", () => {
    const hdMary = client("h1", { firstName: "Mary", lastName: "Smith", ...HOME, phones: [PHONE] });
    const pimsJohn = client("p1", { firstName: "John", lastName: "Smith", ...HOME, phones: [PHONE] });
    const alone = only(hdMary, [pimsJohn]);
    expect(alone.decision).toBe("unmatched");
    expect(alone.pimsId).toBeNull();
    expect(alone.score).toBeLessThan(0.2);

    const pimsMary = client("p2", { firstName: "Mary", lastName: "Smith", ...HOME, phones: [PHONE] });
    expect(only(hdMary, [pimsJohn, pimsMary])).toMatchObject({ pimsId: "p2", decision: "merged" });
  });

  it("does not merge household members who share an email either", () => {
    const shared = { ...HOME, phones: [PHONE], email: "smiths@example.com" };
    const r = only(client("h1", { firstName: "Mary", lastName: "Smith", ...shared }), [
      client("p1", { firstName: "John", lastName: "Smith", ...shared }),
    ]);
    expect(r.decision).not.toBe("merged");
    expect(r.score).toBeLessThan(DEFAULT_LOWER);
  });

  it("does not merge the same name in another town", () => {
    const hd = client("h1", {
      firstName: "John",
      lastName: "Smith",
      ...HOME,
      phones: [PHONE],
      email: "js@example.com",
    });
    const elsewhere = client("p1", {
      firstName: "John",
      lastName: "Smith",
      street: "9 OAK AVE",
      city: "EUGENE",
      state: "OR",
      zip: "97401",
      phones: ["+15415550199"],
      email: "john.smith@example.org",
    });
    expect(only(hd, [elsewhere]).decision).toBe("unmatched");

    // Even with nothing to disagree on but the address.
    const bare = only(client("h2", { firstName: "John", lastName: "Smith", ...HOME }), [
      client("p2", { firstName: "John", lastName: "Smith", street: "9 OAK AVE", zip: "97401" }),
    ]);
    expect(bare.decision).toBe("unmatched");
  });

  it("holds a namesake in the same zip without any shared contact for review", () => {
    const r = only(client("h1", { firstName: "John", lastName: "Smith", zip: "97201" }), [
      client("p1", { firstName: "John", lastName: "Smith", street: "9 OAK AVE", zip: "97201" }),
    ]);
    expect(r.decision).toBe("review");
    expect(r.pimsId).toBe("p1");
  });

  it("merges a client who moved, by phone and name", () => {
    const r = only(client("h1", { firstName: "Ana", lastName: "Lopez", ...HOME, phones: [PHONE] }), [
      client("p1", {
        firstName: "Ana",
        lastName: "Lopez",
        street: "77 PINE RD",
        city: "SALEM",
        zip: "97301",
        phones: ["+15035559999", PHONE],
      }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.fields.street).toBe("disagree");
  });

  it("merges a client who moved, by email and name, even with a new phone", () => {
    const r = only(client("h1", { firstName: "Ana", lastName: "Lopez", ...HOME, phones: [PHONE], email: "ana@example.com" }), [
      client("p1", {
        firstName: "Ana",
        lastName: "Lopez",
        street: "77 PINE RD",
        zip: "97301",
        phones: ["+15035559999"],
        email: "ana@example.com",
      }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.rule).toBe("email");
  });

  it("merges on email alone when the names agree (nickname too)", () => {
    const r = only(client("h1", { firstName: "Peggy", lastName: "Olson", email: "peggy@example.com" }), [
      client("p1", { firstName: "Margaret", lastName: "Olson", ...HOME, phones: [PHONE], email: "peggy@example.com" }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.fields.street).toBe("missing");
  });

  it("merges on phone alone when the names agree", () => {
    const r = only(client("h1", { firstName: "Liz", lastName: "Taylor", phones: [PHONE] }), [
      client("p1", { firstName: "Elizabeth", lastName: "Taylor", ...HOME, phones: [PHONE] }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("sends a first-name look-alike in the same household to review, not merge", () => {
    const r = only(client("h1", { firstName: "Jon", lastName: "Reyes", ...HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Jan", lastName: "Reyes", ...HOME, phones: [PHONE] }),
    ]);
    expect(r.decision).toBe("review");
  });

  it("leaves a man's and a woman's form of one name in one household unmatched: two people", () => {
    const r = only(client("h1", { firstName: "Danielle", lastName: "Reyes", ...HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Daniel", lastName: "Reyes", ...HOME, phones: [PHONE] }),
    ]);
    expect(r.decision).toBe("unmatched");
  });

  it("uses the deterministic pet rule for a renamed, moved owner", () => {
    const pet = { id: "x", name: "Biscuit", species: "Dog", birthDate: "2019-05-04" };
    const r = only(client("h1", { firstName: "Kim", lastName: "Park", ...HOME, pets: [{ ...pet, id: "hp1" }] }), [
      client("p1", {
        firstName: "Kimberly",
        lastName: "Park",
        street: "5 ELM ST",
        zip: "97302",
        pets: [{ ...pet, id: "pp1", species: "Canine" }],
      }),
    ]);
    expect(r.evidence.rule).toBe("pet");
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("treats a phone on many PIMS clients as a placeholder, not as evidence", () => {
    const clinicPhone = "+15035551234";
    const strangers = Array.from({ length: 30 }, (_, i) =>
      client(`p${i + 10}`, { firstName: `Name${i}`, lastName: `Other${i}`, phones: [clinicPhone] }),
    );
    const annAtClinicPhone = client("p1", {
      firstName: "Ann",
      lastName: "Lee",
      street: "8 FIR ST",
      zip: "97005",
      phones: [clinicPhone],
    });
    const r = only(client("h1", { firstName: "Ann", lastName: "Lee", phones: [clinicPhone] }), [...strangers, annAtClinicPhone]);
    expect(r.pimsId).toBe("p1"); // still found, by name
    expect(r.evidence.fields.phone).toBe("missing");
    expect(r.decision).toBe("review");
  });

  it("returns a result with score 0 when nothing shares a blocking key", () => {
    const r = only(client("h1", { firstName: "Zed", lastName: "Quux", ...HOME }), [
      client("p1", { firstName: "Amy", lastName: "Brown", street: "1 ELM ST", zip: "99999" }),
    ]);
    expect(r).toMatchObject({ pimsId: null, decision: "unmatched", score: 0 });
  });
});

describe("matchClients: one-to-one", () => {
  const pimsAnn = client("p1", { firstName: "Ann", lastName: "Lee", ...HOME, phones: [PHONE] });

  it("sends two HD clients wanting one PIMS client to review", () => {
    const results = matchClients(
      [
        client("h1", { firstName: "Ann", lastName: "Lee", ...HOME, phones: [PHONE] }),
        client("h2", { firstName: "Ann", lastName: "Lee", ...HOME, phones: [PHONE] }),
      ],
      [pimsAnn],
    );
    for (const r of results) {
      expect(r).toMatchObject({ pimsId: "p1", decision: "review" });
      expect(r.reasons.join(" ")).toMatch(/conflict/);
    }
  });

  it("lets a clear winner merge and sends the weaker claimant to review", () => {
    const [strong, weak] = matchClients(
      [
        client("h1", { firstName: "Ann", lastName: "Lee", ...HOME, phones: [PHONE] }),
        client("h2", { firstName: "Ann", lastName: "Lee", zip: "97201" }),
      ],
      [pimsAnn],
    );
    expect(strong).toMatchObject({ hdId: "h1", pimsId: "p1", decision: "merged" });
    expect(weak).toMatchObject({ hdId: "h2", pimsId: "p1", decision: "review" });
  });

  it("sends one HD client with two equally good PIMS candidates to review", () => {
    const duplicate = { ...pimsAnn, id: "p2" };
    const r = only(client("h1", { firstName: "Ann", lastName: "Lee", ...HOME, phones: [PHONE] }), [pimsAnn, duplicate]);
    expect(r.decision).toBe("review");
    expect(r.pimsId).toBe("p1"); // ties go to the smaller id, whatever the input order
    expect(r.reasons.join(" ")).toMatch(/ambiguous/);
  });

  it("never merges one PIMS client twice on a synthetic set", async () => {
    const { buildSyntheticSet } = await import("@/tests/merge-synthetic");
    const set = buildSyntheticSet({ pimsCount: 3000, hdCount: 600, seed: 7 });
    const merged = matchClients(set.hd, set.pims).filter((r) => r.decision === "merged");
    expect(new Set(merged.map((r) => r.pimsId)).size).toBe(merged.length);
  });
});

describe("matchClients: rejected and already linked pairs", () => {
  const hd = client("h1", { firstName: "Bob", lastName: "Smith", ...HOME, phones: [PHONE] });
  const p1 = client("p1", { firstName: "Robert", lastName: "Smith", ...HOME, phones: [PHONE] });

  it("never proposes a rejected pair again", () => {
    const r = only(hd, [p1], { rejectedPairs: new Set(["h1|p1"]) });
    expect(r).toMatchObject({ pimsId: null, decision: "unmatched" });
  });

  it("falls back to the next candidate when the best pair was rejected", () => {
    const p2 = client("p2", { firstName: "Bob", lastName: "Smith", zip: "97201" });
    const r = only(hd, [p1, p2], { rejectedPairs: new Set(["h1|p1"]) });
    expect(r.pimsId).toBe("p2");
    expect(r.decision).toBe("review");
  });

  it("skips PIMS clients already linked to someone", () => {
    const r = only(hd, [p1], { alreadyLinkedPims: new Set(["p1"]) });
    expect(r.pimsId).toBeNull();
  });

  it("rejects thresholds in the wrong order", () => {
    expect(() => matchClients([hd], [p1], { upper: 0.4, lower: 0.6 })).toThrow(RangeError);
  });
});
