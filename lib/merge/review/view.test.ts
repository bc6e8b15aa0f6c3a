// The reviewer's view of a pair: verdicts per field from the engine's comparators (stored
// evidence first), and pets paired or listed on their own.
import { describe, expect, it } from "vitest";
import { compareFields, pairPets, type ShownClient } from "./view";
import type { MatchClient } from "../engine/types";

const client = (over: Partial<MatchClient>): MatchClient => ({
  id: "X",
  firstName: "Robert",
  lastName: "Jones",
  street: "10 ASH ST",
  city: "PORTLAND",
  state: "OR",
  zip: "97220",
  phones: ["+15035550106"],
  email: null,
  pets: [],
  ...over,
});
const shown = (c: MatchClient): ShownClient => ({
  id: c.id,
  name: `${c.firstName} ${c.lastName}`,
  street: c.street,
  cityState: c.city,
  zip: c.zip,
  phones: c.phones,
  email: c.email,
});

describe("compareFields", () => {
  it("names the engine's verdict per field, with why a close field is close", () => {
    const hd = client({ id: "H", firstName: "Bob", street: "10 N ASH ST", email: "bob@example.com" });
    const pims = client({ id: "P", phones: ["+15035550199"] });
    const rows = Object.fromEntries(compareFields(hd, pims, shown(hd), shown(pims)).map((r) => [r.field, r]));
    expect(rows.firstName).toMatchObject({
      hd: "Bob",
      pims: "Robert",
      level: "partial",
      detail: "known nickname or same first word",
    });
    expect(rows.lastName).toMatchObject({ level: "agree", detail: null });
    expect(rows.street).toMatchObject({ level: "partial", detail: "same house number, similar street" });
    expect(rows.zip.level).toBe("agree");
    expect(rows.phone.level).toBe("disagree");
    expect(rows.email).toMatchObject({ level: "missing", hd: "bob@example.com", pims: null });
    expect(rows.pets).toMatchObject({ level: "missing", hd: null, pims: null });
    // With a zip on both sides the engine does not weigh the city.
    expect(rows.city.level).toBe("not_scored");
  });

  it("prefers the levels the engine stored, and says when a shared placeholder was ignored", () => {
    const hd = client({ id: "H" });
    const pims = client({ id: "P" });
    const rows = Object.fromEntries(
      compareFields(hd, pims, shown(hd), shown(pims), { fields: { phone: "missing", firstName: "agree" } }).map((r) => [
        r.field,
        r,
      ]),
    );
    expect(rows.phone).toMatchObject({ level: "missing", detail: "not counted: a placeholder many records share" });
    expect(rows.firstName.level).toBe("agree");
  });

  it("explains a close field by the comparator level the engine stored", () => {
    // The engine knew this practice has nobody called "Jhon": a typo, not another person.
    const hd = client({ id: "H", firstName: "Jhon" });
    const pims = client({ id: "P", firstName: "John" });
    const stored = { fields: { firstName: "partial" as const }, levels: { firstName: "typo" } };
    const [first] = compareFields(hd, pims, shown(hd), shown(pims), stored);
    expect(first).toMatchObject({ level: "partial", detail: "one slip: most likely a typo" });
  });

  it("compares the city when a zip is missing", () => {
    const hd = client({ id: "H", zip: null });
    const pims = client({ id: "P", city: "SALEM" });
    const rows = Object.fromEntries(compareFields(hd, pims, shown(hd), shown(pims)).map((r) => [r.field, r]));
    expect(rows.zip.level).toBe("missing");
    expect(rows.city.level).toBe("disagree");
  });
});

describe("pairPets", () => {
  it("links pets by name and species (and birth date), and lists every other pet on its own", () => {
    const hd = client({
      id: "H",
      pets: [
        { id: "h1", name: "Buddy", species: "Dog", birthDate: "2018-01-01" },
        { id: "h2", name: "Luna", species: "Cat", birthDate: null },
        { id: "h3", name: "Max", species: "Dog", birthDate: "2015-05-05" },
      ],
    });
    const pims = client({
      id: "P",
      pets: [
        { id: "p1", name: "BUDDY", species: "Canine", birthDate: "2018-01-10" },
        { id: "p2", name: "Max", species: "Canine", birthDate: "2020-01-01" },
      ],
    });
    const pet = (id: string, name: string) => ({ id, name, species: null, breed: null, birthDate: null });
    const rows = pairPets(
      hd,
      pims,
      [pet("h1", "Buddy"), pet("h2", "Luna"), pet("h3", "Max")],
      [pet("p1", "BUDDY"), pet("p2", "Max")],
    );
    expect(rows.map((r) => [r.hd?.id ?? null, r.pims?.id ?? null, r.outcome, r.detail])).toEqual([
      ["h1", "p1", "linked", "same name, same species, birth dates 9 days apart"],
      ["h2", null, "alone", "no pet of a similar name on the other side"],
      ["h3", null, "alone", "same name and species, but born 5 years apart"],
      [null, "p2", "alone", "same name and species, but born 5 years apart"],
    ]);
  });

  it("names the fact that keeps two pets apart, never one both records agree on", () => {
    const hd = client({
      id: "H",
      pets: [
        { id: "h1", name: "Max", species: "Dog", birthDate: "2019-03-01" },
        { id: "h2", name: "Max", species: "Dog", birthDate: "2019-03-01" },
      ],
    });
    const pims = client({
      id: "P",
      pets: [
        { id: "p1", name: "Max", species: "Canine", birthDate: "2019-03-01" },
        { id: "p2", name: "Luna", species: "Cat", birthDate: null },
      ],
    });
    const cat = client({ id: "C", pets: [{ id: "c1", name: "Max", species: "Cat", birthDate: "2019-03-01" }] });
    const pet = (id: string, name: string) => ({ id, name, species: null, breed: null, birthDate: null });
    const twins = pairPets(hd, pims, [pet("h1", "Max"), pet("h2", "Max")], [pet("p1", "Max"), pet("p2", "Luna")]);
    expect(twins.find((r) => r.hd?.id === "h2")?.detail).toBe("its look-alike on the other side is linked to another pet");
    const species = pairPets(hd, cat, [pet("h1", "Max"), pet("h2", "Max")], [pet("c1", "Max")]);
    expect(species.find((r) => r.hd?.id === "h1")?.detail).toBe("same name, but a canine here and a feline on the other side");
  });
});
