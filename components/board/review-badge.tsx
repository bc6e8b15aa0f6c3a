// "7 to review": home-delivery/PIMS pairs of a practice waiting for a person, linking straight
// to its merge review queue. Plain <a> and one string, like the rest of the board card.
import { formatCount } from "@/lib/format/numbers";
export function ReviewBadge({ practiceId, count, practiceName }: { practiceId: string; count: number; practiceName: string }) {
  return (
    <a
      href={`/practices/${practiceId}/merge`}
      className="inline-flex gap-1 rounded-full border border-indigo-200 bg-indigo-50 px-2 py-0.5 text-xs font-semibold text-indigo-900 underline underline-offset-2"
    >
      <span aria-hidden="true">⇄</span>
      {`${formatCount(count)} to review`}
      <span className="sr-only">{`: client merges of ${practiceName}`}</span>
    </a>
  );
}
