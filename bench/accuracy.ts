/**
 * Scores links.csv against truth.csv (contract sections 3 and 4):
 * - precision: automatic merges that name the true PIMS client, over all merges;
 * - recall: true pairs merged, or sent to review with the right candidate, over all true pairs;
 * - review share: home-delivery clients sent to review, over all home-delivery clients.
 */
import type { LinkRow, TruthRow } from "@/lib/contracts";

export interface LinkAccuracy {
  hdClients: number;
  truePairs: number;
  merged: number;
  mergedRight: number;
  review: number;
  reviewRight: number;
  unmatched: number;
  /** True pairs left unmatched or linked to the wrong client. */
  missed: number;
  /** 1 when nothing was merged. */
  precision: number;
  /** 1 when there are no true pairs. */
  recall: number;
  reviewShare: number;
}

export function scoreLinks(
  links: Iterable<Pick<LinkRow, "hd_client_id" | "client_id" | "decision">>,
  truth: Iterable<Pick<TruthRow, "hd_client_id" | "client_id">>,
): LinkAccuracy {
  const truePims = new Map<string, string>();
  for (const row of truth) truePims.set(row.hd_client_id, row.client_id);
  const a = { hdClients: 0, merged: 0, mergedRight: 0, review: 0, reviewRight: 0, unmatched: 0 };
  for (const link of links) {
    a.hdClients++;
    const right = link.client_id !== null && truePims.get(link.hd_client_id) === link.client_id;
    if (link.decision === "merged") {
      a.merged++;
      if (right) a.mergedRight++;
    } else if (link.decision === "review") {
      a.review++;
      if (right) a.reviewRight++;
    } else a.unmatched++;
  }
  const found = a.mergedRight + a.reviewRight;
  return {
    ...a,
    truePairs: truePims.size,
    missed: truePims.size - found,
    precision: a.merged === 0 ? 1 : a.mergedRight / a.merged,
    recall: truePims.size === 0 ? 1 : found / truePims.size,
    reviewShare: a.hdClients === 0 ? 0 : a.review / a.hdClients,
  };
}
