// The practice page's pointer to the merge: how the home-delivery clients stand against the
// PIMS (to review, merged, unmatched, rejected) and the way to the review queue. Loads its own
// counts (one query) so the practice page only places it.
import Link from "next/link";
import { getMergeCounts } from "@/lib/merge/review/queries";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/lib/format/numbers";

export async function MergeCard({ practiceId }: { practiceId: string }) {
  const counts = await getMergeCounts(practiceId);
  if (counts.homeDeliveryClients === 0) return null;
  return (
    <Card title="Merge with PIMS clients">
      <p className="text-sm">
        {counts.review === 0 ? (
          "No possible match waits for review."
        ) : (
          <strong>{`${formatCount(counts.review)} possible ${counts.review === 1 ? "match waits" : "matches wait"} for review.`}</strong>
        )}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {`Of ${formatCount(counts.homeDeliveryClients)} home-delivery clients: ${formatCount(counts.mergedAuto)} merged automatically, ${formatCount(counts.mergedStaff)} by staff, ${formatCount(counts.unmatched)} unmatched; ${formatCount(counts.rejected)} pairs marked not the same person.`}
      </p>
      <p className="mt-2 text-sm">
        <Link href={`/practices/${practiceId}/merge`} className="text-brand-700 underline">
          {counts.review ? "Open the review queue" : "Merge review"}
        </Link>
        {" · "}
        <Link href={`/practices/${practiceId}/merge/links`} className="text-brand-700 underline">
          Merged and unmatched clients
        </Link>
      </p>
    </Card>
  );
}
