// One practice on the queue board: enough to decide whether to chase it without opening it.
import Link from "next/link";
import type { BoardCard } from "@/lib/board/queries";
import { clockState } from "@/lib/onboarding/clock";
import { NextStep, PracticeClock, timeInStatus } from "./practice-facts";

const EDGE: Record<ReturnType<typeof clockState>, string> = {
  late: "border-l-red-600",
  due_soon: "border-l-amber-500",
  on_time: "border-l-emerald-500",
  none: "border-l-slate-300",
};

export function PracticeCard({ card, now }: { card: BoardCard; now: Date }) {
  return (
    <article className={`rounded-md border border-l-4 border-slate-200 bg-white p-3 text-sm shadow-sm ${EDGE[clockState(card.dueAt, now)]}`}>
      <h3 className="font-semibold leading-snug">
        <Link href={`/practices/${card.id}`} className="text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline">
          {card.name}
        </Link>
      </h3>
      <p className="mt-0.5 text-xs text-slate-600">
        {card.city}, {card.state} · {timeInStatus(card.statusChangedAt, now)} in status
      </p>
      {card.dueAt && (
        <div className="mt-2">
          <PracticeClock dueAt={card.dueAt} now={now} />
        </div>
      )}
      {card.sideReason && <p className="mt-2 text-xs text-amber-900">Reason: {card.sideReason}</p>}
      <p className="mt-2 text-xs text-slate-600">
        <span className="sr-only">Next: </span>
        <NextStep status={card.status} partnerName={card.partnerName} />
      </p>
      <p className="mt-1 text-xs text-slate-500">Owner: {card.ownerName ?? "Unassigned"}</p>
    </article>
  );
}
