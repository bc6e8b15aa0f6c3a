// The filter of the sync page's "Applied automatically" list: one link per kind, with counts.
import Link from "next/link";
import type { AppliedFilter } from "@/lib/sync/applied-queries";
import { formatCount } from "@/lib/format/numbers";

const LABELS: Record<AppliedFilter, string> = {
  fields: "All field changes",
  email: "Email",
  weight: "Weight",
  deceased: "Deceased",
  new: "New records",
};

export function AppliedFilterLinks({
  current,
  counts,
  hrefFor,
}: {
  current: AppliedFilter;
  counts: Record<AppliedFilter, number>;
  hrefFor: (filter: AppliedFilter) => string;
}) {
  return (
    <nav aria-label="Filter applied changes by kind" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {(Object.keys(LABELS) as AppliedFilter[]).map((f) => (
          <li key={f}>
            <Link
              href={hrefFor(f)}
              scroll={false}
              aria-current={f === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm ${
                f === current
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
              }`}
            >
              {LABELS[f]} ({formatCount(counts[f])})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
