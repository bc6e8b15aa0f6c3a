/**
 * Hand-written cases for the evidence the engine weighs by what the practice's own data says
 * (weights.ts): an initial by how many given names start with that letter, a shared pet by
 * how common its name is, the email as a way to tell housemates apart, and swapped names
 * inside a household that is beyond doubt. Each with the decision a careful person would make.
 */
import { describe, expect, it } from "vitest";
import { compareFirstNames, isGenderPair } from "./compare";
import { DEFAULT_LOWER, DEFAULT_UPPER, matchClients } from "./engine";
import { prepareClient } from "./prepare";
import type { MatchClient, MatchPet, MatchResult } from "./types";
import { initialWeight, petsAgreeWeight } from "./weights";

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

const HOME = { street: "4417 SE OAK ST", city: "PORTLAND", state: "OR", zip: "97214" };
const NEW_HOME = { street: "88 NW HILL RD", city: "BEAVERTON", state: "OR", zip: "97006" };
const PHONE = "+15035550142";
const pet = (id: string, name: string, birthDate: string | null = null): MatchPet => ({ id, name, species: "Canine", birthDate });

function only(hd: MatchClient, pims: MatchClient[]): MatchResult {
  const results = matchClients([hd], pims);
  expect(results).toHaveLength(1);
  return results[0];
}

