// Queue board: every practice by journey status, most urgent first, for the onboarding team.
import type { Metadata } from "next";
import Link from "next/link";
import { BoardColumn } from "@/components/board/board-column";
import { BoardSummary } from "@/components/board/board-summary";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/guards";
import { countPracticesByStatus, listBoardCards } from "@/lib/board/queries";
import { appNow } from "@/lib/clock/now";
import { healthOfPractices } from "@/lib/health/practice-health";
import { MAIN_PATH, SIDE_STATES } from "@/lib/onboarding/journey";
import { stepMedians } from "@/lib/analytics/step-medians";

export const metadata: Metadata = { title: "Queue board" };

const COLUMNS = [...MAIN_PATH, ...SIDE_STATES];

export default async function BoardPage() {
  await requireStaff("/board");
  const now = await appNow();
  const [counts, cards, medians] = await Promise.all([countPracticesByStatus(now), listBoardCards(), stepMedians(now)]);
  // The Live cards show the same health light as /integrations.
  const health = await healthOfPractices(
    cards.LIVE.map((card) => card.id),
    now,
  );
  for (const card of cards.LIVE) card.health = health.get(card.id);
  const totals = COLUMNS.reduce(
    (sum, status) => ({
      total: sum.total + counts[status].total,
      late: sum.late + counts[status].late,
      dueSoon: sum.dueSoon + counts[status].dueSoon,
    }),
    { total: 0, late: 0, dueSoon: 0 },
  );
  return (
    <>
      <PageHeader
        title="Queue board"
        subtitle="Every practice by onboarding step. Each column lists late practices first, then those due soon, then the longest waiting."
        actions={
          <Link href="/board/table" className={buttonClass("secondary")}>
            Search and filter in table
          </Link>
        }
      />
      <BoardSummary {...totals} />
      <p className="mb-2 text-xs text-slate-600" aria-hidden="true">
        {COLUMNS.length} steps: scroll sideways to see them all →
      </p>
      <div
        role="region"
        aria-label="Board columns (scroll sideways for more steps)"
        tabIndex={0}
        className="-mx-4 overflow-x-auto px-4 pb-4"
      >
        <div className="flex items-start gap-3">
          {COLUMNS.map((status) => (
            <BoardColumn key={status} status={status} counts={counts[status]} cards={cards[status]} now={now} medians={medians} />
          ))}
        </div>
      </div>
    </>
  );
}
