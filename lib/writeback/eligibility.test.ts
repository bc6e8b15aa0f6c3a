// Every line kind from every fulfilling pharmacy, the retry backoff, and the record line's text.
import { describe, expect, it } from "vitest";
import { writebackEligibility } from "./eligibility";
import { formatQuantity, localDate, recordLineText } from "./record-line";
import { retryDelayMs } from "./settings";

describe("writebackEligibility", () => {
  it.each([
    ["PRESCRIPTION_DRUG", "HOME_DELIVERY", { eligible: true }],
    ["PRESCRIPTION_DIET", "HOME_DELIVERY", { eligible: true }],
    ["OTC", "HOME_DELIVERY", { eligible: false, reason: "OVER_THE_COUNTER" }],
    ["COMPOUNDED", "COMPOUNDING_PARTNER", { eligible: false, reason: "COMPOUNDING_PARTNER" }],
    ["COMPOUNDED", "HOME_DELIVERY", { eligible: false, reason: "COMPOUNDING_PARTNER" }],
    ["PRESCRIPTION_DRUG", "COMPOUNDING_PARTNER", { eligible: false, reason: "COMPOUNDING_PARTNER" }],
    ["PRESCRIPTION_DIET", "COMPOUNDING_PARTNER", { eligible: false, reason: "COMPOUNDING_PARTNER" }],
    ["OTC", "COMPOUNDING_PARTNER", { eligible: false, reason: "COMPOUNDING_PARTNER" }],
  ] as const)("%s filled by %s", (kind, fulfilledBy, expected) => {
    expect(writebackEligibility({ kind, fulfilledBy })).toEqual(expected);
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base and stops at the cap", () => {
    const s = { retryBaseSeconds: 60, retryMaxSeconds: 300 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, s) / 1000)).toEqual([60, 120, 240, 300, 300]);
  });
});

describe("record line", () => {
  it("reads like a medical-record entry", () => {
    expect(
      recordLineText({
        date: "2026-01-05",
        product: "Apoquel 16 mg tablets",
        kind: "PRESCRIPTION_DRUG",
        quantity: "30.00",
        unit: "tablets",
        prescriber: "Dr. Lee",
        orderNumber: "100234",
        carrier: "FedEx",
        trackingNumber: "7712",
      }),
    ).toBe(
      "01/05/2026 Home delivery Rx shipped: Apoquel 16 mg tablets, qty 30 tablets. Prescribed by Dr. Lee. Order 100234, FedEx tracking 7712.",
    );
  });
  it("formats quantities and local dates", () => {
    expect(formatQuantity("2.50")).toBe("2.5");
    expect(localDate(new Date("2026-03-08T07:30:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDate(new Date("2026-03-08T04:30:00Z"), "America/New_York")).toBe("2026-03-07");
  });
});
