/**
 * Hand-written hard cases for thin records (no phone, email or pets to lean on), each with the
 * decision a careful person would make: names swapped or split by a space, a house number or
 * ZIP mistyped, a move with nothing but the name left, and the household rule that keeps a
 * father and son (or a new occupant) with the same name from being merged on their own.
 */
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES_PER_RECORD } from "./blocking";
import { compareStreets, isHouseNumberSlip, isZipSlip } from "./compare";
import { DEFAULT_LOWER, DEFAULT_UPPER, matchClients } from "./engine";
import { streetLine } from "./street";
import type { MatchClient, MatchResult, MatchStats } from "./types";

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

function only(hd: MatchClient, pims: MatchClient[]): MatchResult {
  const [result] = matchClients([hd], pims);
  return result;
}

/**
 * A practice large enough for name frequencies to count (engine.ts), none of its clients
 * sharing a name, street or ZIP with the cases below.
 */
const PRACTICE: MatchClient[] = Array.from({ length: 1200 }, (_, i) =>
  client(`f${i}`, {
    firstName: `Given${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
    lastName: `Family${String.fromCharCode(65 + ((i * 7) % 26))}${i % 40}`,
    street: `${100 + i} ELM AVE`,
    zip: String(98000 + (i % 50)),
  }),
);

describe("thin cases: names", () => {
  it("merges first and last name typed in each other's place at the same address, and says so", () => {
    const r = only(client("h1", { firstName: "Walker", lastName: "Daniel", ...HOME }), [
      client("p1", { firstName: "Daniel", lastName: "Walker", ...HOME }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1" });
    expect(r.decision).not.toBe("unmatched");
    expect(r.evidence.levels.nameOrder).toBe("swapped");
    expect(r.reasons.join(" ")).toMatch(/names swapped/);
  });

  it("compares a swapped pair that shares no address key (crosswise name blocking), but a move on top is too little", () => {
    const r = only(client("h1", { firstName: "Okafor", lastName: "Chidi", street: "12 PINE ST", zip: "97214" }), [
      client("p1", { firstName: "Chidi", lastName: "Okafor", street: "9 CEDAR AVE", zip: "97006" }),
    ]);
    expect(r.reasons.join(" ")).toMatch(/best candidate PIMS p1 scored/);
    expect(r.evidence.levels.nameOrder).toBe("swapped");
    expect(r.decision).toBe("unmatched");
  });

  it("prefers names in their places over a crosswise reading", () => {
    const r = only(client("h1", { firstName: "Morgan", lastName: "Taylor", ...HOME }), [
      client("p1", { firstName: "Taylor", lastName: "Morgan", ...HOME }),
      client("p2", { firstName: "Morgan", lastName: "Taylor", ...HOME }),
    ]);
    expect(r).toMatchObject({ pimsId: "p2" });
    expect(r.evidence.levels.nameOrder).toBeUndefined();
  });

  it.each([
    ["Wil liam", "William"],
    ["Mary Ann", "Maryann"],
    ["wi l", "Wil"],
  ])("reads a space inside a given name (%s / %s) as no space", (typed, filed) => {
    const r = only(client("h1", { firstName: typed, lastName: "Okafor", ...HOME }), [
      client("p1", { firstName: filed, lastName: "Okafor", ...HOME }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.fields.firstName).not.toBe("disagree");
  });

  it("reads a family name split by spaces as one (De La Cruz / Delacruz)", () => {
    const r = only(client("h1", { firstName: "Rosa", lastName: "De La Cruz", ...HOME }), [
      client("p1", { firstName: "Rosa", lastName: "Delacruz", ...HOME }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });
});

describe("thin cases: addresses", () => {
  it("tells a house-number slip from the house next door", () => {
    expect(isHouseNumberSlip("4417", "4471")).toBe(true); // swapped digits
    expect(isHouseNumberSlip("4417", "417")).toBe(true); // one dropped
    expect(isHouseNumberSlip("4417", "44177")).toBe(true); // one doubled
    expect(isHouseNumberSlip("4417", "4419")).toBe(false); // a neighbour's number
    const s = (line: string) => streetLine(line);
    expect(compareStreets(s("4417 SE OAK ST"), s("4471 SE OAK ST"))).toBe("number_typo");
    expect(compareStreets(s("4417 SE OAK ST"), s("4471 SE ELM ST"))).toBe("disagree");
  });

  it("finds and merges the same person with a mistyped house number and a mistyped given name, no contact data", () => {
    const r = only(client("h1", { firstName: "Marsye", lastName: "Okafor", street: "4471 SE OAK ST", zip: "97214" }), [
      client("p1", { firstName: "Maryse", lastName: "Okafor", ...HOME }),
    ]);
    expect(r.pimsId).toBe("p1");
    expect(r.evidence.levels.street).toBe("number_typo");
    expect(r.decision).not.toBe("unmatched");
  });

  it("finds the same person with a ZIP one digit off (same street and house)", () => {
    expect(isZipSlip("97214", "97241")).toBe(true);
    expect(isZipSlip("97214", "97219")).toBe(true);
    expect(isZipSlip("97214", "97006")).toBe(false);
    const r = only(client("h1", { firstName: "Chidi", lastName: "Okafor", ...HOME, zip: "97241" }), [
      client("p1", { firstName: "Chidi", lastName: "Okafor", ...HOME }),
    ]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
    expect(r.evidence.levels.zip).toBe("typo");
  });

  it("sends a move with no phone, email or pet to review when the name is rare in the practice, never merges it", () => {
    const pims = [...PRACTICE, client("p1", { firstName: "Sigrid", lastName: "Lindqvist", ...HOME })];
    const [r] = matchClients(
      [client("h1", { firstName: "Sigrid", lastName: "Lindqvist", street: "88 NW HILL RD", zip: "97006" })],
      pims,
    );
    expect(r).toMatchObject({ pimsId: "p1", decision: "review" });
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_LOWER);
    expect(r.score).toBeLessThan(DEFAULT_UPPER);
    expect(r.evidence.levels.zip).toBe("moved");
  });

  it("leaves a common name that moved without contact data unmatched: namesakes are likelier", () => {
    const common = Array.from({ length: 60 }, (_, i) =>
      client(`s${i}`, { firstName: i % 2 ? "James" : "Jim", lastName: "Smith", street: `${200 + i} MAPLE DR`, zip: "98100" }),
    );
    const pims = [...PRACTICE, ...common, client("p1", { firstName: "James", lastName: "Smith", ...HOME })];
    const [r] = matchClients(
      [client("h1", { firstName: "James", lastName: "Smith", street: "88 NW HILL RD", zip: "97006" })],
      pims,
    );
    expect(r.decision).not.toBe("merged");
  });
});

describe("thin cases: households", () => {
  const father = client("p1", {
    firstName: "Robert",
    lastName: "Okafor",
    ...HOME,
    phones: ["+15035550142"],
    email: "rob.okafor@example.com",
  });

  it("holds the same full name at the same address for review when every phone and email differs", () => {
    const r = only(
      client("h1", { firstName: "Robert", lastName: "Okafor", ...HOME, phones: ["+15035550977"], email: "bobby.o@example.com" }),
      [father],
    );
    expect(r).toMatchObject({ pimsId: "p1", decision: "review" });
    expect(r.reasons.join(" ")).toMatch(/household/);
  });

  it("still merges the same full name and address when a phone or email agrees", () => {
    const r = only(
      client("h1", { firstName: "Robert", lastName: "Okafor", ...HOME, phones: ["+15035550142"], email: "bobby.o@example.com" }),
      [father],
    );
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("never merges JR with SR, even with the same phone", () => {
    const r = only(client("h1", { firstName: "Robert", lastName: "Okafor Jr.", ...HOME, phones: ["+15035550142"] }), [
      client("p1", { firstName: "Robert", lastName: "Okafor Sr", ...HOME, phones: ["+15035550142"] }),
    ]);
    expect(r.decision).not.toBe("merged");
    expect(r.reasons.join(" ")).toMatch(/generation/);
  });

  it("reads a suffix on one side only as the same family name", () => {
    const r = only(client("h1", { firstName: "Robert", lastName: "Okafor III", ...HOME, phones: ["+15035550142"] }), [father]);
    expect(r).toMatchObject({ pimsId: "p1", decision: "merged" });
  });

  it("keeps a different first name at the family's address a different person", () => {
    const r = only(client("h1", { firstName: "Grace", lastName: "Okafor", ...HOME }), [father]);
    expect(r.decision).toBe("unmatched");
  });
});

describe("thin cases: blocking stays bounded", () => {
  it("compares at most MAX_CANDIDATES_PER_RECORD PIMS clients with one record, smallest blocks first", () => {
    const smiths = Array.from({ length: 240 }, (_, i) =>
      client(`a${i}`, { firstName: "John", lastName: "Smith", street: `${300 + i} ASH ST`, zip: "97214" }),
    );
    const street = Array.from({ length: 240 }, (_, i) =>
      client(`b${i}`, { firstName: `Other${i}`, lastName: `Person${i}`, street: "4417 SE OAK ST", zip: String(97300 + i) }),
    );
    let stats: MatchStats | null = null;
    const [r] = matchClients(
      [client("h1", { firstName: "John", lastName: "Smith", ...HOME })],
      [...smiths, ...street, client("p1", { firstName: "John", lastName: "Smith", ...HOME })],
      {
        onStats: (s) => (stats = s),
      },
    );
    expect(r.pimsId).toBe("p1"); // its house + ZIP block is the smallest, so it is always compared
    expect(stats!.maxPairsPerHd).toBeLessThanOrEqual(MAX_CANDIDATES_PER_RECORD);
    expect(stats!.cappedHd).toBe(1);
  });
});
