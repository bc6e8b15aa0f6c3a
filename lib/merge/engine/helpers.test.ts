import { describe, expect, it } from "vitest";
import { blockingKeys } from "./blocking";
import { compareStreets } from "./compare";
import { dayNumber } from "./dates";
import { canonicalSpecies, nameWords, prepareClient } from "./prepare";
import { streetLine, streetParts } from "./street";
import { scoreFromWeight, weightForScore } from "./weights";

describe("record preparation", () => {
  it("folds names to uppercase letters, splitting compound names", () => {
    expect(nameWords("José")).toEqual(["JOSE"]);
    expect(nameWords("O'Brien")).toEqual(["OBRIEN"]);
    expect(nameWords("Smith-Jones")).toEqual(["SMITH", "JONES"]);
    const p = prepareClient({
      id: "x",
      firstName: "Mary Ann B.",
      lastName: "de la Cruz",
      street: null,
      city: null,
      state: null,
      zip: null,
      phones: [],
      email: null,
      pets: [],
    });
    expect(p).toMatchObject({ first: "MARYANN", firstWord: "MARY", last: "DELACRUZ" });
  });

  it("splits a street line into house number, street and unit", () => {
    const line = streetLine(" 123  n Main St   Apt 4 ")!;
    expect(line).toEqual({ full: "123 N MAIN ST APT 4", number: "123" });
    expect(streetParts(line)).toEqual({ number: "123", body: "MAIN ST", unit: "4" });
    expect(streetParts(streetLine("9 ELM ST #2B")!)).toMatchObject({ body: "ELM ST", unit: "2B" });
    expect(streetLine("PO BOX 77")!.number).toBeNull();
    expect(streetLine("   ")).toBeNull();
  });

  it("compares streets: same house is partial, another apartment is not", () => {
    const s = (raw: string) => streetLine(raw);
    expect(compareStreets(s("123 N MAIN ST"), s("123 N MAIN ST"))).toBe("exact");
    expect(compareStreets(s("123 N MAIN ST"), s("123 MAIN ST APT 4"))).toBe("partial");
    expect(compareStreets(s("123 MAIN ST APT 4"), s("123 MAIN ST APT 5"))).toBe("disagree");
    expect(compareStreets(s("123 MAIN ST"), s("125 MAIN ST"))).toBe("disagree");
    expect(compareStreets(null, s("125 MAIN ST"))).toBeNull();
  });

  it("maps species synonyms", () => {
    expect(canonicalSpecies("Dog")).toBe("CANINE");
    expect(canonicalSpecies("K-9")).toBe("CANINE");
    expect(canonicalSpecies("feline")).toBe("FELINE");
    expect(canonicalSpecies("Bearded dragon")).toBe("BEARDEDDRAGON");
  });

  it("counts days for real dates only", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2020-02-29")).toBe(Date.UTC(2020, 1, 29) / 86_400_000);
    expect(dayNumber("1899-12-31")).toBe(Date.UTC(1899, 11, 31) / 86_400_000);
    expect(dayNumber("2019-02-29")).toBeNull();
    expect(dayNumber("2019-13-01")).toBeNull();
    expect(dayNumber("03/04/2019")).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });
});

describe("weight calibration", () => {
  it("maps weights to scores monotonically inside [0, 1]", () => {
    let previous = -1;
    for (let w = -60; w <= 60; w += 0.5) {
      const s = scoreFromWeight(w);
      expect(s).toBeGreaterThanOrEqual(Math.max(previous, 0));
      expect(s).toBeLessThanOrEqual(1);
      previous = s;
    }
    expect(scoreFromWeight(12)).toBe(0.5);
    expect(scoreFromWeight(weightForScore(0.9))).toBe(0.9);
  });
});

describe("blocking keys", () => {
  const bob = prepareClient({
    id: "x",
    firstName: "Bob",
    lastName: "Smith",
    street: "123 N MAIN ST",
    city: null,
    state: null,
    zip: "97201",
    phones: ["+15035550100"],
    email: "bob@example.com",
    pets: [
      { id: "a", name: "Rex", species: "Dog", birthDate: "2019-05-04" },
      { id: "b", name: "Tom", species: "Cat", birthDate: null },
    ],
  });

  it("lists contact, house, dated-pet and nickname-aware name keys", () => {
    expect(blockingKeys(bob)).toEqual([
      "e|bob@example.com",
      "p|+15035550100",
      "hz|123|97201",
      "hs|123|MAIN",
      `pb|REX|${dayNumber("2019-05-04")}`,
      "nf|S530|BOB",
      "nf|S530|ROBERT",
      "iz|BS530|97201",
    ]);
  });

  it("looks the home-delivery side's names up crosswise too (swapped names)", () => {
    const hdKeys = blockingKeys(bob, "hd");
    expect(hdKeys).toContain("nf|B100|SMITH");
    expect(hdKeys).toContain("iz|SB100|97201");
    expect(blockingKeys(bob)).not.toContain("nf|B100|SMITH");
  });
});
