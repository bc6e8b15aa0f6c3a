// One shipped line's writeback state, named and coloured the same on every page.
import { BUCKET_INFO, type Bucket } from "@/lib/writeback/buckets";

const COLORS: Record<Bucket, string> = {
  written: "bg-emerald-100 text-emerald-900",
  not_eligible_otc: "bg-slate-100 text-slate-800",
  not_eligible_compounded: "bg-slate-100 text-slate-800",
  waiting_link: "bg-amber-100 text-amber-900",
  queued: "bg-sky-100 text-sky-900",
  retrying: "bg-orange-100 text-orange-900",
  dead: "bg-red-100 text-red-900",
};

export function BucketBadge({ bucket }: { bucket: Bucket }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${COLORS[bucket]}`}
    >
      {BUCKET_INFO[bucket].label}
    </span>
  );
}

export function DeceasedBadge() {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full bg-violet-100 px-2.5 py-0.5 text-xs font-semibold text-violet-900">
      Patient deceased
    </span>
  );
}
