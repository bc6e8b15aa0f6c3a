// The latest review decisions: what was applied or dismissed, by whom, when and why.
import { formatInZone } from "@/lib/format/dates";
import type { listReviewedChanges } from "@/lib/sync/queries";
import { CHANGE_TITLES } from "./change-labels";

type Rows = Awaited<ReturnType<typeof listReviewedChanges>>;

export function ReviewedChanges({ rows, timeZone }: { rows: Rows; timeZone: string }) {
  if (rows.length === 0) return null;
  return (
    <details className="mt-5 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700 underline">Recently reviewed ({rows.length})</summary>
      <ul className="mt-2 space-y-2">
        {rows.map((r) => (
          <li key={r.id} className="border-l-2 border-slate-200 pl-3">
            <p>
              <strong>{r.status === "APPLIED" ? "Applied" : "Dismissed"}</strong>: {CHANGE_TITLES[r.field] ?? r.field} of{" "}
              {r.entity === "client" ? "client" : "patient"} {r.pimsId}
              {r.sameAnimalConfirmed && " (confirmed same animal)"}
            </p>
            <p className="text-xs text-slate-600">
              {r.reviewer}
              {r.reviewedAt && ` · ${formatInZone(r.reviewedAt, timeZone)}`}
              {r.note && ` · “${r.note}”`}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
