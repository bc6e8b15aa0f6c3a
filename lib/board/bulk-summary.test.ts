import { describe, expect, it } from "vitest";
import { describeBulkResult } from "./bulk-summary";

describe("describeBulkResult", () => {
  it("counts what was done and names each refused practice with its reason", () => {
    expect(describeBulkResult("hold", { done: 3, failed: [] })).toBe("3 held.");
    expect(
      describeBulkResult("hold", {
        done: 3,
        failed: [{ practiceId: "p1", name: "Oak Vets", message: '"Put on hold" is not possible while the practice is live.' }],
      }),
    ).toBe('3 held; 1 refused: Oak Vets: "Put on hold" is not possible while the practice is live.');
    expect(
      describeBulkResult("remind", {
        done: 0,
        failed: [
          { practiceId: "p1", name: "A", message: "Nothing to remind." },
          { practiceId: "p2", name: "B", message: "No contact" },
        ],
      }),
    ).toBe("0 reminded; 2 refused: A: Nothing to remind; B: No contact.");
  });
});
