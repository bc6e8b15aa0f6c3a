import { describe, expect, it } from "vitest";
import { normalizeBreed, normalizeSex, normalizeSpecies, normalizeWeight } from "./normalize-pet";

describe("normalizeWeight", () => {
  it("converts kg to lb and back, rounded to 2 decimals", () => {
    expect(normalizeWeight(10, "kg")).toEqual({ lb: 22.05, kg: 10 });
    expect(normalizeWeight(22.05, "lb")).toEqual({ lb: 22.05, kg: 10 });
    expect(normalizeWeight(1, "lb")).toEqual({ lb: 1, kg: 0.45 });
    expect(normalizeWeight(4.536, "kg")).toEqual({ lb: 10, kg: 4.54 });
  });

  it("defaults to lb and accepts decimal text", () => {
    expect(normalizeWeight("72.4")).toEqual({ lb: 72.4, kg: 32.84 });
    expect(normalizeWeight(" 8 ", "kg")).toEqual({ lb: 17.64, kg: 8 });
  });

  it.each([null, undefined, "", "  ", "heavy", 0, -3, Number.NaN, Number.POSITIVE_INFINITY])("returns null for %j", (value) => {
    expect(normalizeWeight(value)).toBeNull();
  });
});

describe("normalizeSpecies", () => {
  it.each([
    ["Canine", "Canine"],
    ["dog", "Canine"],
    ["DOG", "Canine"],
    ["K9", "Canine"],
    ["cat", "Feline"],
    [" Feline ", "Feline"],
    ["horse", "Equine"],
    ["bird", "Avian"],
    ["guinea pig", "Guinea Pig"],
    ["BEARDED DRAGON", "Bearded Dragon"],
  ])("%j -> %j", (input, expected) => expect(normalizeSpecies(input)).toBe(expected));

  it("returns null for empty values", () => expect(normalizeSpecies("")).toBeNull());
});

describe("normalizeSex", () => {
  it.each([
    ["M", "M"],
    ["male", "M"],
    ["F", "F"],
    ["Female", "F"],
    ["MN", "MN"],
    ["mc", "MN"],
    ["Male Neutered", "MN"],
    ["neutered male", "MN"],
    ["FS", "FS"],
    ["f/s", "FS"],
    ["Spayed Female", "FS"],
    ["U", null],
    ["unknown", null],
    ["", null],
    ["Hermaphrodite", "HERMAPHRODITE"],
  ])("%j -> %j", (input, expected) => expect(normalizeSex(input)).toBe(expected));
});

describe("normalizeBreed", () => {
  it.each([
    ["labrador retriever", "Labrador Retriever"],
    ["LABRADOR RETRIEVER", "Labrador Retriever"],
    ["dsh", "DSH"],
    ["german shepherd/husky mix", "German Shepherd/Husky Mix"],
    ["  pit   bull ", "Pit Bull"],
  ])("%j -> %j", (input, expected) => expect(normalizeBreed(input)).toBe(expected));

  it("returns null for empty values", () => expect(normalizeBreed(null)).toBeNull());
});
