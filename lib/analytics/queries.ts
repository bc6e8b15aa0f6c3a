// The onboarding analytics, read from the journey's event rows (every transition is one): time
// in each step, on-time rate of each timed step by partner and by owner, the weekly funnel and
// hold time. Each is one grouped SQL statement, so 5,000 practices answer in tens of ms.
// A step's time is the sum of its visits: hold time is its own status, so a hold pauses the
// step's time and is counted apart, the way the journey's clocks count it.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { isTimed, MAIN_PATH, type Status } from "@/lib/onboarding/journey";
import type { Period } from "./period";

const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const ORDER = Prisma.raw(`ARRAY[${MAIN_PATH.map((s) => `'${s}'`).join(",")}]::"PracticeStatus"[]`);

/** Every stay in a status: when it began and ended, and the statuses around it. */
const VISITS = Prisma.sql`
  visits AS (
    SELECT practice_id, to_status AS status, created_at AS entered,
           lead(created_at) OVER w AS left_at, lead(to_status) OVER w AS next_status, lag(to_status) OVER w AS prev_status
    FROM journey_events
    WHERE to_status IS NOT NULL AND (kind = 'transition' OR (kind = 'note' AND action = 'created'))
    WINDOW w AS (PARTITION BY practice_id ORDER BY created_at, id)
  )`;

/** Completed steps: a practice's total time in a main-path status it moved on from. */
const STEPS = Prisma.sql`
  steps AS (
    SELECT practice_id, status, sum(extract(epoch FROM left_at - entered))::float8 AS seconds, max(left_at) AS done_at
    FROM visits
    WHERE left_at IS NOT NULL AND status <> 'LIVE' AND array_position(${ORDER}, status) IS NOT NULL
    GROUP BY practice_id, status
    HAVING bool_or(array_position(${ORDER}, next_status) > array_position(${ORDER}, status))
  )`;

export type StepDuration = { status: Status; count: number; medianHours: number; p90Hours: number };

export async function stepDurations(period: Pick<Period, "from" | "to">): Promise<StepDuration[]> {
  const rows = await db.$queryRaw<{ status: Status; count: number; median: number; p90: number }[]>`
    WITH ${VISITS}, ${STEPS}
    SELECT status::text AS status, count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
    FROM steps WHERE done_at >= ${utc(period.from)} AND done_at < ${utc(period.to)}
    GROUP BY status`;
  const byStatus = new Map(rows.map((r) => [r.status, r]));
  return MAIN_PATH.filter((s) => s !== "LIVE").map((status) => {
    const row = byStatus.get(status);
    return { status, count: row?.count ?? 0, medianHours: (row?.median ?? 0) / 3600, p90Hours: (row?.p90 ?? 0) / 3600 };
  });
}

/** Steps with a time limit in the journey: the ones that can be late. */
export const TIMED_STEPS: readonly Status[] = MAIN_PATH.filter(isTimed);

export type OnTimeRow = { status: Status; group: "partner" | "owner"; name: string; total: number; onTime: number };

/**
 * On-time rate of each timed step, by partner and by staff owner. A step was late when the
 * journey's timer recorded it late (a "time_limit"/"late" event from that status), so the
 * analytics never judge lateness differently from the board and the emails.
 */
export async function onTimeRates(period: Pick<Period, "from" | "to">): Promise<OnTimeRow[]> {
  const timed = Prisma.join(TIMED_STEPS.map((s) => Prisma.sql`${s}::"PracticeStatus"`));
  const rows = await db.$queryRaw<
    { status: Status; partner: string | null; owner: string | null; total: number; on_time: number }[]
  >`
    WITH ${VISITS}, ${STEPS},
    late AS (
      SELECT DISTINCT practice_id, from_status AS status FROM journey_events
      WHERE kind = 'time_limit' AND action = 'late' AND from_status IS NOT NULL
    )
    SELECT s.status::text AS status,
           CASE WHEN GROUPING(pa.name) = 0 THEN pa.name END AS partner,
           CASE WHEN GROUPING(pa.name) = 1 THEN coalesce(u.name, u.email, 'Unassigned') END AS owner,
           count(*)::int AS total, count(*) FILTER (WHERE l.practice_id IS NULL)::int AS on_time
    FROM steps s
    JOIN practices p ON p.id = s.practice_id
    JOIN partners pa ON pa.id = p.partner_id
    LEFT JOIN users u ON u.id = p.owner_id
    LEFT JOIN late l ON l.practice_id = s.practice_id AND l.status = s.status
    WHERE s.status IN (${timed}) AND s.done_at >= ${utc(period.from)} AND s.done_at < ${utc(period.to)}
    GROUP BY GROUPING SETS ((s.status, pa.name), (s.status, coalesce(u.name, u.email, 'Unassigned')))`;
  return rows
    .map((r) => ({
      status: r.status,
      group: r.partner !== null ? ("partner" as const) : ("owner" as const),
      name: r.partner ?? r.owner ?? "Unassigned",
      total: r.total,
      onTime: r.on_time,
    }))
    .sort(
      (a, b) =>
        MAIN_PATH.indexOf(a.status) - MAIN_PATH.indexOf(b.status) ||
        a.group.localeCompare(b.group) ||
        a.name.localeCompare(b.name),
    );
}

