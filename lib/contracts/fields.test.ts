import { describe, expect, it } from "vitest";
import { isCalendarDate, parseIsoTimestamp } from "./fields";

describe("isCalendarDate", () => {
  it.each(["2024-02-29", "2023-12-31", "1999-01-01"])("accepts %s", (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-1", "04/01/2024", "", "2024-01-01T00:00:00Z"])(
    "rejects %s",
    (d) => expect(isCalendarDate(d)).toBe(false),
  );
});

describe("parseIsoTimestamp", () => {
  it.each([
    ["2024-05-01T13:45:00-07:00", "2024-05-01T20:45:00.000Z"],
    ["2024-05-01T13:45:00Z", "2024-05-01T13:45:00.000Z"],
    ["2024-05-01t13:45:00z", "2024-05-01T13:45:00.000Z"],
    ["2024-05-01T13:45-0700", "2024-05-01T20:45:00.000Z"],
    ["2024-05-01 13:45:00+05:30", "2024-05-01T08:15:00.000Z"],
    ["2024-05-01T13:45:00.123456+00:00", "2024-05-01T13:45:00.123Z"],
    ["2024-05-01T13:45:00.1Z", "2024-05-01T13:45:00.100Z"],
    ["2024-05-01T13:45:00.007Z", "2024-05-01T13:45:00.007Z"],
    ["0050-03-01T00:00:00Z", "0050-03-01T00:00:00.000Z"],
    ["2000-02-29T23:59:59+14:00", "2000-02-29T09:59:59.000Z"],
  ])("parses %s", (text, iso) => expect(parseIsoTimestamp(text)?.toISOString()).toBe(iso));

  it.each([
    "2024-05-01T13:45:00", // no offset: ambiguous instant
    "2024-05-01",
    "2024-02-30T10:00:00Z",
    "2024-05-01T24:00:00Z",
    "2024-05-01T13:61:00Z",
    "2024-05-01T13:45:00+15:00",
    "May 1 2024",
    "",
  ])("rejects %s", (text) => expect(parseIsoTimestamp(text)).toBeNull());
});
