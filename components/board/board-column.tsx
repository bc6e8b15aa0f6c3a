// One status column of the queue board: its count, its most urgent cards, and a way to the rest.
import Link from "next/link";
import { StatusBadge } from "@/components/ui/badges";
import { boardTableHref } from "@/lib/board/filters";
import type { BoardCard, StatusCounts } from "@/lib/board/queries";
import type { Status } from "@/lib/onboarding/journey";
import { PracticeCard } from "./practice-card";

type Props = { status: Status; counts: StatusCounts; cards: BoardCard[]; now: Date };

export function BoardColumn({ status, counts, cards, now }: Props) {
  const headingId = `column-${status.toLowerCase()}`;
  const urgent = [counts.late && `${counts.late} late`, counts.dueSoon && `${counts.dueSoon} due soon`].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby={headingId} className="flex w-64 shrink-0 flex-col rounded-lg bg-slate-100 p-3">
      <div className="mb-3">
        <h2 id={headingId} className="flex items-center justify-between gap-2">
          <StatusBadge status={status} />
          <span className="text-sm font-semibold text-slate-700">
            {counts.total.toLocaleString("en-US")}
            <span className="sr-only"> practices</span>
          </span>
        </h2>
        {urgent && <p className="mt-1 text-xs font-medium text-red-800">{urgent}</p>}
      </div>
      {cards.length === 0 ? (
        <p className="text-sm text-slate-500">No practices at this step.</p>
      ) : (
        <ol className="space-y-2" aria-label="Most urgent first">
          {cards.map((card) => (
            <li key={card.id}>
              <PracticeCard card={card} now={now} />
            </li>
          ))}
        </ol>
      )}
      {counts.total > 0 && (
        <Link href={boardTableHref({ status: [status] })} className="mt-3 text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          View all {counts.total.toLocaleString("en-US")} in table
        </Link>
      )}
    </section>
  );
}
