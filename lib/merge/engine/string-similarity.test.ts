import { describe, expect, it } from "vitest";
import { jaro, jaroWinkler } from "./jaro-winkler";
import { areNicknameEquivalent, formalNames } from "./nicknames";
import { soundex } from "./soundex";

describe("jaro / jaroWinkler", () => {
  it("matches the published reference values", () => {
    // Winkler's examples, as reproduced in most record-linkage texts.
    expect(jaro("MARTHA", "MARHTA")).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler("MARTHA", "MARHTA")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("DWAYNE", "DUANE")).toBeCloseTo(0.84, 2);
    expect(jaroWinkler("DIXON", "DICKSONX")).toBeCloseTo(0.8133, 4);
  });

  it("is 1 for equal strings, 0 with nothing in common or one side empty", () => {
    expect(jaroWinkler("SMITH", "SMITH")).toBe(1);
    expect(jaroWinkler("", "")).toBe(1);
    expect(jaroWinkler("ABC", "")).toBe(0);
    expect(jaroWinkler("ABC", "XYZ")).toBe(0);
  });

  it("is symmetric and stays in [0, 1]", () => {
    const words = ["JOHNSON", "JONSON", "JOHNSTON", "A", "AB", "BA", "ROBERTSON", "ROBERT"];
    for (const a of words) {
      for (const b of words) {
        const v = jaroWinkler(a, b);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(v).toBeCloseTo(jaroWinkler(b, a), 12);
      }
    }
  });

  it("is not disturbed by a long string compared before a short one (shared buffers)", () => {
    jaroWinkler("A".repeat(200), "A".repeat(199) + "B");
    expect(jaroWinkler("MARTHA", "MARHTA")).toBeCloseTo(0.9611, 4);
  });
});

describe("soundex", () => {
  it("codes the classic examples", () => {
    expect(soundex("ROBERT")).toBe("R163");
    expect(soundex("RUPERT")).toBe("R163");
    expect(soundex("ASHCRAFT")).toBe("A261");
    expect(soundex("TYMCZAK")).toBe("T522");
    expect(soundex("PFISTER")).toBe("P236");
    expect(soundex("SMITH")).toBe(soundex("SMYTH"));
    expect(soundex("LEE")).toBe("L000");
    expect(soundex("")).toBe("");
  });
});

describe("nicknames", () => {
  it("knows the usual pairs in both directions", () => {
    for (const [a, b] of [
      ["BOB", "ROBERT"],
      ["LIZ", "ELIZABETH"],
      ["BILL", "WILLIAM"],
      ["PEGGY", "MARGARET"],
      ["ROBERT", "BOB"],
      ["BOB", "ROB"],
      ["BETH", "LIZ"],
    ]) {
      expect(areNicknameEquivalent(a, b), `${a} ~ ${b}`).toBe(true);
    }
  });

  it("reads a diminutive's -Y, -IE and -I spellings alike (SALLIE for SALLY), never a short stem's", () => {
    for (const [a, b] of [
      ["SALLIE", "SARAH"],
      ["SALLI", "SALLY"],
      ["KATY", "KATHLEEN"],
      ["TAMMIE", "TAMARA"],
    ]) {
      expect(areNicknameEquivalent(a, b), `${a} ~ ${b}`).toBe(true);
    }
    // JOEY's stem is too short to respell; a name of the table keeps its own meaning.
    expect(areNicknameEquivalent("JOI", "JOSEPH")).toBe(false);
    expect(areNicknameEquivalent("SANDI", "SANDRA")).toBe(true);
  });

  it("does not chain two formal names through a shared nickname", () => {
    expect(areNicknameEquivalent("CHRISTOPHER", "CHRISTINA")).toBe(false);
    expect(areNicknameEquivalent("ROBERT", "ALBERT")).toBe(false);
    expect(areNicknameEquivalent("CHRIS", "CHRISTINA")).toBe(true);
    expect(areNicknameEquivalent("MARY", "JOHN")).toBe(false);
    expect(areNicknameEquivalent("", "")).toBe(false);
  });

  it("lists formal names for a nickname, itself first", () => {
    expect(formalNames("AL")).toEqual(expect.arrayContaining(["AL", "ALBERT", "ALFRED"]));
    expect(formalNames("ZEBEDEE")).toEqual(["ZEBEDEE"]);
  });
});
