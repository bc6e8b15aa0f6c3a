// `npm run bench:board`: how fast the staff queue board, its table and the analytics page
// answer with 5,000 practices. Starts its own PostgreSQL and `next start`, seeds a realistic
// spread of practices with their journey events (a year of steps, holds, late steps), signs in
// through a database session row, then times full responses (server time to the last byte) of
// each page, sequentially, and the board's and analytics' queries alone in-process.
// Targets: board pages p95 under 150 ms, /analytics p95 under 300 ms. Flags: --rebuild (run
// `next build` first). BENCH_PORT / BENCH_PG_PORT choose the ports.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import seedrandom from "seedrandom";
import { buildIfStale } from "../scripts/next-build";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";

const PRACTICES = 5_000;
const RUNS = 100;
// Enough for the JIT and Next's lazily loaded modules to settle before timing.
const WARMUP = 30;
const BOARD_TARGET_MS = 150;
const ANALYTICS_TARGET_MS = 300;
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const APP_URL = `http://localhost:${APP_PORT}`;
const PAGES = [
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

// Share of practices per status, and how long they have typically been there (hours): Queued
// and Details complete run past their 48 h / 24 h limits often enough to fill the late lists.
const SPREAD = [
  { status: "DRAFT", share: 0.08, maxAgeH: 30 * 24 },
  { status: "QUEUED", share: 0.15, maxAgeH: 80, limitH: 48 },
  { status: "INVITED", share: 0.15, maxAgeH: 20 * 24 },
  { status: "DETAILS_COMPLETE", share: 0.1, maxAgeH: 40, limitH: 24 },
  { status: "INSTALL_SCHEDULED", share: 0.1, maxAgeH: 14 * 24 },
  { status: "INSTALLED", share: 0.07, maxAgeH: 14 * 24 },
  { status: "LIVE", share: 0.28, maxAgeH: 365 * 24 },
  { status: "ON_HOLD", share: 0.04, maxAgeH: 60 * 24 },
  { status: "CANCELLED", share: 0.03, maxAgeH: 120 * 24 },
] as const;
const PARTNERS = ["IDEXX DataPoint", "Vetsource Connect", "Covetrus Sync", "ezyVet Bridge"];
const STAFF = [
  "Avery Chen",
  "Jordan Patel",
  "Morgan Lee",
  "Riley Garcia",
  "Casey Nguyen",
  "Sam Okafor",
  "Taylor Brooks",
  "Jamie Rossi",
];
const NAME_STEMS = [
  "Riverside",
  "Oak Hill",
  "Maple",
  "Cedar",
  "Lakeside",
  "Hillcrest",
  "Sunset",
  "Pinecrest",
  "Willow",
  "Bayview",
  "Meadow",
  "Northside",
  "Harbor",
  "Valley",
  "Summit",
  "Prairie",
  "Brookside",
  "Evergreen",
  "Canyon",
  "Main Street",
];
const NAME_KINDS = ["Animal Hospital", "Veterinary Clinic", "Pet Clinic", "Veterinary Center", "Animal Clinic", "Vet Care"];
const CITIES = [
  ["Portland", "OR", "97201", "America/Los_Angeles"],
  ["Seattle", "WA", "98101", "America/Los_Angeles"],
  ["Denver", "CO", "80202", "America/Denver"],
  ["Austin", "TX", "78701", "America/Chicago"],
  ["Chicago", "IL", "60601", "America/Chicago"],
  ["Atlanta", "GA", "30303", "America/New_York"],
  ["Boston", "MA", "02108", "America/New_York"],
  ["Phoenix", "AZ", "85004", "America/Phoenix"],
  ["Riverside", "CA", "92501", "America/Los_Angeles"],
  ["Columbus", "OH", "43215", "America/New_York"],
  ["Boise", "ID", "83702", "America/Denver"],
  ["Madison", "WI", "53703", "America/Chicago"],
] as const;

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

const HOUR = 3_600_000;
const log = (line: string) => console.log(`[bench:board] ${line}`);

/** Inserts partners, staff, practices (with their primary contacts) and a signed-in staff session. */
async function seed(url: string): Promise<string> {
  const random = seedrandom("pims-link-board-bench");
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const partnerIds = PARTNERS.map(() => randomUUID());
    await client.query(`INSERT INTO partners (id, name) SELECT * FROM unnest($1::text[], $2::text[])`, [partnerIds, PARTNERS]);
    const staffIds = STAFF.map(() => randomUUID());
    const benchUserId = randomUUID();
    await client.query(
      `INSERT INTO users (id, name, email, role) SELECT id, name, email, 'STAFF' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, name, email)`,
      [
        [...staffIds, benchUserId],
        [...STAFF, "Bench Staff"],
        [...STAFF.map((n) => `${n.split(" ")[0].toLowerCase()}@pharmacy.example`), "bench@pharmacy.example"],
      ],
    );

    const now = Date.now();
    const cols: Record<string, (string | number | null)[]> = {};
    const push = (row: Record<string, string | number | null>) =>
      Object.entries(row).forEach(([k, v]) => (cols[k] ??= []).push(v));
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
    const journey = (id: string, status: string, enteredAt: number): number => {
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
      return created;
    };
    let i = 0;
    for (const { status, share, maxAgeH, ...rest } of SPREAD) {
      const limitH = "limitH" in rest ? rest.limitH : undefined;
      for (let n = 0; n < Math.round(PRACTICES * share) && i < PRACTICES; n++, i++) {
        const [city, state, zip, zone] = pick(CITIES);
        const name = `${pick(NAME_STEMS)} ${pick(NAME_KINDS)}`;
        const changedAt = new Date(now - random() * maxAgeH * HOUR);
        const id = randomUUID();
        const createdAt = journey(id, status, changedAt.getTime());
        push({
          id,
          created: new Date(createdAt).toISOString(),
          live: status === "LIVE" ? changedAt.toISOString() : null,
          slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${i}`,
          name,
          city,
          state,
          zip,
          zone,
          clients: Math.round(500 + random() ** 2 * 20_000),
          status,
          changed: changedAt.toISOString(),
          due: limitH ? new Date(changedAt.getTime() + limitH * HOUR).toISOString() : null,
          owner: random() < 0.9 ? pick(staffIds) : null,
          partner: pick(partnerIds),
          primary: randomUUID(),
        });
      }
    }
    await client.query(
      `INSERT INTO users (id, name, email, role) SELECT id, 'Practice manager', 'pm-' || id || '@practice.example', 'PRACTICE' FROM unnest($1::text[]) AS t(id)`,
      [cols.primary],
    );
    await client.query(
      `INSERT INTO practices (id, slug, name, address1, city, state, postal_code, phone, time_zone, pims_version, approx_clients,
                              status, status_changed_at, due_at, owner_id, partner_id, primary_contact_id, updated_at, created_at, live_at)
       SELECT id, slug, name, '100 Main St', city, state, zip, '(503) 555-0100', zone, '9.5', clients,
              status, changed AT TIME ZONE 'UTC', due AT TIME ZONE 'UTC', owner, partner, primary_id, now(), created AT TIME ZONE 'UTC', live AT TIME ZONE 'UTC'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                   $9::"PracticeStatus"[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::text[], $14::text[], $15::timestamptz[], $16::timestamptz[])
         AS t(id, slug, name, city, state, zip, zone, clients, status, changed, due, owner, partner, primary_id, created, live)`,
      [
        "id",
        "slug",
        "name",
        "city",
        "state",
        "zip",
        "zone",
        "clients",
        "status",
        "changed",
        "due",
        "owner",
        "partner",
        "primary",
        "created",
        "live",
      ].map((k) => cols[k]),
    );
    await client.query(
      `INSERT INTO journey_events (id, practice_id, kind, action, from_status, to_status, created_at, actor_label)
       SELECT id, practice, kind, action, from_s, to_s, at AT TIME ZONE 'UTC', 'bench'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::"PracticeStatus"[], $6::"PracticeStatus"[], $7::timestamptz[])
         AS t(id, practice, kind, action, from_s, to_s, at)`,
      ["id", "practice", "kind", "action", "from", "to", "at"].map((k) => events[k]),
    );
    // Live practices have merged their home-delivery clients: 200 links each, 1 in 10 waiting for
    // review, so the cards' "to review" badge counts real rows.
    await client.query(
      `INSERT INTO client_links (id, practice_id, hd_client_id, pims_client_id, decision, score, evidence, decided_by, decided_at)
       SELECT p.id || '-' || g, p.id, 'HD' || g, 'P' || g, (CASE WHEN g % 10 = 0 THEN 'REVIEW' ELSE 'MERGED' END)::"LinkDecision", 0.95, '{}'::jsonb, 'engine', now()
       FROM practices p CROSS JOIN generate_series(1, 200) AS g WHERE p.status = 'LIVE'`,
    );
    const token = randomUUID();
    await client.query(
      `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [randomUUID(), token, benchUserId],
    );
    // Production tables have planner statistics; a freshly loaded one has none until autovacuum.
    await client.query("ANALYZE");
    return token;
  } finally {
    await client.end();
  }
}

async function waitForServer(server: ChildProcess) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    const up = await fetch(`${APP_URL}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("next start did not answer within 60 s");
}

type Stats = { median: number; p95: number; max: number; cpuPerRequest?: number };
type Row = { label: string; stats: Stats; target?: number };
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

async function timePage(url: string, cookie: string, expect: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${APP_URL}${url}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  const elapsed = performance.now() - started;
  // A redirect to sign-in or an error page is fast and would flatter the figures.
  if (response.status !== 200 || !body.includes(expect))
    throw new Error(`${url} answered ${response.status} without "${expect}"`);
  return elapsed;
}

/**
 * CPU time (ms) used so far by every process of a process group, from /proc (Linux; null
 * elsewhere). Unlike wall time it barely moves when other work shares the machine, so it tells
 * what a page costs on an idle machine.
 */
function groupCpuMs(groupId: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the ")" that closes the command name: state, ppid, pgrp, ... utime (12th), stime (13th).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function benchPages(token: string, serverGroup: number) {
  const cookie = `next-auth.session-token=${token}`;
  const results: Row[] = [];
  for (const page of PAGES) {
    for (let i = 0; i < WARMUP; i++) await timePage(page.url, cookie, page.expect);
    const samples: number[] = [];
    const cpuBefore = groupCpuMs(serverGroup);
    for (let i = 0; i < RUNS; i++) samples.push(await timePage(page.url, cookie, page.expect));
    const cpuAfter = groupCpuMs(serverGroup);
    const cpuPerRequest = cpuBefore === null || cpuAfter === null ? undefined : (cpuAfter - cpuBefore) / RUNS;
    results.push({ label: `${page.label}  ${page.url}`, target: page.target, stats: { ...stats(samples), cpuPerRequest } });
  }
  return results;
}

/**
 * The board's query functions alone, timed in a child process: lib/board/queries.ts imports
 * "server-only", which only resolves outside React Server Components under the
 * "react-server" export condition, so this file re-runs itself with that condition.
 */
async function measureQueriesInChild(databaseUrl: string): Promise<Row[]> {
  const args = [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), "--queries-only"];
  const child = spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl, DB_POOL_SIZE: "10" },
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`query timing failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!);
}

async function timeQueries() {
  const { countPracticesByStatus, listBoardCards, listTablePractices } = await import("../lib/board/queries");
  const { parseBoardTableParams } = await import("../lib/board/filters");
  const { loadAnalytics } = await import("../lib/analytics/queries");
  const { parsePeriod } = await import("../lib/analytics/period");
  const filtersOf = (url: string) => {
    const parsed = parseBoardTableParams(Object.fromEntries(new URL(url, APP_URL).searchParams));
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    return parsed.filters;
  };
  const cases = [
    {
      label: "countPracticesByStatus + listBoardCards",
      run: (now: Date) => Promise.all([countPracticesByStatus(now), listBoardCards()]),
    },
    { label: "listTablePractices (queued, late, due, p2)", run: (now: Date) => listTablePractices(filtersOf(PAGES[1].url), now) },
    { label: 'listTablePractices (search "river")', run: (now: Date) => listTablePractices(filtersOf(PAGES[2].url), now) },
    { label: "loadAnalytics (90 days)", run: (now: Date) => loadAnalytics(parsePeriod({}, now).period) },
    { label: "loadAnalytics (365 days)", run: (now: Date) => loadAnalytics(parsePeriod({ days: "365" }, now).period) },
  ];
  const results = [];
  for (const c of cases) {
    for (let i = 0; i < WARMUP; i++) await c.run(new Date());
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await c.run(new Date());
      samples.push(performance.now() - started);
    }
    results.push({ label: c.label, stats: stats(samples) });
  }
  return results;
}

