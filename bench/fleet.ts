// `npm run bench:fleet`: the service at fleet scale. One PostgreSQL seeded with COPY (default
// 2,000 practices, 10 million PIMS records), 2 web processes behind nginx and 2 workers; first
// the first-load ratio (API push vs raw COPY of the same rows), then for a fixed time 200 agents
// at once (heartbeat every minute, a delta of 10-500 records every 2-5 minutes, writeback pulls;
// time compressed) while staff load the board, the table, /integrations and a sync page. Prints
// p50/p95/p99 per kind of request, errors, records/s, database size, RSS per process, and the
// scale-out checks (no job, writeback lease or email twice).
//   --practices N (2000)  --records N (5,000 per practice)  --agents N (200)  --staff N (4)
//   --seconds N (300)  --compress N (10: a minute lasts 6 s)  --web N (2)  --workers N (2)
//   --first-load-clients N (100000; 0 skips it)  --quick (100 practices, ~1-2 minutes)
//   --reseed (seed again instead of cloning the kept seed)  --cost-only (stop after the cost per request)
// Before the load it measures the cost per request (statements, SQL time, web CPU; bench/fleet/request-cost.ts).
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { buildIfStale } from "../scripts/next-build";
import { trackPeakMemory } from "./process-memory";
import { BENCH_PORTS, startNginx, startSmtpSink, startWeb, startWorkerProc, stopProc, waitFor, type Proc } from "./fleet/cluster";
import { checkNoDuplicates } from "./fleet/checks";
import { measureFirstLoad } from "./fleet/first-load";
import { runLoad, type Kind } from "./fleet/load";
import { measureRequestCosts, printRequestCosts } from "./fleet/request-cost";
import { describeSeed } from "./fleet/seed";
import { cloneSeededFleet } from "./fleet/seed-cache";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const reseed = argv.includes("--reseed");
const costOnly = argv.includes("--cost-only");
function option(name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number (got "${argv[at + 1] ?? ""}")`);
    process.exit(2);
  }
  return value;
}
const practices = option("practices", quick ? 100 : 2000);
const opts = {
  practices,
  records: option("records", practices * (quick ? 2000 : 5000)),
  agents: Math.min(option("agents", quick ? 50 : 200), practices),
  staff: option("staff", quick ? 2 : 4),
  seconds: option("seconds", quick ? 45 : 300),
  compress: option("compress", quick ? 20 : 10),
  web: Math.max(1, option("web", 2)),
  workers: Math.max(1, option("workers", 2)),
  firstLoadClients: option("first-load-clients", quick ? 10_000 : 100_000),
};
const TARGETS: Partial<Record<Kind, number>> = {
  "delta batch": 300,
  heartbeat: 50,
  "staff: board": 200,
  "staff: table": 200,
  "staff: integrations": 200,
  "staff: sync page": 200,
};
const PG_PORT = 54342;
const OPS_TOKEN = "bench-fleet-ops-token";
const log = (line: string) => console.log(`[bench:fleet] ${line}`);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

function percentile(sorted: number[], q: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN;
}

async function waitUntilSettled(url: string, latePractices: number, seconds: number) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    for (let i = 0; i < seconds; i++) {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM outbox_emails WHERE status = 'PENDING')::int AS pending, (SELECT count(*) FROM journey_events WHERE kind = 'time_limit')::int AS late`,
      );
      if (rows[0].pending === 0 && rows[0].late >= latePractices) return true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return false;
  } finally {
    await db.end();
  }
}

