import { describe, expect, it } from "vitest";
import { formatPhone, isoDate, isoTimestamp, renderStreetLine, renderUnit } from "./render";
import type { Address } from "./world";

describe("formatPhone", () => {
  it("writes the contract's human formats", () => {
    expect(formatPhone("5035550100", "paren")).toBe("(503) 555-0100");
    expect(formatPhone("5035550100", "dots")).toBe("503.555.0100");
    expect(formatPhone("5035550100", "intl")).toBe("+1 503 555 0100");
    expect(formatPhone("5035550100", "plain")).toBe("5035550100");
    expect(formatPhone("5035550100", "dashes")).toBe("503-555-0100");
  });
});

describe("address rendering", () => {
  const address: Address = {
    number: "123",
    street: { direction: ["North", "N"], name: "Main", suffix: ["Street", "St"] },
    unit: { type: "Apt", id: "4" },
    town: { city: "Portland", zips: ["97201"], streets: [] },
    zip: "97201",
  };

  it("renders full words, abbreviations and dotted abbreviations", () => {
    expect(renderStreetLine(address, "full")).toBe("123 North Main Street");
    expect(renderStreetLine(address, "abbrev")).toBe("123 N Main St");
    expect(renderStreetLine(address, "abbrev-dots")).toBe("123 N. Main St.");
    const way = { ...address, street: { direction: null, name: "Oak", suffix: ["Way", "Way"] as const } };
    expect(renderStreetLine(way, "abbrev-dots")).toBe("123 Oak Way");
  });

  it("renders units", () => {
    const unit = address.unit!;
    expect(renderUnit(unit, "abbrev")).toBe("Apt 4");
    expect(renderUnit(unit, "abbrev-dot")).toBe("Apt. 4");
    expect(renderUnit(unit, "hash")).toBe("#4");
    expect(renderUnit(unit, "full")).toBe("Apartment 4");
    expect(renderUnit({ type: "Ste", id: "200" }, "full")).toBe("Suite 200");
  });
});

describe("isoDate / isoTimestamp", () => {
  it("agree with Date across centuries, leap days and negative epochs", () => {
    const samples = [0, 951_782_400_000, 951_868_799_999, 1_709_164_800_000, -86_400_000, -2_208_988_800_000, 4_102_444_800_000];
    for (let ms = -3e12; ms < 5e12; ms += 7_777_777_777) samples.push(ms);
    for (const ms of samples) {
      expect(isoDate(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
      expect(isoTimestamp(ms, "+00:00")).toBe(`${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`);
    }
  });

  it("shifts the wall-clock time by the offset", () => {
    const ms = Date.parse("2024-03-01T05:30:15.900Z");
    expect(isoTimestamp(ms, "-08:00")).toBe("2024-02-29T21:30:15-08:00");
    expect(isoTimestamp(ms, "+05:30")).toBe("2024-03-01T11:00:15+05:30");
    expect(Date.parse(isoTimestamp(ms, "-08:00"))).toBe(Math.floor(ms / 1000) * 1000);
  });
});
