import { describe, expect, it } from "vitest";
import {
  normalizeAddressLine,
  normalizeCity,
  normalizePostalCode,
  normalizeState,
  normalizeStreetAddress,
  normalizeUnit,
} from "./normalize-address";

describe("normalizeAddressLine", () => {
  it.each([
    ["123 Main Street", "123 MAIN ST"],
    ["123 main st.", "123 MAIN ST"],
    ["123  Main   Str", "123 MAIN ST"],
    ["9 Elm Avenue", "9 ELM AVE"],
    ["9 Elm Av.", "9 ELM AVE"],
    ["40 Old Mill Road", "40 OLD MILL RD"],
    ["1 Sunset Boulevard", "1 SUNSET BLVD"],
    ["77 Lake Shore Drive", "77 LAKE SHORE DR"],
    ["8 Lovers Lane", "8 LOVERS LN"],
    ["5 Kings Court", "5 KINGS CT"],
    ["5 Kings Ct.", "5 KINGS CT"],
    ["12 Maple Place", "12 MAPLE PL"],
    ["3 Oak Terrace", "3 OAK TER"],
    ["3 Oak Circle", "3 OAK CIR"],
    ["10 Pine Parkway", "10 PINE PKWY"],
    ["10 Pine Trail", "10 PINE TRL"],
    ["10 Pine Highway", "10 PINE HWY"],
    ["10 Main Street Extension", "10 MAIN ST EXT"],
    // directionals
    ["123 North Main Street", "123 N MAIN ST"],
    ["123 N. Main St.", "123 N MAIN ST"],
    ["123 Northwest 23rd Avenue", "123 NW 23RD AVE"],
    ["123 NW 23rd Ave", "123 NW 23RD AVE"],
    ["12 Oak Lane Southwest", "12 OAK LN SW"],
    ["12 Oak Ln S.W.", "12 OAK LN SW"],
    // a direction or a type word that IS the street name is not abbreviated
    ["456 West Avenue", "456 WEST AVE"],
    ["456 North Street", "456 NORTH ST"],
    ["789 Court Street", "789 COURT ST"],
    ["12 Avenue B", "12 AVENUE B"],
    ["500 Main", "500 MAIN"],
    // units
    ["123 Main St Apt 4", "123 MAIN ST APT 4"],
    ["123 Main St., Apartment 4", "123 MAIN ST APT 4"],
    ["123 Main St #4", "123 MAIN ST APT 4"],
    ["123 Main St Apt #4", "123 MAIN ST APT 4"],
    ["55 Saint Johns Blvd Suite 200", "55 ST JOHNS BLVD STE 200"],
    ["55 St. Johns Blvd., Ste. 200", "55 ST JOHNS BLVD STE 200"],
    ["1 Market Street, Floor 3", "1 MARKET ST FL 3"],
    // other shapes
    ["1 First Avenue", "1 1ST AVE"],
    ["12345 Highway 26", "12345 HWY 26"],
    ["12 County Road 5", "12 COUNTY RD 5"],
    ["PO Box 123", "PO BOX 123"],
    ["P.O. Box 123", "PO BOX 123"],
    ["Post Office Box 123", "PO BOX 123"],
    ["123 1/2 Main St", "123 1/2 MAIN ST"],
    ["12-14 Main St", "12-14 MAIN ST"],
    ["45 O'Hare Way", "45 OHARE WAY"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeAddressLine(input)).toBe(expected);
  });

  it("returns null for empty values", () => {
    expect(normalizeAddressLine("")).toBeNull();
    expect(normalizeAddressLine(" , . ")).toBeNull();
    expect(normalizeAddressLine(null)).toBeNull();
  });

  it("makes common ways of writing one address identical", () => {
    const variants = [
      "123 North Main Street, Apartment 4",
      "123 N Main St Apt 4",
      "123 n. main st. apt. 4",
      "123 N MAIN ST #4",
      "123  North  Main  St.,  #4",
    ];
    expect(new Set(variants.map(normalizeAddressLine))).toEqual(new Set(["123 N MAIN ST APT 4"]));
  });
});