async function main() {
  const cpus = os.cpus();
  log(
    `machine: ${cpus.length} cores, ${cpus[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  log(`options: ${JSON.stringify(opts)}`);
  const database = await startEmbeddedPostgres({
    dataDir: ".data/bench-fleet-postgres",
    port: PG_PORT,
    database: "postgres",
    // Statements per request, for the cost step.
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.max": "10000" },
    log,
  });
  const procs: Proc[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | null = null;
  const stopAll = async () => {
    for (const proc of procs.reverse()) await stopProc(proc);
    await smtp?.stop();
    await database.stop();
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  // Wall time of each step, printed at the end: what a re-run on the idle machine will cost.
  const phases: [string, number][] = [];
  let phaseStarted = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases.push([name, (now - phaseStarted) / 1000]);
    phaseStarted = now;
  };
  try {
    const cloned = await cloneSeededFleet(database.url, "pims_link_fleet", {
      practices: opts.practices,
      records: opts.records,
      reseed,
      log,
    });
    const databaseUrl = database.url.replace(/\/postgres$/, "/pims_link_fleet");
    log(
      `${cloned.seeded === "now" ? "seeded" : "reused the seed of"} ${opts.practices.toLocaleString("en-US")} practices (seeding took ${cloned.seedSeconds.toFixed(1)} s), cloned in ${cloned.cloneSeconds.toFixed(1)} s`,
    );
    const seed = await describeSeed(databaseUrl, opts);
    phase(cloned.seeded === "now" ? "seed + clone" : "clone of the seed");

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // Measured as deployed: production mode (no test clock read per request, no demo mailbox).
      PIMS_LINK_ENV: "production",
      NEXTAUTH_SECRET: "bench-fleet-secret-0123456789abcdef0123456789",
      OPS_TOKEN,
      NEXTAUTH_URL: `http://localhost:${BENCH_PORTS.lb}`,
      APP_URL: `http://localhost:${BENCH_PORTS.lb}`,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "info",
      DB_POOL_SIZE: "10",
    };
    buildIfStale(env, log);
    phase("build (when stale)");
    smtp = await startSmtpSink();
    env.SMTP_URL = smtp.url;
    const webs = Array.from({ length: opts.web }, (_, i) => startWeb(i, env));
    procs.push(...webs);
    for (const [i, web] of webs.entries()) await waitFor(`http://127.0.0.1:${BENCH_PORTS.webBase + i}/sign-in`, web);
    const integrations = await fetch(`http://127.0.0.1:${BENCH_PORTS.webBase}/integrations`, {
      headers: { cookie: seed.staffCookie },
      redirect: "manual",
    });
    const integrationsPath = integrations.status === 200 ? "/integrations" : "/board";
    if (integrationsPath === "/board") log("/integrations does not exist yet: staff load the board in its place");
    phase("start the web processes");
    // Before the workers start: every statement counted is then the request's own.
    const costs = await measureRequestCosts(
      databaseUrl,
      { base: `http://127.0.0.1:${BENCH_PORTS.webBase}`, pid: webs[0].child.pid!, opsToken: OPS_TOKEN },
      seed,
      { agents: opts.agents, integrationsPath },
    );
    phase("cost per request");
    if (costOnly) {
      printRequestCosts(costs);
      return true;
    }
    const workers = Array.from({ length: opts.workers }, (_, i) => startWorkerProc(i, env));
    procs.push(...workers);
    let base = `http://127.0.0.1:${BENCH_PORTS.webBase}`;
    if (opts.web > 1) {
      const nginx = startNginx(opts.web, path.resolve(".data/bench-fleet-nginx"));
      procs.push(nginx);
      base = `http://127.0.0.1:${BENCH_PORTS.lb}`;
      await waitFor(`${base}/sign-in`, nginx);
    }
    log(
      `${opts.web} web process(es)${opts.web > 1 ? ` behind nginx at ${base}` : ` at ${base}`}, ${opts.workers} worker(s), SMTP at ${smtp.url}`,
    );
    phase("start nginx and the workers");
    const memory = [...webs, ...workers].map((proc) => ({ proc, track: trackPeakMemory(proc.child.pid!) }));

    let firstLoad: Awaited<ReturnType<typeof measureFirstLoad>> | null = null;
    if (opts.firstLoadClients > 0) {
      firstLoad = await measureFirstLoad(databaseUrl, base, opts.firstLoadClients, env, log);
      log(
        `first load: ${firstLoad.records.toLocaleString("en-US")} records, push ${firstLoad.pushSeconds.toFixed(2)} s, raw COPY ${firstLoad.copySeconds.toFixed(2)} s: ${firstLoad.ratio.toFixed(1)}x`,
      );
      phase("first load");
    }

    log(
      `load: ${opts.agents} agents, ${opts.staff} staff, ${opts.seconds} s, time x${opts.compress} (a heartbeat every ${(60 / opts.compress).toFixed(1)} s per agent)`,
    );
    for (const m of memory) m.track.reset();
    const loadBefore = os.loadavg()[0];
    const started = performance.now();
    const rec = await runLoad({
      base,
      seed,
      agents: opts.agents,
      staff: opts.staff,
      seconds: opts.seconds,
      compress: opts.compress,
      integrationsPath,
    });
    const loadSeconds = (performance.now() - started) / 1000;
    phase("load");
    const peaks = memory.map((m) => ({ name: m.proc.name, peak: m.track.peak() }));
    for (const m of memory) m.track.stop();

    const ops = { headers: { authorization: `Bearer ${OPS_TOKEN}` } };
    const health = await fetch(`${base}/api/health`, ops)
      .then((r) => r.json())
      .catch((e) => ({ error: String(e) }));
    const metricsText = await fetch(`${base}/api/metrics`, ops)
      .then((r) => r.text())
      .catch(() => "");
    const settled = await waitUntilSettled(databaseUrl, seed.latePractices, 120);
    if (!settled) log("warning: the outbox or the timer job had not finished 120 s after the load");
    for (const worker of workers) await stopProc(worker);
    const checks = await checkNoDuplicates(databaseUrl, seed, workers, rec, smtp);
    const size = await new pg.Client({ connectionString: databaseUrl });
    await size.connect();
    const dbSize = Number((await size.query("SELECT pg_database_size(current_database()) AS b")).rows[0].b);
    await size.end();
    phase("settle + checks");

    console.log(
      `\nPIMS Link fleet benchmark: ${opts.practices.toLocaleString("en-US")} practices, ${(opts.practices * Math.floor(opts.records / opts.practices)).toLocaleString("en-US")} PIMS records, ${opts.agents} agents, ${opts.staff} staff, ${opts.web} web + ${opts.workers} workers${opts.web > 1 ? " behind nginx" : ""}`,
    );
    console.log(
      `${cpus.length} cores (${cpus[0]?.model}), Node ${process.version}, embedded PostgreSQL 18; load average before ${loadBefore.toFixed(1)}, after ${os.loadavg()[0].toFixed(1)}`,
    );
    console.log("\n| request | count | p50 | p95 | p99 | errors | target p95 |");
    console.log("| --- | --- | --- | --- | --- | --- | --- |");
    for (const [kind, samples] of [...rec.samples.entries()].sort()) {
      const sorted = [...samples].sort((a, b) => a - b);
      const p95 = percentile(sorted, 0.95);
      const target = TARGETS[kind];
      console.log(
        `| ${kind} | ${samples.length} | ${percentile(sorted, 0.5).toFixed(1)} ms | ${p95.toFixed(1)} ms | ${percentile(sorted, 0.99).toFixed(1)} ms | ${rec.errors.get(kind) ?? 0} | ${target ? `< ${target} ms: ${p95 < target ? "met" : "MISSED"}` : ""} |`,
      );
    }
    for (const [kind, n] of rec.errors) if (!rec.samples.has(kind)) console.log(`| ${kind} | 0 | | | | ${n} | |`);
    const errors = [...rec.errors.values()].reduce((a, b) => a + b, 0);
    console.log(`\nerrors: ${errors}${rec.errorExamples.length ? `\n  ${rec.errorExamples.join("\n  ")}` : ""}`);
    console.log(
      `delta records: ${rec.recordsSent.toLocaleString("en-US")} sent, ${rec.recordsApplied.toLocaleString("en-US")} applied, ${Math.round(rec.recordsSent / loadSeconds).toLocaleString("en-US")} records/s`,
    );
    console.log(`database size: ${mb(dbSize)}`);
    console.log(
      `peak RSS during the load: ${peaks.map((p) => `${p.name} ${mb(p.peak)}`).join(", ")} (target: each web process < 1 GB: ${peaks.filter((p) => p.name.startsWith("web")).every((p) => p.peak < 2 ** 30) ? "met" : "MISSED"})`,
    );
    if (firstLoad)
      console.log(
        `first load: ${firstLoad.records.toLocaleString("en-US")} records through the API in ${firstLoad.pushSeconds.toFixed(2)} s, raw COPY of the same rows ${firstLoad.copySeconds.toFixed(2)} s: ${firstLoad.ratio.toFixed(1)}x (keep <= 9x, goal 5x)`,
      );
    console.log(`health after the load: ${JSON.stringify(health)}`);
    const picked = metricsText
      .split("\n")
      .filter((l) => /^pims_(sync_batches_total|workers_alive|queue_depth|writeback_backlog|emails)\b/.test(l));
    if (picked.length) console.log(`metrics after the load:\n  ${picked.join("\n  ")}`);
    const failures = webs.flatMap((web) =>
      web.lines.filter((line) => line.includes('"level":"error"')).map((line) => `${web.name}: ${line.slice(0, 400)}`),
    );
    if (failures.length)
      console.log(`\nweb processes' error lines (${failures.length}):\n  ${failures.slice(0, 10).join("\n  ")}`);
    printRequestCosts(costs);
    const total = phases.reduce((sum, [, seconds]) => sum + seconds, 0);
    console.log(
      `\nwall time ${(total / 60).toFixed(1)} min: ${phases.map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`).join(", ")}`,
    );
    console.log("\nscale-out checks:");
    for (const check of checks) console.log(`  ${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}`);
    return checks.every((c) => c.ok) && errors === 0;
  } finally {
    await stopAll();
  }
}

process.exit((await main()) ? 0 : 1);