export type FunnelWeek = { week: string; entered: number; live: number; cancelled: number };

/** Per ISO week (Monday, UTC): practices created, practices gone Live, onboardings cancelled. */
export async function funnelByWeek(period: Pick<Period, "from" | "to">): Promise<FunnelWeek[]> {
  const rows = await db.$queryRaw<{ week: Date; entered: number; live: number; cancelled: number }[]>`
    SELECT week, sum(entered)::int AS entered, sum(live)::int AS live, sum(cancelled)::int AS cancelled FROM (
      SELECT date_trunc('week', created_at) AS week, 1 AS entered, 0 AS live, 0 AS cancelled FROM practices
        WHERE created_at >= ${utc(period.from)} AND created_at < ${utc(period.to)}
      UNION ALL
      SELECT date_trunc('week', live_at), 0, 1, 0 FROM practices
        WHERE live_at >= ${utc(period.from)} AND live_at < ${utc(period.to)}
      UNION ALL
      SELECT date_trunc('week', created_at), 0, 0, 1 FROM journey_events
        WHERE kind = 'transition' AND to_status = 'CANCELLED' AND created_at >= ${utc(period.from)} AND created_at < ${utc(period.to)}
    ) AS x GROUP BY week ORDER BY week`;
  const found = new Map(rows.map((r) => [r.week.toISOString().slice(0, 10), r]));
  // Every week of the period, empty ones too, so the chart's axis is true to time.
  const weeks: FunnelWeek[] = [];
  const monday = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  for (let w = monday(period.from); w < period.to; w = new Date(w.getTime() + 7 * 86_400_000)) {
    const key = w.toISOString().slice(0, 10);
    const row = found.get(key);
    weeks.push({ week: key, entered: row?.entered ?? 0, live: row?.live ?? 0, cancelled: row?.cancelled ?? 0 });
  }
  return weeks;
}

export type HoldRow = { fromStatus: Status; holds: number; totalHours: number; medianHours: number; ongoing: number };

/** Holds that overlap the period, by the step they interrupted; an ongoing hold counts up to now. */
export async function holdTime(period: Pick<Period, "from" | "to">): Promise<HoldRow[]> {
  const rows = await db.$queryRaw<{ status: Status; holds: number; total: number; median: number; ongoing: number }[]>`
    WITH ${VISITS}
    SELECT prev_status::text AS status, count(*)::int AS holds,
           sum(extract(epoch FROM coalesce(left_at, ${utc(period.to)}) - entered))::float8 AS total,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(left_at, ${utc(period.to)}) - entered)) AS median,
           count(*) FILTER (WHERE left_at IS NULL)::int AS ongoing
    FROM visits
    WHERE status = 'ON_HOLD' AND prev_status IS NOT NULL AND entered < ${utc(period.to)} AND coalesce(left_at, ${utc(period.to)}) >= ${utc(period.from)}
    GROUP BY prev_status`;
  return rows
    .map((r) => ({
      fromStatus: r.status,
      holds: r.holds,
      totalHours: r.total / 3600,
      medianHours: r.median / 3600,
      ongoing: r.ongoing,
    }))
    .sort((a, b) => MAIN_PATH.indexOf(a.fromStatus) - MAIN_PATH.indexOf(b.fromStatus));
}

/** Everything the analytics page shows, read in parallel. */
export async function loadAnalytics(period: Period) {
  const [steps, onTime, funnel, holds] = await Promise.all([
    stepDurations(period),
    onTimeRates(period),
    funnelByWeek(period),
    holdTime(period),
  ]);
  return { steps, onTime, funnel, holds };
}
