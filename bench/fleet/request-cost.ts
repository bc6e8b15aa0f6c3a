// Step "cost per request": what one request of each kind asks of the database and of the web
// process, measured one request at a time before the workers start (so every statement counted
// is the request's own). From pg_stat_statements: statements per request (BEGIN and COMMIT
// included: each is a round trip) and their execution time; from /proc: the web process's CPU
// time per request. Statement counts do not depend on the machine; CPU and execution time move
// much less than wall time when other work shares the machine, so these figures say what a
// request costs where the latency figures under load cannot.
import pg from "pg";
import seedrandom from "seedrandom";
import { groupCpuMs } from "../process-cpu";
import { deltaBody, heartbeatBody, staffPages, type Kind } from "./load";
import type { FleetSeed } from "./seed";

export type RequestCost = {
  kind: string;
  requests: number;
  statements: number;
  transactions: number;
  dbMs: number;
  webCpuMs: number | null;
  wallMs: number;
  top: { query: string; perRequest: number; meanMs: number }[];
};

type Probe = { kind: Kind | "metrics" | "health"; call: (i: number) => Promise<Response>; expect?: string };

const REQUESTS = 20;
const WARMUP = 3;

export async function measureRequestCosts(
  url: string,
  web: { base: string; pid: number; opsToken: string },
  seed: FleetSeed,
  o: { agents: number; integrationsPath: string },
): Promise<RequestCost[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const live = seed.practices.filter((_, i) => (i + 1) % 50 !== 7);
  // Practices with no writeback queued: most pulls of a fleet find nothing.
  const idle = live.filter((_, i) => i % 10 !== 3);
  const agentHeaders = (key: string) => ({ authorization: `Bearer ${key}`, "content-type": "application/json" });
  const random = seedrandom("request-cost");
  const staff = staffPages({ seed, agents: o.agents, integrationsPath: o.integrationsPath }, random);
  const probes: Probe[] = [
    {
      kind: "heartbeat",
      // A different practice each time: an agent beats once a minute, so nothing of it is warm.
      call: (i) =>
        fetch(`${web.base}/api/agent/v1/heartbeat`, {
          method: "POST",
          headers: agentHeaders(live[i % live.length].key),
          body: heartbeatBody(),
        }),
    },
    {
      kind: "delta batch",
      call: (i) => {
        const practice = live[(i * 7) % live.length];
        let n = 0;
        return fetch(`${web.base}/api/agent/v1/batches`, {
          method: "POST",
          headers: agentHeaders(practice.key),
          body: deltaBody(practice, random, `cost-${i}`, () => `COST-${i}-${n++}`),
        });
      },
    },
    {
      kind: "writeback pull",
      call: (i) => fetch(`${web.base}/api/agent/v1/writebacks?limit=50`, { headers: agentHeaders(idle[i % idle.length].key) }),
    },
    ...staff.map((page) => ({
      kind: page.kind,
      expect: page.expect,
      call: () => fetch(`${web.base}${page.path()}`, { headers: { cookie: seed.staffCookie }, redirect: "manual" as const }),
    })),
    { kind: "metrics", call: () => fetch(`${web.base}/api/metrics`, { headers: { authorization: `Bearer ${web.opsToken}` } }) },
    { kind: "health", call: () => fetch(`${web.base}/api/health`, { headers: { authorization: `Bearer ${web.opsToken}` } }) },
  ];
  const costs: RequestCost[] = [];
  let call = 0;
  try {
    for (const probe of probes) {
      const run = async () => {
        const response = await probe.call(call++);
        const body = await response.text();
        if (response.status >= 300 || (probe.expect && !body.includes(probe.expect)))
          throw new Error(`${probe.kind} answered ${response.status}: ${body.slice(0, 200)}`);
      };
      for (let i = 0; i < WARMUP; i++) await run();
      await db.query("SELECT pg_stat_statements_reset()");
      const cpuBefore = groupCpuMs(web.pid);
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) await run();
      const wallMs = (performance.now() - started) / REQUESTS;
      const cpuAfter = groupCpuMs(web.pid);
      const { rows } = await db.query<{ query: string; calls: string; total: number }>(
        `SELECT query, calls, total_exec_time AS total FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
         ORDER BY total_exec_time DESC`,
      );
      const calls = (q: (query: string) => boolean) =>
        rows.filter((r) => q(r.query)).reduce((sum, r) => sum + Number(r.calls), 0) / REQUESTS;
      costs.push({
        kind: probe.kind,
        requests: REQUESTS,
        statements: calls(() => true),
        transactions: calls((query) => /^\s*BEGIN/i.test(query)),
        dbMs: rows.reduce((sum, r) => sum + r.total, 0) / REQUESTS,
        webCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / REQUESTS,
        wallMs,
        top: rows.slice(0, 3).map((r) => ({
          query: r.query.replace(/\s+/g, " ").slice(0, 140),
          perRequest: Number(r.calls) / REQUESTS,
          meanMs: r.total / Number(r.calls),
        })),
      });
    }
  } finally {
    await db.end();
  }
  return costs;
}

export function printRequestCosts(costs: RequestCost[]) {
  console.log(`\ncost per request (one at a time, before the workers start, ${REQUESTS} each; statements include BEGIN/COMMIT):`);
  console.log("| request | SQL statements | transactions | SQL execution | web CPU | wall (one at a time) |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const c of costs)
    console.log(
      `| ${c.kind} | ${c.statements.toFixed(1)} | ${c.transactions.toFixed(1)} | ${c.dbMs.toFixed(1)} ms | ${c.webCpuMs === null ? "n/a" : `${c.webCpuMs.toFixed(1)} ms`} | ${c.wallMs.toFixed(1)} ms |`,
    );
  console.log("costliest statements per kind (mean execution time, calls per request):");
  for (const c of costs)
    for (const t of c.top) console.log(`  ${c.kind}: ${t.meanMs.toFixed(2)} ms x ${t.perRequest.toFixed(1)}  ${t.query}`);
}
