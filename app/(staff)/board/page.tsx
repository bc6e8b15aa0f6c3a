// Queue board: every practice by journey status, most urgent first, for the onboarding team.
import type { Metadata } from "next";
import Link from "next/link";
import { BoardColumn, columnId } from "@/components/board/board-column";
import { BoardSummary } from "@/components/board/board-summary";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/guards";
import { countPracticesByStatus, listBoardCards } from "@/lib/board/queries";
import { appNow } from "@/lib/clock/now";
import { healthOfPractices } from "@/lib/health/practice-health";
import { MAIN_PATH, SIDE_STATES, STATUS_INFO } from "@/lib/onboarding/journey";
import { formatCount } from "@/lib/format/numbers";
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
      {/* On a phone the columns stack: a step picker jumps to one. */}
      <nav aria-label="Jump to a step" className="mb-4 sm:hidden">
        <ul className="flex flex-wrap gap-2">
          {COLUMNS.map((status) => (
            <li key={status}>
              <a
                href={`#${columnId(status)}-section`}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-xs font-medium text-slate-800"
              >
                {STATUS_INFO[status].label}
                <span className="font-semibold">{formatCount(counts[status].total)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* All nine steps side by side from 1280 px; fewer per row below, never a sideways scroll. */}
      <div className="grid grid-cols-1 items-start gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-9 xl:gap-1">
        {COLUMNS.map((status) => (
          <BoardColumn key={status} status={status} counts={counts[status]} cards={cards[status]} now={now} medians={medians} />
        ))}
      </div>
    </>
  );
}
