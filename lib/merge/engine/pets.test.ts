import { describe, expect, it } from "vitest";
import { matchClients } from "./engine";
import type { MatchClient, MatchPet } from "./types";

const HOME = { street: "40 BIRCH LN", city: "BEND", state: "OR", zip: "97701" };
const PHONE = "+15415550123";

function owner(id: string, firstName: string, pets: MatchPet[]): MatchClient {
  return { id, firstName, lastName: "Nguyen", ...HOME, phones: [PHONE], email: null, pets };
}
const pet = (id: string, name: string, species: string, birthDate: string | null = null): MatchPet => ({
  id,
  name,
  species,
  birthDate,
});

describe("pets inside a linked pair", () => {
  it("links pets by name, species and birth date, and lists the rest on both sides", () => {
    const [r] = matchClients(
      [
        owner("h1", "Linh", [
          pet("hp-max", "Max", "Dog", "2018-03-01"),
          pet("hp-bella", "bella", "Cat"),
          pet("hp-rex", "Rex", "Dog"),
          pet("hp-coco", "Coco", "Cat", "2015-01-01"),
        ]),
      ],
      [
        owner("p1", "Linh", [
          pet("pp-max", "MAXX", "Canine", "2018-03-10"), // typo + estimated birthday
          pet("pp-bella", "Bella", "Feline", "2020-06-01"), // HD has no birth date: fine
          pet("pp-luna", "Luna", "Canine"),
          pet("pp-coco", "Coco", "Feline", "2021-09-09"), // another Coco: born years later
        ]),
      ],
    );
    expect(r.decision).toBe("merged");
    expect(r.petLinks).toEqual([
      { hdPetId: "hp-bella", pimsPetId: "pp-bella" },
      { hdPetId: "hp-max", pimsPetId: "pp-max" },
    ]);
    expect(r.unlinkedHdPets).toEqual(["hp-coco", "hp-rex"]);
    expect(r.unlinkedPimsPets).toEqual(["pp-coco", "pp-luna"]);
  });

  it("does not link a dog and a cat with the same name", () => {
    const [r] = matchClients(
      [owner("h1", "Linh", [pet("hp1", "Pepper", "Dog")])],
      [owner("p1", "Linh", [pet("pp1", "Pepper", "Cat")])],
    );
    expect(r.petLinks).toEqual([]);
    expect(r.unlinkedHdPets).toEqual(["hp1"]);
    expect(r.unlinkedPimsPets).toEqual(["pp1"]);
  });

  it("pairs two same-named pets one-to-one, the exact birthday first", () => {
    const [r] = matchClients(
      [owner("h1", "Linh", [pet("hp1", "Shadow", "Cat", "2016-02-02"), pet("hp2", "Shadow", "Cat")])],
      [owner("p1", "Linh", [pet("pp1", "Shadow", "Cat"), pet("pp2", "Shadow", "Cat", "2016-02-02")])],
    );
    expect(r.petLinks).toEqual([
      { hdPetId: "hp1", pimsPetId: "pp2" },
      { hdPetId: "hp2", pimsPetId: "pp1" },
    ]);
  });

  it("keeps every HD pet listed when the client is unmatched", () => {
    const [r] = matchClients([owner("h1", "Linh", [pet("hp1", "Mochi", "Cat"), pet("hp2", "Tofu", "Dog")])], []);
    expect(r.decision).toBe("unmatched");
    expect(r.petLinks).toEqual([]);
    expect(r.unlinkedHdPets).toEqual(["hp1", "hp2"]);
    expect(r.unlinkedPimsPets).toEqual([]);
  });

  it("proposes pet links for a pair in review too", () => {
    const [r] = matchClients(
      [owner("h1", "Linh", [pet("hp1", "Mochi", "Cat")])],
      [
        owner("p1", "Linh", [pet("pp1", "Mochi", "Cat")]),
        owner("p2", "Linh", [pet("pp2", "Mochi", "Cat")]), // duplicate chart: ambiguous
      ],
    );
    expect(r.decision).toBe("review");
    expect(r.petLinks).toEqual([{ hdPetId: "hp1", pimsPetId: "pp1" }]);
  });
});
