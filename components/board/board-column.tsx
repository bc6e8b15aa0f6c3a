// One status column of the queue board: its count, its most urgent cards, and a way to the rest.
// Nine of them share 1280 px, so the header says only who the step waits on and its limit; the
// step's next action folds open. On a phone the columns stack and show their 3 most urgent cards.
import Link from "next/link";
import type { StepMedians } from "@/lib/analytics/projection";
import { StatusBadge } from "@/components/ui/badges";
import { boardTableHref } from "@/lib/board/filters";
import type { BoardCard, StatusCounts } from "@/lib/board/queries";
import { STATUS_INFO, timeLimitLabel, type Status } from "@/lib/onboarding/journey";
import { ownerLabel } from "@/lib/onboarding/next-step";
import { PracticeCard } from "./practice-card";
import { formatCount } from "@/lib/format/numbers";

type Props = { status: Status; counts: StatusCounts; cards: BoardCard[]; now: Date; medians: StepMedians };

/** Cards a stacked column shows on a phone; the rest are one link away in the table. */
const PHONE_CARDS = 3;

export function columnId(status: Status) {
  return `column-${status.toLowerCase()}`;
}

export function BoardColumn({ status, counts, cards, now, medians }: Props) {
  const headingId = columnId(status);
  const { nextAction, owner, label } = STATUS_INFO[status];
  const limit = timeLimitLabel(status);
  const actor = ownerLabel(owner, "Integration partner");
  const urgent = [counts.late && `${formatCount(counts.late)} late`, counts.dueSoon && `${formatCount(counts.dueSoon)} due soon`]
    .filter(Boolean)
    .join(" · ");
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 scroll-mt-4 flex-col rounded-lg bg-slate-200/60 p-3 xl:p-1"
      id={`${headingId}-section`}
    >
      <div className="mb-3 xl:mb-2 xl:px-0.5">
        <h2
          id={headingId}
          className="flex items-start justify-between gap-1 xl:[&>.rounded-full]:rounded-md xl:[&>.rounded-full]:px-1.5"
        >
          <StatusBadge status={status} />
          <span className="text-sm font-semibold text-slate-700">
            {formatCount(counts.total)}
            <span className="sr-only"> practices</span>
          </span>
        </h2>
        <p className="mt-1.5 text-xs text-slate-700">{actor ? `Waits on: ${actor}` : "Waits on nobody"}</p>
        {limit && <p className="text-xs text-slate-600">{`Limit: ${limit}`}</p>}
        {urgent && <p className="mt-1 text-xs font-semibold text-red-800">{urgent}</p>}
        <details className="mt-1 text-xs text-slate-700">
          <summary className="cursor-pointer font-medium text-brand-700">
            Next step<span className="sr-only">{` at ${label}`}</span>
          </summary>
          <p className="mt-1">{nextAction}</p>
        </details>
      </div>
      {cards.length === 0 ? (
        <p className="text-sm text-slate-500 xl:text-xs">No practices at this step.</p>
      ) : (
        <ol className="space-y-2 xl:space-y-1.5 max-sm:[&>li:nth-child(n+4)]:hidden" aria-label={`${label}, most urgent first`}>
          {cards.map((card) => (
            <li key={card.id}>
              <PracticeCard card={card} now={now} medians={medians} />
            </li>
          ))}
        </ol>
      )}
      {cards.length > PHONE_CARDS && (
        <p className="mt-2 text-xs text-slate-600 sm:hidden">{`The ${PHONE_CARDS} most urgent of ${formatCount(counts.total)}.`}</p>
      )}
      {counts.total > 0 && (
        <Link
          href={boardTableHref({ status: [status] })}
          className="mt-3 text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 xl:mt-2 xl:text-xs"
        >
          {`View all ${formatCount(counts.total)} in table`}
          <span className="sr-only">{`: ${label}`}</span>
        </Link>
      )}
    </section>
  );
}
