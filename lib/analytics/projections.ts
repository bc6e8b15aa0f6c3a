// Projected go-live dates for every active practice, soonest first, and how many fall in each
// of the coming weeks: the analytics page's projection section.
import "server-only";
import { db } from "@/lib/db/client";
import type { Status } from "@/lib/onboarding/journey";
import { projectGoLive, type StepMedians } from "./projection";

type ProjectedPractice = { id: string; name: string; status: Status; partnerName: string; goLiveAt: Date };

export async function projectActivePractices(medians: StepMedians, now: Date, take = 25) {
  const practices = await db.practice.findMany({
    where: { status: { notIn: ["LIVE", "ON_HOLD", "CANCELLED"] } },
    select: { id: true, name: true, status: true, statusChangedAt: true, partner: { select: { name: true } } },
  });
  const projected: ProjectedPractice[] = [];
  for (const p of practices) {
    const projection = projectGoLive(p, medians, now);
    if (projection.kind === "projected")
      projected.push({ id: p.id, name: p.name, status: p.status, partnerName: p.partner.name, goLiveAt: projection.goLiveAt });
  }
  projected.sort((a, b) => a.goLiveAt.getTime() - b.goLiveAt.getTime());
  const weeks = new Map<string, number>();
  const WEEKS = 12;
  for (let i = 0; i < WEEKS; i++) weeks.set(String(i), 0);
  let later = 0;
  for (const p of projected) {
    const week = Math.floor((p.goLiveAt.getTime() - now.getTime()) / (7 * 86_400_000));
    if (week < WEEKS) weeks.set(String(week), (weeks.get(String(week)) ?? 0) + 1);
    else later++;
  }
  return {
    total: projected.length,
    soonest: projected.slice(0, take),
    byWeek: [...weeks.entries()].map(([week, count]) => ({
      weekStart: new Date(now.getTime() + Number(week) * 7 * 86_400_000),
      count,
    })),
    later,
  };
}
