// The practice's merge in numbers, each a link to the list behind it.
import Link from "next/link";
import type { MergeCounts } from "@/lib/merge/review/queries";
import { formatCount } from "@/lib/format/numbers";

function mergeHrefs(practiceId: string) {
  const base = `/practices/${practiceId}/merge`;
  return {
    queue: base,
    mergedAuto: `${base}/links?view=merged&by=auto`,
    mergedStaff: `${base}/links?view=merged&by=staff`,
    unmatched: `${base}/links?view=unmatched`,
    rejected: `${base}/links?view=rejected`,
  };
}

export function MergeCountsList({
  practiceId,
  counts,
  compact = false,
}: {
  practiceId: string;
  counts: MergeCounts;
  compact?: boolean;
}) {
  const href = mergeHrefs(practiceId);
  const items = [
    { label: "To review", value: counts.review, href: href.queue, strong: counts.review > 0 },
    { label: "Merged automatically", value: counts.mergedAuto, href: href.mergedAuto },
    { label: "Merged by staff", value: counts.mergedStaff, href: href.mergedStaff },
    { label: "Unmatched", value: counts.unmatched, href: href.unmatched },
    { label: "Not the same person", value: counts.rejected, href: href.rejected },
  ];
  return (
    <dl className={compact ? "grid grid-cols-2 gap-x-4 gap-y-2 text-sm" : "grid grid-cols-2 gap-3 text-sm sm:grid-cols-5"}>
      {items.map((item) => (
        <div key={item.label} className={compact ? "" : "rounded-md border border-slate-200 bg-white px-3 py-2"}>
          <dt className="text-slate-600">{item.label}</dt>
          <dd
            className={`tabular-nums ${item.strong ? "font-bold text-amber-900" : "font-semibold text-slate-900"} ${compact ? "" : "text-lg"}`}
          >
            <Link href={item.href} className="underline-offset-2 hover:underline">
              {formatCount(item.value)}
              <span className="sr-only"> {item.label.toLowerCase()}: open the list</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
