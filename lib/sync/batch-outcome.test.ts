// The batch outcome rule: failed, partial, nothing to apply, succeeded.
import { describe, expect, it } from "vitest";
import { batchOutcome } from "./batch-outcome";

const facts = { policy: true, received: 3, accepted: 3, errors: 0, changedRecords: [] as string[] };

describe("batchOutcome", () => {
  it("is failed when every record was rejected", () => {
    expect(batchOutcome({ ...facts, accepted: 0, errors: 3 })).toEqual({ status: "failed", applied: 0 });
  });
  it("is partial when some were rejected, counting the records changed once each", () => {
    expect(batchOutcome({ ...facts, accepted: 2, errors: 1, changedRecords: ["client|C1", "client|C1"] })).toEqual({
      status: "partial",
      applied: 1,
    });
  });
  it("is nothing to apply after the first load when nothing changed", () => {
    expect(batchOutcome(facts)).toEqual({ status: "nothing_to_apply", applied: 0 });
    expect(batchOutcome({ ...facts, received: 0, accepted: 0 })).toEqual({ status: "nothing_to_apply", applied: 0 });
  });
  it("is succeeded when something changed, or during the first load for every stored record", () => {
    expect(batchOutcome({ ...facts, changedRecords: ["patient|P1"] })).toEqual({ status: "succeeded", applied: 1 });
    expect(batchOutcome({ ...facts, policy: false })).toEqual({ status: "succeeded", applied: 3 });
  });
});
