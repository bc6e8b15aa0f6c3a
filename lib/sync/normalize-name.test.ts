import { describe, expect, it } from "vitest";
import { collapseSpaces, normalizeFirstName, normalizeLastName, normalizePetName } from "./normalize-name";

describe("collapseSpaces", () => {
  it("trims and collapses tabs, newlines and non-breaking spaces", () => {
    expect(collapseSpaces("  Mary \t\n Ann\u00A0 Lee ")).toBe("Mary Ann Lee");
    expect(collapseSpaces(null)).toBe("");
    expect(collapseSpaces(undefined)).toBe("");
  });
});

describe("normalizeLastName", () => {
  it.each([
    ["smith", "Smith"],
    ["SMITH", "Smith"],
    ["  smith  ", "Smith"],
    ["o'brien", "O'Brien"],
    ["O'BRIEN", "O'Brien"],
    ["o\u2019brien", "O'Brien"], // curly apostrophe from a word processor
    ["d'angelo", "D'Angelo"],
    ["mcdonald", "McDonald"],
    ["MCDONALD", "McDonald"],
    ["McDonald", "McDonald"],
    ["macdonald", "MacDonald"],
    ["MACKENZIE", "MacKenzie"],
    ["mack", "Mack"], // not Mac + name
    ["macy", "Macy"],
    ["smith-jones", "Smith-Jones"],
    ["SMITH - JONES", "Smith-Jones"],
    ["o'brien-mcdonald", "O'Brien-McDonald"],
    ["van der berg", "van der Berg"],
    ["VAN DER BERG", "van der Berg"],
    ["Van Der Berg", "van der Berg"],
    ["von trapp", "von Trapp"],
    ["van de velde", "van de Velde"],
    ["van", "Van"], // a particle alone is the name
    ["De La Cruz", "De La Cruz"], // Romance particles stay capitalized in US records
    ["la rosa", "La Rosa"],
    ["smith iii", "Smith III"],
    ["garcía", "García"],
    ["ÑÚÑEZ", "Ñúñez"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeLastName(input)).toBe(expected);
  });

  it("returns null for empty values", () => {
    expect(normalizeLastName("")).toBeNull();
    expect(normalizeLastName("   ")).toBeNull();
    expect(normalizeLastName(null)).toBeNull();
  });
});

describe("normalizeFirstName", () => {
  it.each([
    ["  bob ", "Bob"],
    ["MARY  ANN", "Mary Ann"],
    ["mary-ann", "Mary-Ann"],
    ["JEAN-LUC", "Jean-Luc"],
    ["VAN", "Van"],
    ["van morrison", "Van Morrison"], // no particle rule in given names
  ])("%j -> %j", (input, expected) => {
    expect(normalizeFirstName(input)).toBe(expected);
  });

  it("makes differently typed versions of a name equal", () => {
    const variants = ["JOHN", "john", " John ", "jOHN"];
    expect(new Set(variants.map(normalizeFirstName))).toEqual(new Set(["John"]));
  });
});

describe("normalizePetName", () => {
  it("proper-cases pet names", () => {
    expect(normalizePetName("MR. WHISKERS")).toBe("Mr. Whiskers");
    expect(normalizePetName("  sir  barks-a-lot ")).toBe("Sir Barks-A-Lot");
  });
});
