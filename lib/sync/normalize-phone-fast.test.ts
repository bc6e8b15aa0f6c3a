// The fast path for plain US phones must answer exactly what libphonenumber answers.
import { describe, expect, it } from "vitest";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { plainUsNumber } from "./normalize-contact";

const slow = (value: string) => {
  const parsed = parsePhoneNumberFromString(value, "US");
  return parsed?.isValid() ? parsed.number : null;
};

describe("plain US phone fast path", () => {
  it("agrees with libphonenumber wherever it answers", () => {
    const samples = [
      "(503) 555-0100",
      "503.555.0100",
      "+1 503 555 0100",
      "5035550100",
      "1-503-555-0100",
      "+15035550100",
      " 503 555 0100 ",
      "(103) 555-0100",
      "503-555-010",
      "+44 20 7946 0958",
      "+1 103 555 0100",
      "1 (800) 555-1212",
      "11035550100",
      "(503)5550100",
      "503 555 01000",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 5000; i++) {
      const d = String(next()).padStart(10, "0").slice(-10);
      samples.push(`(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `1${d}`, `+1 ${d}`);
      const area = ["503", "212", "415", "312", "713", "206", "617", "305"][i % 8];
      samples.push(`${area}.${2 + (next() % 8)}${d.slice(4, 6)}.${d.slice(6)}`);
    }
    let answered = 0;
    for (const sample of samples) {
      const fast = plainUsNumber(sample);
      if (fast === null) continue;
      answered++;
      expect(fast, sample).toBe(slow(sample));
    }
    expect(answered).toBeGreaterThan(4000);
  });

  it("leaves extensions, letters and foreign numbers to the full parser", () => {
    for (const sample of ["503-555-0100 x12", "503-FLOWERS", "+44 20 7946 0958", "555-0100"])
      expect(plainUsNumber(sample)).toBeNull();
  });
});