/** A practice large enough for value frequencies to count (engine.ts), sharing nothing with the cases. */
function practice(extra: (i: number) => Partial<MatchClient> = () => ({})): MatchClient[] {
  return Array.from({ length: 1200 }, (_, i) =>
    client(`f${i}`, {
      firstName: `Given${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
      lastName: `Family${String.fromCharCode(65 + ((i * 7) % 26))}${i % 40}`,
      street: `${100 + i} ELM AVE`,
      zip: String(98000 + (i % 50)),
      ...extra(i),
    }),
  );
}

describe("evidence cases: initials", () => {
  it("weighs an initial by the letter: its own first letter says something, a nickname's letter nothing", () => {
    expect(initialWeight(false, null)).toBeGreaterThan(3);
    expect(initialWeight(false, 0.2)).toBeLessThan(initialWeight(false, 0.03));
    expect(initialWeight(true, null)).toBeLessThan(0);
  });

  it("merges an initial when the whole household agrees (address, phone, email, pet)", () => {
    const shared = { lastName: "Harvey", ...HOME, phones: [PHONE], email: "isabelharvey@example.com" };
    const r = only(client("h1", { firstName: "I", ...shared, pets: [pet("hp", "Bandit", "2022-04-04")] }), [
      client("p1", { firstName: "Isabel", ...shared, pets: [pet("pp", "Bandit", "2022-04-04")] }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("does not merge an initial that fits two members of the family in the PIMS", () => {
    const shared = { lastName: "Harvey", ...HOME, phones: [PHONE], email: "harveys@example.com" };
    const r = only(client("h1", { firstName: "J", ...shared }), [
      client("p1", { firstName: "John", ...shared }),
      client("p2", { firstName: "Jane", ...shared }),
    ]);
    expect(r.decision).toBe("review");
    expect(r.evidence.competitor?.side).toBe("pims");
  });
});

describe("evidence cases: pets against namesakes", () => {
  const moved = (pets: MatchPet[]) => client("h1", { firstName: "Sigrid", lastName: "Lindqvist", ...NEW_HOME, pets });
  const pimsSigrid = (pets: MatchPet[]) => client("p1", { firstName: "Sigrid", lastName: "Lindqvist", ...HOME, pets });

  it("merges a move without phone or email when the same rare-named pet is on both records", () => {
    const [r] = matchClients([moved([pet("hp", "Tiberius")])], [...practice(), pimsSigrid([pet("pp", "Tiberius")])]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.levels.pets).toBe("agree");
  });

  it("keeps it for review when every other client's dog is called that too", () => {
    const bellas = practice((i) => (i % 8 === 0 ? { pets: [pet(`b${i}`, "Bella")] } : {}));
    const [r] = matchClients([moved([pet("hp", "Bella")])], [...bellas, pimsSigrid([pet("pp", "Bella")])]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "review" });
    expect(petsAgreeWeight(1 / 8)).toBeLessThan(petsAgreeWeight(1 / 1200));
  });
});

describe("evidence cases: the email inside a household", () => {
  it("merges two spellings of one name (MELISA/MELISSA) when address, phone and email agree", () => {
    const shared = { lastName: "Pollich", ...HOME, phones: [PHONE], email: "mpollich@example.com" };
    const r = only(client("h1", { firstName: "Melisa", ...shared }), [client("p1", { firstName: "Melissa", ...shared })]);
    expect(
      compareFirstNames(
        prepareClient(client("a", { firstName: "Melisa" })),
        prepareClient(client("b", { firstName: "Melissa" })),
      ),
    ).toMatch(/similar|typo/);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("sends look-alike names at one address and phone to review when their emails differ (LOUIE/LOUISE)", () => {
    const shared = { lastName: "Robinson", ...HOME, phones: [PHONE] };
    const r = only(client("h1", { firstName: "Louie", ...shared, email: "louie.r@example.com" }), [
      client("p1", { firstName: "Louise", ...shared, email: "louise1990@example.com" }),
    ]);
    expect(r.decision).not.toBe("merged");
  });

  it("never merges a feminine form sharing the family's address, phone and email (DANIEL/DANIELLE)", () => {
    const shared = { lastName: "Reyes", ...HOME, phones: [PHONE], email: "reyes@example.com" };
    const r = only(client("h1", { firstName: "Danielle", ...shared }), [client("p1", { firstName: "Daniel", ...shared })]);
    expect(r.decision).toBe("review");
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_LOWER);
    expect(r.score).toBeLessThan(DEFAULT_UPPER);
  });

  it("reads a doubled last letter as a slip, not a feminine ending (EARNESTINE/EARNESTINEE)", () => {
    expect(isGenderPair("EARNESTINE", "EARNESTINEE")).toBe(false);
    expect(isGenderPair("LOUIS", "LOUISE")).toBe(true);
  });
});

describe("evidence cases: swapped names in one household", () => {
  it("merges a swapped nickname at the same address with nothing else on file", () => {
    const r = only(client("h1", { firstName: "Okafor", lastName: "Bob", ...HOME }), [
      client("p1", { firstName: "Robert", lastName: "Okafor", ...HOME }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.levels.nameOrder).toBe("swapped");
  });

  it("still prefers the names in their places when both readings live at the address", () => {
    const r = only(client("h1", { firstName: "Morgan", lastName: "Taylor", ...HOME }), [
      client("p1", { firstName: "Taylor", lastName: "Morgan", ...HOME }),
      client("p2", { firstName: "Morgan", lastName: "Taylor", ...HOME }),
    ]);
    expect(r.pimsId).toBe("p2");
    expect(r.decision).not.toBe("merged");
  });
});

describe("evidence cases: a man's and a woman's form of one name, and misspellings", () => {
  it("reads the two forms of one name, and not two spellings of one form", () => {
    for (const [a, b] of [
      ["VICTOR", "VICTORIA"],
      ["ANDREW", "ANDREA"],
      ["NICHOLAS", "NICHOLE"],
      ["PATRICK", "PATRICIA"],
      ["EUGENE", "EUGENIA"],
      ["EMILE", "EMILIE"],
      ["MARIO", "MARIA"],
    ]) {
      expect(isGenderPair(a, b), `${a}/${b}`).toBe(true);
    }
    for (const [a, b] of [
      ["EMMALEE", "EMMALEA"],
      ["MARIANE", "MARIANNE"],
      ["ANA", "ANNA"],
    ]) {
      expect(isGenderPair(a, b), `${a}/${b}`).toBe(false);
    }
  });

  // The practice bears both forms, so both are names: Andrew and Andrea at one address with
  // one phone are a couple or siblings, and no rule (phone + family name) raises them to review.
  const withBoth = practice((i) => (i < 4 ? { firstName: i % 2 ? "Andrea" : "Andrew" } : {}));

  it("leaves Andrea against Andrew at the family's address and phone unmatched", () => {
    const r = only(client("h1", { firstName: "Andrea", lastName: "Gray", ...HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Andrew", lastName: "Gray", ...HOME, phones: [PHONE] }),
      ...withBoth,
    ]);
    expect(r.decision).toBe("unmatched");
    expect(r.evidence.levels.firstName).toBe("similar");
  });

  it("reads a truncated spelling nobody in the practice bears as a slip, not a man's name (LOLIT/LOLITA)", () => {
    const lolitas = practice((i) => (i < 5 ? { firstName: "Lolita" } : {}));
    const r = only(client("h1", { firstName: "Lolit", lastName: "Baca", ...NEW_HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Lolita", lastName: "Baca", ...HOME, phones: [PHONE] }),
      ...lolitas,
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("merges a misspelling beyond one slip at the household (HWROL/HAROLD), a real name two slips off stays with a person", () => {
    const harolds = practice((i) => (i < 5 ? { firstName: "Harold" } : i < 8 ? { firstName: "Harald" } : {}));
    const household = { lastName: "Engel", ...HOME, phones: [PHONE] };
    const misspelt = only(client("h1", { firstName: "Hwrol", ...household }), [
      client("p1", { firstName: "Harold", ...household }),
      ...harolds,
    ]);
    expect(misspelt).toMatchObject({ pimsId: "p1", decision: "merged", evidence: { levels: { firstName: "similar" } } });
    // WILLOW and WILLIAM are both names in the practice: a relative as often as a slip.
    const willows = practice((i) => (i < 4 ? { firstName: i % 2 ? "Willow" : "William" } : {}));
    const alike = only(client("h2", { firstName: "Willow", ...household }), [
      client("p2", { firstName: "William", ...household }),
      ...willows,
    ]);
    expect(alike.decision).toBe("review");
  });

  it("keeps a small practice's gender forms with a person: too few clients to tell a name from a slip", () => {
    const r = only(client("h1", { firstName: "Victoria", lastName: "Lind", ...HOME, phones: [PHONE] }), [
      client("p1", { firstName: "Victor", lastName: "Lind", ...HOME, phones: [PHONE] }),
    ]);
    expect(r.decision).not.toBe("merged");
  });
});
