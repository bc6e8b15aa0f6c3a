import { describe, expect, it } from "vitest";
import { scoreLinks } from "./accuracy";

describe("scoreLinks", () => {
  it("counts merged precision, recall over merged + right review, and review share", () => {
    const truth = [
      { hd_client_id: "H1", client_id: "P1" },
      { hd_client_id: "H2", client_id: "P2" },
      { hd_client_id: "H3", client_id: "P3" },
      { hd_client_id: "H4", client_id: "P4" },
    ];
    const links = [
      { hd_client_id: "H1", client_id: "P1", decision: "merged" as const },
      { hd_client_id: "H2", client_id: "P9", decision: "merged" as const }, // wrong merge
      { hd_client_id: "H3", client_id: "P3", decision: "review" as const }, // right candidate
      { hd_client_id: "H4", client_id: null, decision: "unmatched" as const }, // missed
      { hd_client_id: "H5", client_id: "P5", decision: "review" as const }, // truly nobody
      { hd_client_id: "H6", client_id: null, decision: "unmatched" as const },
    ];
    const a = scoreLinks(links, truth);
    expect(a).toMatchObject({
      hdClients: 6,
      truePairs: 4,
      merged: 2,
      mergedRight: 1,
      review: 2,
      reviewRight: 1,
      unmatched: 2,
      missed: 2,
    });
    expect(a.precision).toBe(0.5);
    expect(a.recall).toBe(0.5);
    expect(a.reviewShare).toBeCloseTo(2 / 6);
  });

  it("is perfect on empty input", () => {
    expect(scoreLinks([], [])).toMatchObject({ precision: 1, recall: 1, reviewShare: 0 });
  });
});