describe("normalizeStreetAddress", () => {
  it("splits the unit from line 1", () => {
    expect(normalizeStreetAddress("123 Main St Apt 4", null)).toEqual({ line1: "123 MAIN ST", line2: "APT 4" });
  });

  it("prefers address2 when both carry a unit", () => {
    expect(normalizeStreetAddress("123 Main St #4", "Unit 4")).toEqual({ line1: "123 MAIN ST", line2: "UNIT 4" });
  });

  it("treats both lines the same whichever one holds the unit", () => {
    expect(normalizeStreetAddress("123 Main Street", "Apt. 4")).toEqual(normalizeStreetAddress("123 Main St #4", ""));
  });

  it("handles missing lines", () => {
    expect(normalizeStreetAddress(null, null)).toEqual({ line1: null, line2: null });
    expect(normalizeStreetAddress(undefined)).toEqual({ line1: null, line2: null });
  });
});

describe("normalizeUnit", () => {
  it.each([
    ["Apt. 4", "APT 4"],
    ["apartment 4", "APT 4"],
    ["#4", "APT 4"],
    ["# 4", "APT 4"],
    ["4", "APT 4"],
    ["4B", "APT 4B"],
    ["B", "APT B"],
    ["apt #7", "APT 7"],
    ["Suite 200", "STE 200"],
    ["Ste. 200", "STE 200"],
    ["Unit 3", "UNIT 3"],
    ["Bldg 2 Apt 4", "BLDG 2 APT 4"],
    ["Building C", "BLDG C"],
    ["Rear", "REAR"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeUnit(input)).toBe(expected);
  });

  it("returns null for empty values", () => expect(normalizeUnit("  ")).toBeNull());
});

describe("normalizeCity", () => {
  it.each([
    ["  portland ", "PORTLAND"],
    ["Lake  Oswego", "LAKE OSWEGO"],
    ["st. helens", "ST HELENS"],
    ["Saint Helens", "ST HELENS"],
    ["Mount Vernon", "MT VERNON"],
    ["Fort Worth", "FT WORTH"],
    ["Coeur d'Alene", "COEUR DALENE"],
  ])("%j -> %j", (input, expected) => expect(normalizeCity(input)).toBe(expected));

  it("returns null for empty values", () => expect(normalizeCity("")).toBeNull());
});

describe("normalizeState", () => {
  it.each([
    ["OR", "OR"],
    ["or", "OR"],
    [" Or ", "OR"],
    ["Oregon", "OR"],
    ["OREGON", "OR"],
    ["Ore.", "OR"],
    ["new york", "NY"],
    ["New  York", "NY"],
    ["N.Y.", "NY"],
    ["District of Columbia", "DC"],
    ["Washington D.C.", "DC"],
    ["Washington", "WA"],
    ["W. Va.", "WV"],
    ["Calif.", "CA"],
    ["Puerto Rico", "PR"],
  ])("%j -> %j", (input, expected) => expect(normalizeState(input)).toBe(expected));

  it("keeps free text it cannot map, uppercased", () => {
    expect(normalizeState("Ontario")).toBe("ONTARIO");
    expect(normalizeState("  british   columbia ")).toBe("BRITISH COLUMBIA");
  });

  it("returns null for empty values", () => expect(normalizeState(" ")).toBeNull());
});

describe("normalizePostalCode", () => {
  it.each([
    ["97201", "97201"],
    [" 97201 ", "97201"],
    ["97201-1234", "97201"],
    ["97201 - 1234", "97201"],
    ["972011234", "97201"],
    ["2134", "02134"], // leading zero lost in a spreadsheet
  ])("%j -> %j", (input, expected) => expect(normalizePostalCode(input)).toBe(expected));

  it.each(["V6B 1A1", "97201-12", "ABCDE", "972011", "123"])("rejects %j", (input) => {
    expect(normalizePostalCode(input)).toBeNull();
  });

  it("returns null for empty values", () => expect(normalizePostalCode(null)).toBeNull());
});
