// The run of a staff-page benchmark (bench:board, bench:integrations): its own PostgreSQL
// (volatile: these measure reads) and `next start`, the benchmark's seed, then full responses
// (server time to the last byte) of each page, sequentially, with the web server's CPU time
// per request, and the pages' query functions alone, in-process. Each benchmark gives its pages,
// its seed and its query cases; this module times and prints them the same way for both.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { buildIfStale } from "../../scripts/next-build";
import { groupCpuMs } from "../process-cpu";

export type PageSpec = { label: string; url: string; expect: string; target: number };
export type QueryCase = { label: string; run: (now: Date) => Promise<unknown> };
type Stats = { median: number; p95: number; max: number; cpuPerRequest?: number };
type Row = { label: string; stats: Stats; target?: number };

const RUNS = 100;
// Enough for the JIT and Next's lazily loaded modules to settle before timing.
const WARMUP = 30;
export const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
export const APP_URL = `http://localhost:${APP_PORT}`;

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
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

async function benchPages(pages: PageSpec[], token: string, serverGroup: number): Promise<Row[]> {
  const cookie = `next-auth.session-token=${token}`;
  const results: Row[] = [];
  for (const page of pages) {
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

/** The query cases, timed; run in the child started by measureQueriesInChild. */
export async function timeQueryCases(cases: QueryCase[]): Promise<Row[]> {
  const results: Row[] = [];
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

/**
 * The query functions import "server-only", which only resolves outside React Server Components
 * under the "react-server" export condition, so the benchmark file re-runs itself with that
 * condition and `--queries-only`, and prints its timeQueryCases result as the last line.
 */
function measureQueriesInChild(benchFile: string, databaseUrl: string): Row[] {
  const args = [...process.execArgv, "--conditions=react-server", benchFile, "--queries-only", ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl, DB_POOL_SIZE: "10" },
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`query timing failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!);
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

/** Runs a staff-page benchmark; true when every page met its target. */
export async function runStaffPageBench(o: {
  /** The benchmark's file (import.meta.url), re-run for the in-process query timings. */
  benchFile: string;
  name: string;
  title: string;
  pages: PageSpec[];
  /** Writes the benchmark's rows into a migrated database; returns a staff session token. */
  seed: (url: string) => Promise<string>;
  seeded: string;
}): Promise<boolean> {
  const log = (line: string) => console.log(`[bench:${o.name}] ${line}`);
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
    const token = await o.seed(database.url);
    log(`seeded ${o.seeded} in ${Math.round(performance.now() - started)} ms`);
    const queryResults = measureQueriesInChild(fileURLToPath(o.benchFile), database.url);

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
    const pageResults = await benchPages(o.pages, token, server.pid!);

    console.log(`\n${o.title}, ${cpus.length} cores (${cpus[0]?.model}), Node ${process.version}, embedded PostgreSQL`);
    // Other work on the machine stretches every figure; the load average says how much there was.
    console.log(`load average (1 min) before the page runs: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)}`);
    printTable("Pages (next start, full response body, sequential):", pageResults, true);
    printTable("Queries alone (in-process, no HTTP or rendering):", queryResults, false);
    return pageResults.every((r) => r.stats.p95 < (r.target ?? Infinity));
  } finally {
    await stopAll();
  }
}

/** The end of a staff-page benchmark file: either the query child or the whole run. */
export async function mainOfStaffPageBench(cases: () => Promise<QueryCase[]>, run: () => Promise<boolean>) {
  if (process.argv.includes("--queries-only")) {
    console.log(JSON.stringify(await timeQueryCases(await cases())));
    process.exit(0);
  }
  // Exit explicitly: the embedded-postgres package's exit hooks would otherwise decide the code.
  process.exit((await run()) ? 0 : 1);
}