function printTable(title: string, rows: Row[], withTarget: boolean) {
  const ms = (v: number | undefined) => (v === undefined ? "n/a" : `${v.toFixed(1)} ms`).padStart(10);
  const width = Math.max(...rows.map((r) => r.label.length), 10);
  const extra = withTarget ? `  ${"server CPU/req".padStart(14)}  target p95` : "";
  console.log(`\n${title}`);
  console.log(`${"".padEnd(width)}  ${"median".padStart(10)}  ${"p95".padStart(10)}  ${"max".padStart(10)}${extra}`);
  for (const { label, stats: s, target } of rows) {
    const verdict =
      withTarget && target ? `  ${ms(s.cpuPerRequest).padStart(14)}  < ${target} ms ${s.p95 < target ? "met" : "MISSED"}` : "";
    console.log(`${label.padEnd(width)}  ${ms(s.median)}  ${ms(s.p95)}  ${ms(s.max)}${verdict}`);
  }
}

/** Runs the whole benchmark; true when every page met the target. */
async function main(): Promise<boolean> {
  const cpus = os.cpus();
  log(
    `machine: ${cpus.length} cores, ${cpus[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  if (
    await fetch(`${APP_URL}/`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${APP_PORT} is already in use: stop what runs there first`);
  const database = await startEmbeddedPostgres({
    dataDir: ".data/bench-postgres",
    port: Number(process.env.BENCH_PG_PORT ?? 54341),
    database: "pims_link_bench",
    freshDatabase: true,
    durability: "volatile",
    log,
  });
  let server: ChildProcess | undefined;
  const stopAll = async () => {
    if (server?.pid && server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await database.stop();
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    await applyMigrations(database.url, log);
    let started = performance.now();
    const token = await seed(database.url);
    log(
      `seeded ${PRACTICES.toLocaleString("en-US")} practices with their journey events in ${Math.round(performance.now() - started)} ms`,
    );
    const queryResults = await measureQueriesInChild(database.url);

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "bench-secret",
      NEXTAUTH_URL: APP_URL,
      APP_URL,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    buildIfStale(env, log, process.argv.includes("--rebuild"));
    started = performance.now();
    // Its own process group, so stopping it also stops the node process npx starts.
    server = spawn("npx", ["next", "start", "-p", String(APP_PORT)], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitForServer(server);
    log(
      `next start answered after ${Math.round(performance.now() - started)} ms; ${WARMUP} warm-up + ${RUNS} timed requests per page, one at a time`,
    );
    const loadBefore = os.loadavg()[0];
    const pageResults = await benchPages(token, server.pid!);

    console.log(
      `\nPIMS Link board benchmark: ${PRACTICES.toLocaleString("en-US")} practices, ${cpus.length} cores (${cpus[0]?.model}), Node ${process.version}, embedded PostgreSQL`,
    );
    // Other work on the machine stretches every figure; the load average says how much there was.
    console.log(`load average (1 min) before the page runs: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)}`);
    printTable("Pages (next start, full response body, sequential):", pageResults, true);
    printTable("Queries alone (in-process, no HTTP or rendering):", queryResults, false);
    return pageResults.every((r) => r.stats.p95 < (r.target ?? Infinity));
  } finally {
    await stopAll();
  }
}

if (process.argv.includes("--queries-only")) {
  const results = await timeQueries();
  console.log(JSON.stringify(results));
  process.exit(0);
} else {
  // Exit explicitly: the embedded-postgres package's exit hooks would otherwise decide the code.
  process.exit((await main()) ? 0 : 1);
}
