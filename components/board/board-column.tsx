// One status column of the queue board: its count, its most urgent cards, and a way to the rest.
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

export function BoardColumn({ status, counts, cards, now, medians }: Props) {
  const headingId = `column-${status.toLowerCase()}`;
  const { nextAction, owner } = STATUS_INFO[status];
  const limit = timeLimitLabel(status);
  const actor = ownerLabel(owner, "Integration partner");
  const urgent = [counts.late && `${formatCount(counts.late)} late`, counts.dueSoon && `${formatCount(counts.dueSoon)} due soon`]
    .filter(Boolean)
    .join(" · ");
  return (
    <section aria-labelledby={headingId} className="flex w-64 shrink-0 flex-col rounded-lg bg-slate-200/60 p-3">
      <div className="mb-3">
        <h2 id={headingId} className="flex items-center justify-between gap-2">
          <StatusBadge status={status} />
          <span className="text-sm font-semibold text-slate-700">
            {formatCount(counts.total)}
            <span className="sr-only"> practices</span>
          </span>
        </h2>
        <p className="mt-2 text-xs text-slate-700">
          <span className="font-semibold">{actor ? `Next step (${actor}):` : "Next step:"}</span> {nextAction}
        </p>
        {limit && <p className="mt-1 text-xs text-slate-600">{`Time limit: ${limit} from entering this step`}</p>}
        {urgent && <p className="mt-1 text-xs font-semibold text-red-800">{urgent}</p>}
      </div>
      {cards.length === 0 ? (
        <p className="text-sm text-slate-500">No practices at this step.</p>
      ) : (
        <ol className="space-y-2" aria-label={`${STATUS_INFO[status].label}, most urgent first`}>
          {cards.map((card) => (
            <li key={card.id}>
              <PracticeCard card={card} now={now} medians={medians} />
            </li>
          ))}
        </ol>
      )}
      {counts.total > 0 && (
        <Link
          href={boardTableHref({ status: [status] })}
          className="mt-3 text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
        >
          {`View all ${formatCount(counts.total)} in table`}
          <span className="sr-only">{`: ${STATUS_INFO[status].label}`}</span>
        </Link>
      )}
    </section>
  );
}
