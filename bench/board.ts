// `npm run bench:board`: how fast the staff queue board, its table and the analytics page
// answer with 5,000 practices. Starts its own PostgreSQL and `next start`, seeds a realistic
// spread of practices with their journey events (a year of steps, holds, late steps), signs in
// through a database session row, then times full responses (server time to the last byte) of
// each page, sequentially, and the board's and analytics' queries alone in-process.
// Targets: board pages p95 under 150 ms, /analytics p95 under 300 ms. Flags: --rebuild (run
// `next build` first). BENCH_PORT / BENCH_PG_PORT choose the ports. The run itself (database,
// server, timing, printing) is bench/staff-pages/run.ts, shared with bench:integrations.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { HOUR, SPREAD, seedPractices } from "./staff-pages/seed-practices";
import { APP_URL, mainOfStaffPageBench, runStaffPageBench, type PageSpec, type QueryCase } from "./staff-pages/run";

const PRACTICES = 5_000;
const BOARD_TARGET_MS = 150;
const ANALYTICS_TARGET_MS = 300;
const PAGES: PageSpec[] = [
  { label: "queue board", url: "/board", expect: "Queue board", target: BOARD_TARGET_MS },
  {
    label: "table: queued, late only, by due, page 2",
    url: "/board/table?status=QUEUED&lateOnly=1&sort=due&page=2",
    expect: "Showing 51",
    target: BOARD_TARGET_MS,
  },
  {
    label: 'table: text search "river", by name',
    url: "/board/table?q=river&sort=name",
    expect: "Showing 1",
    target: BOARD_TARGET_MS,
  },
  { label: "analytics, last 90 days", url: "/analytics", expect: "Time in each step", target: ANALYTICS_TARGET_MS },
  { label: "analytics, last 365 days", url: "/analytics?days=365", expect: "Time in each step", target: ANALYTICS_TARGET_MS },
];

// Typical hours spent in each main-path step (uniform between the two), for the journey events.
const STEP_HOURS: Record<string, [number, number]> = {
  DRAFT: [12, 120],
  QUEUED: [6, 80],
  INVITED: [24, 240],
  DETAILS_COMPLETE: [4, 40],
  INSTALL_SCHEDULED: [24, 300],
  INSTALLED: [72, 330],
};
const MAIN = ["DRAFT", "QUEUED", "INVITED", "DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED", "LIVE"];
const LIMIT_H: Record<string, number> = { QUEUED: 48, DETAILS_COMPLETE: 24 };

/** The practices (bench/staff-pages) with a year of journey events each, and a signed-in staff session. */
async function seed(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const events: Record<string, (string | null)[]> = { id: [], practice: [], kind: [], action: [], from: [], to: [], at: [] };
    const event = (practice: string, kind: string, action: string, from: string | null, to: string | null, at: number) => {
      events.id.push(randomUUID());
      events.practice.push(practice);
      events.kind.push(kind);
      events.action.push(action);
      events.from.push(from);
      events.to.push(to);
      events.at.push(new Date(at).toISOString());
    };
    /** The practice's journey as event rows, walked back from when it entered its status; returns its creation time. */
    const journey = (id: string, status: string, enteredAt: number, random: () => number) => {
      const side = status === "ON_HOLD" || status === "CANCELLED";
      const reached = side ? MAIN[Math.floor(random() * 5)] : status;
      const path = MAIN.slice(0, MAIN.indexOf(reached) + 1);
      const durations = path.slice(0, -1).map((s) => STEP_HOURS[s][0] + random() * (STEP_HOURS[s][1] - STEP_HOURS[s][0]));
      const lastStay = side ? 1 + random() * 48 : 0;
      let at = enteredAt - (lastStay + durations.reduce((a, b) => a + b, 0)) * HOUR;
      const created = at;
      event(id, "note", "created", null, "DRAFT", at);
      for (let k = 1; k < path.length; k++) {
        const step = path[k - 1];
        // One practice in 20 is held for a while in the middle of a step.
        if (random() < 0.05) {
          const before = durations[k - 1] * random();
          event(id, "transition", "putOnHold", step, "ON_HOLD", at + before * HOUR);
          const hold = 24 + random() * 200;
          event(id, "transition", "resume", "ON_HOLD", step, at + (before + hold) * HOUR);
          at += hold * HOUR;
        }
        if (LIMIT_H[step] && durations[k - 1] > LIMIT_H[step])
          event(id, "time_limit", "late", step, null, at + LIMIT_H[step] * HOUR);
        at += durations[k - 1] * HOUR;
        event(id, "transition", "bench", step, path[k], at);
      }
      if (side) event(id, "transition", status === "ON_HOLD" ? "putOnHold" : "cancel", reached, status, enteredAt);
      return { created, live: status === "LIVE" ? enteredAt : undefined };
    };
    const token = await seedPractices(client, {
      count: PRACTICES,
      spread: SPREAD,
      randomSeed: "pims-link-board-bench",
      onPractice: journey,
    });
    await client.query(
      `INSERT INTO journey_events (id, practice_id, kind, action, from_status, to_status, created_at, actor_label)
       SELECT id, practice, kind, action, from_s, to_s, at AT TIME ZONE 'UTC', 'bench'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::"PracticeStatus"[], $6::"PracticeStatus"[], $7::timestamptz[])
         AS t(id, practice, kind, action, from_s, to_s, at)`,
      ["id", "practice", "kind", "action", "from", "to", "at"].map((k) => events[k]),
    );
    // Production tables have planner statistics; a freshly loaded one has none until autovacuum.
    await client.query("ANALYZE");
    return token;
  } finally {
    await client.end();
  }
}

async function queryCases(): Promise<QueryCase[]> {
  const { countPracticesByStatus, listBoardCards, listTablePractices } = await import("../lib/board/queries");
  const { parseBoardTableParams } = await import("../lib/board/filters");
  const { loadAnalytics } = await import("../lib/analytics/queries");
  const { parsePeriod } = await import("../lib/analytics/period");
  const filtersOf = (url: string) => {
    const parsed = parseBoardTableParams(Object.fromEntries(new URL(url, APP_URL).searchParams));
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    return parsed.filters;
  };
  return [
    {
      label: "countPracticesByStatus + listBoardCards",
      run: (now: Date) => Promise.all([countPracticesByStatus(now), listBoardCards()]),
    },
    { label: "listTablePractices (queued, late, due, p2)", run: (now: Date) => listTablePractices(filtersOf(PAGES[1].url), now) },
    { label: 'listTablePractices (search "river")', run: (now: Date) => listTablePractices(filtersOf(PAGES[2].url), now) },
    { label: "loadAnalytics (90 days)", run: (now: Date) => loadAnalytics(parsePeriod({}, now).period) },
    { label: "loadAnalytics (365 days)", run: (now: Date) => loadAnalytics(parsePeriod({ days: "365" }, now).period) },
  ];
}

await mainOfStaffPageBench(queryCases, () =>
  runStaffPageBench({
    benchFile: import.meta.url,
    name: "board",
    title: `PIMS Link board benchmark: ${PRACTICES.toLocaleString("en-US")} practices`,
    pages: PAGES,
    seed,
    seeded: `${PRACTICES.toLocaleString("en-US")} practices with their journey events`,
  }),
);
