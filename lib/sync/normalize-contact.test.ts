import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizePhone } from "./normalize-contact";

describe("normalizeEmail", () => {
  it.each([
    [" John.Smith@GMAIL.com ", "john.smith@gmail.com"],
    ["mailto:Ann@Example.org", "ann@example.org"],
    ["<ann@example.org>", "ann@example.org"],
    ["a.b+vet@sub.example.co.uk", "a.b+vet@sub.example.co.uk"],
    ["first@x.com; second@y.com", "first@x.com"],
    ["not-an-email; second@y.com", "second@y.com"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "nope",
    "a@b",
    "a@@b.com",
    "a b@c.com@",
    "@example.com",
    "ann@example.",
    ".ann@example.com",
    "ann..lee@example.com",
    "ann@-example.com",
  ])("rejects %j", (input) => expect(normalizeEmail(input)).toBeNull());

  it("handles null", () => expect(normalizeEmail(null)).toBeNull());
});

describe("normalizePhone", () => {
  it.each([
    "(503) 555-0100",
    "503.555.0100",
    "+1 503 555 0100",
    "5035550100",
    "503-555-0100",
    "1-503-555-0100",
    "1 (503) 555-0100",
    " 503 555 0100 ",
    "503-555-0100 x12",
    "503-555-0100 ext. 9",
    "cell: 503-555-0100",
  ])("%j -> +15035550100", (input) => {
    expect(normalizePhone(input)).toBe("+15035550100");
  });

  it("keeps a foreign number that carries its country code", () => {
    expect(normalizePhone("+44 20 7946 0958")).toBe("+442079460958");
  });

  it("uses another default country when asked", () => {
    expect(normalizePhone("020 7946 0958", "GB")).toBe("+442079460958");
  });

  it.each(["", "   ", "555-0100", "123", "abc", "000-000-0000", "503-555-010", "1-800-FLOWERS"])("rejects %j", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it("handles null", () => expect(normalizePhone(null)).toBeNull());
});
