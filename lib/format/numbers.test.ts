import { describe, expect, it } from "vitest";
import { formatCount, formatMilliseconds, formatRate } from "./numbers";

describe("number formatting", () => {
  it("groups digits, words rates and durations", () => {
    expect(formatCount(12345)).toBe("12,345");
    expect(formatRate(1234.6)).toBe("1,235 records/s");
    expect(formatRate(2.345)).toBe("2.3 records/s");
    expect(formatMilliseconds(850)).toBe("850 ms");
    expect(formatMilliseconds(4_240)).toBe("4.2 s");
    expect(formatMilliseconds(192_000)).toBe("3 min 12 s");
  });
});
