// The practice page's pointer to the merge: how the home-delivery clients stand against the
// PIMS (to review, merged, unmatched, rejected) and the way to the review queue. Loads its own
// counts (one query) so the practice page only places it.
import Link from "next/link";
import { getMergeCounts } from "@/lib/merge/review-queries";
import { Card } from "@/components/ui/card";
import { MergeCountsList } from "./merge-counts";

export async function MergeCard({ practiceId }: { practiceId: string }) {
  const counts = await getMergeCounts(practiceId);
  if (counts.homeDeliveryClients === 0) return null;
  return (
    <Card title="Merge: home-delivery clients">
      <MergeCountsList practiceId={practiceId} counts={counts} compact />
      <p className="mt-3 text-sm">
        <Link href={`/practices/${practiceId}/merge`} className="text-brand-700 underline">
          {counts.review ? `Review ${counts.review.toLocaleString("en-US")} possible ${counts.review === 1 ? "match" : "matches"}` : "Open merge review"}
        </Link>
        {" · "}
        <Link href={`/practices/${practiceId}/merge/links`} className="text-brand-700 underline">Merged and unmatched</Link>
      </p>
    </Card>
  );
}
