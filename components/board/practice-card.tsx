// One practice on the queue board: enough to decide whether to chase it without opening it.
// The step's next action and who it waits on are written once in the column header.
// Kept lean on purpose, because a board renders 180 cards and sends every byte twice (HTML and
// the React payload): text joined into single strings, short class lists, and a plain <a>
// rather than next/link, whose 180 client components cost ~20 ms of server CPU per render
// (measured with bench/board.ts) plus their hydration in the browser. At 1280 px a card is about
// 125 px wide (nine columns): tighter padding, and badges that may wrap inside themselves.
import { projectGoLive, type StepMedians } from "@/lib/analytics/projection";
import type { BoardCard } from "@/lib/board/queries";
import { clockState } from "@/lib/format/deadline";
import { STATUS_INFO } from "@/lib/onboarding/journey";
import { agentInstalled } from "@/lib/onboarding/windows";
import { syncBadge } from "@/lib/sync/status";
import { SyncSummaryBadge } from "@/components/sync/sync-badges";
import { HealthLight } from "@/components/health/health-light";
import { PracticeClock, timeInStatus } from "./practice-facts";
import { ReviewBadge } from "./review-badge";

const EDGE: Record<ReturnType<typeof clockState>, string> = {
  late: "border-l-red-600",
  due_soon: "border-l-amber-500",
  on_time: "border-l-emerald-500",
  none: "border-l-slate-300",
};

const shortDate = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export function PracticeCard({ card, now, medians }: { card: BoardCard; now: Date; medians: StepMedians }) {
  // The column header says who its step waits on; a card adds only which partner.
  const partner = STATUS_INFO[card.status].owner === "partner" ? card.partnerName : null;
  const projection = projectGoLive(card, medians, now);
  return (
    <article
      className={`rounded-md border border-l-4 border-slate-200 bg-white p-3 text-xs text-slate-600 shadow-sm break-words xl:p-1.5 xl:[&_.rounded-full]:block xl:[&_.rounded-full]:rounded-md xl:[&_.rounded-full]:px-1.5 xl:[&_.rounded-full>span]:mx-0.5 ${EDGE[clockState(card.dueAt, now)]}`}
    >
      <h3 className="text-sm font-semibold leading-tight text-slate-900 xl:text-xs">
        <a href={`/practices/${card.id}`} className="hover:text-brand-700 hover:underline">
          {card.name}
        </a>
      </h3>
      <p className="mt-0.5">{`${card.city}, ${card.state} · ${timeInStatus(card.statusChangedAt, now)} in status`}</p>
      {card.dueAt && (
        <p className="mt-1.5">
          <PracticeClock dueAt={card.dueAt} now={now} />
        </p>
      )}
      {card.health ? (
        <p className="mt-1.5">
          <HealthLight health={card.health} />
        </p>
      ) : (
        agentInstalled(card.status) &&
        syncBadge(card, now) && (
          <p className="mt-1.5">
            <SyncSummaryBadge badge={syncBadge(card, now)} />
          </p>
        )
      )}
      {card.reviewCount > 0 && (
        <p className="mt-1.5">
          <ReviewBadge practiceId={card.id} count={card.reviewCount} practiceName={card.name} />
        </p>
      )}
      {card.sideReason && <p className="mt-1.5 text-amber-900">{`Reason: ${card.sideReason}`}</p>}
      {partner && <p className="mt-1.5 font-semibold text-slate-800">{`Waiting on: ${partner}`}</p>}
      <p className="mt-1.5">{`Owner: ${card.ownerName ?? "Unassigned"}`}</p>
      {projection.kind === "projected" && <p className="mt-1">{`Projected live: ${shortDate.format(projection.goLiveAt)}`}</p>}
    </article>
  );
}
