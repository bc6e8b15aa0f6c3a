import { describe, expect, it } from "vitest";
import { areNameVariants, FORMAL_NAMES, FORMAL_NAMES_BY_NICKNAME, nameVariants, NICKNAMES } from "./nicknames";

describe("nicknames", () => {
  it("holds well over 80 formal/nickname pairs, all lowercase", () => {
    const pairs = [...NICKNAMES.values()].reduce((sum, list) => sum + list.length, 0);
    expect(pairs).toBeGreaterThanOrEqual(80);
    for (const [formal, nicknames] of NICKNAMES) {
      expect(formal).toBe(formal.toLowerCase());
      for (const nickname of nicknames) expect(nickname).toBe(nickname.toLowerCase());
    }
    expect(FORMAL_NAMES).toContain("robert");
  });

  it.each([
    ["Bob", "Robert"],
    ["Liz", "Elizabeth"],
    ["Bill", "William"],
    ["Kate", "Katherine"],
    ["Jim", "James"],
    ["bob", "ROB"], // two nicknames of one formal name
    ["Robert", "Robert"],
  ])("%s and %s are variants", (a, b) => {
    expect(areNameVariants(a, b)).toBe(true);
    expect(areNameVariants(b, a)).toBe(true);
  });

  it.each([
    ["Bob", "William"],
    ["Kate", "Elizabeth"],
    ["John", "Jon"],
  ])("%s and %s are not variants", (a, b) => expect(areNameVariants(a, b)).toBe(false));

  it("maps an ambiguous nickname to every formal name", () => {
    expect(FORMAL_NAMES_BY_NICKNAME.get("al")).toEqual(["albert", "alexander", "alfred"]);
    expect(nameVariants(" Al ")).toEqual(
      new Set(["al", "albert", "bert", "alexander", "xander", "alex", "alfred", "alfie", "fred"]),
    );
  });

  it("returns just the name for names without nicknames", () => {
    expect(nameVariants("Zelda")).toEqual(new Set(["zelda"]));
  });
});
