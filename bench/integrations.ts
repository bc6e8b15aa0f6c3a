// `npm run bench:integrations`: the fleet page /integrations with 5,000 Live practices, each
// with a month of sync batches, five shipped writeback lines, pending changes, alerts and 200
// merge links. Times full responses of the page (all, failing first; warning by heartbeat,
// page 2; one agent version by backlog) and `listFleet` alone. Target: p95 under 300 ms.
// Flags: --rebuild (run `next build` first); `--fleet` is accepted (the npm script passes it).
// BENCH_PORT / BENCH_PG_PORT choose the ports. The practices and the run itself are shared
// with bench:board (bench/staff-pages).
import pg from "pg";
import { ALL_LIVE, seedPractices } from "./staff-pages/seed-practices";
import { APP_URL, mainOfStaffPageBench, runStaffPageBench, type PageSpec, type QueryCase } from "./staff-pages/run";

const PRACTICES = 5_000;
const TARGET_P95_MS = 300;
const PAGES: PageSpec[] = [
  { label: "fleet: all, failing first", url: "/integrations", expect: "Showing 1", target: TARGET_P95_MS },
  {
    label: "fleet: warning, by heartbeat, page 2",
    url: "/integrations?state=warning&sort=heartbeat&page=2",
    expect: "Showing 51",
    target: TARGET_P95_MS,
  },
  {
    label: "fleet: agent 2.4.0, by backlog",
    url: "/integrations?agentVersion=2.4.0&sort=backlog",
    expect: "Showing 1",
    target: TARGET_P95_MS,
  },
];

/**
 * What the fleet page judges, for every Live practice: agent heartbeats and versions spread from
 * a minute to days ago, a month of sync batches (one a day, two in the last 24 h), five shipped
 * writeback lines (some queued, some dead), pending changes, and alerts (a few open, more closed).
 */
async function seedLiveFacts(client: pg.Client) {
  await client.query(`
    UPDATE practices SET
      live_at = status_changed_at, first_load_completed_at = status_changed_at,
      last_heartbeat_at = now() AT TIME ZONE 'UTC' - (CASE WHEN random() < 0.85 THEN random() * interval '10 minutes' WHEN random() < 0.7 THEN random() * interval '5 hours' ELSE random() * interval '4 days' END),
      last_sync_at = now() AT TIME ZONE 'UTC' - random() * interval '80 hours',
      agent_version = (ARRAY['2.4.0', '2.3.1', '2.2.7'])[1 + floor(random() * 3)::int],
      pims_reachable = random() > 0.01
    WHERE status = 'LIVE'`);
  await client.query(`
    INSERT INTO sync_batches (id, practice_id, batch_key, mode, status, received, applied, rejected, pending_changes, response, received_at, duration_ms)
    SELECT p.id || '-b' || g, p.id, 'b' || g, 'delta', 'SUCCEEDED', r, r - rej, rej, 0, '{}'::jsonb,
           now() AT TIME ZONE 'UTC' - (g * interval '23 hours'), 40
    FROM practices p CROSS JOIN generate_series(0, 30) AS g
    CROSS JOIN LATERAL (SELECT (20 + random() * 200)::int AS r, (CASE WHEN random() < 0.1 THEN random() * 40 ELSE 0 END)::int AS rej) x
    WHERE p.status = 'LIVE'`);
  await client.query(`
    INSERT INTO orders (id, practice_id, order_number, hd_pet_id, hd_client_id, status, placed_at, shipped_at)
    SELECT p.id || '-o' || g, p.id, p.id || '-' || g, 'PET' || g, 'HD' || g, 'SHIPPED', now(), now()
    FROM practices p CROSS JOIN generate_series(1, 5) AS g WHERE p.status = 'LIVE'`);
  await client.query(`
    INSERT INTO order_lines (id, practice_id, order_id, line_no, product, kind, quantity, unit)
    SELECT o.id || '-1', o.practice_id, o.id, 1, 'Carprofen 75 mg', 'PRESCRIPTION_DRUG', 60, 'tablets' FROM orders o`);
  await client.query(`
    INSERT INTO writeback_items (id, practice_id, order_line_id, order_id, hd_pet_id, idempotency_key, status, line_date, text, shipped_at, updated_at)
    SELECT l.id || '-w', l.practice_id, l.id, l.order_id, 'PET', l.order_id || ':1',
           (CASE WHEN random() < 0.7 THEN 'WRITTEN' WHEN random() < 0.8 THEN 'PENDING' WHEN random() < 0.5 THEN 'WAITING_LINK' ELSE 'DEAD' END)::"WritebackStatus",
           current_date, 'Home delivery Rx shipped', now(), now()
    FROM order_lines l`);
  await client.query(`
    INSERT INTO pending_changes (id, practice_id, batch_id, entity, pims_id, field, before, after, status, created_at)
    SELECT p.id || '-c' || g, p.id, p.id || '-b1', 'client', 'P' || g, 'client_address', '{}'::jsonb, '{}'::jsonb,
           (CASE WHEN g % 3 = 0 THEN 'PENDING' ELSE 'APPLIED' END)::"PendingChangeStatus", now()
    FROM practices p CROSS JOIN generate_series(1, 6) AS g WHERE p.status = 'LIVE'`);
  await client.query(`
    INSERT INTO integration_alerts (id, practice_id, rule, severity, detail, opened_at, last_notified_at, closed_at)
    SELECT p.id || '-a' || g, p.id, 'agent_silent', 'error', 'The agent has been silent', now() - g * interval '3 days', now() - g * interval '3 days',
           CASE WHEN g = 0 AND random() < 0.05 THEN NULL ELSE now() - g * interval '3 days' + interval '5 hours' END
    FROM practices p CROSS JOIN generate_series(0, 3) AS g WHERE p.status = 'LIVE'`);
}

async function seed(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const token = await seedPractices(client, { count: PRACTICES, spread: ALL_LIVE, randomSeed: "pims-link-board-bench" });
    await seedLiveFacts(client);
    // Production tables have planner statistics; a freshly loaded one has none until autovacuum.
    await client.query("ANALYZE");
    return token;
  } finally {
    await client.end();
  }
}

async function queryCases(): Promise<QueryCase[]> {
  const { listFleet } = await import("../lib/health/fleet");
  const { parseFleetParams } = await import("../lib/health/fleet-filters");
  const { thresholds } = await import("../lib/health/thresholds");
  return PAGES.map((page) => {
    const parsed = parseFleetParams(Object.fromEntries(new URL(page.url, APP_URL).searchParams));
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    return { label: `listFleet (${page.label})`, run: (now: Date) => listFleet(parsed.filters, now, thresholds()) };
  });
}

await mainOfStaffPageBench(queryCases, () =>
  runStaffPageBench({
    benchFile: import.meta.url,
    name: "integrations",
    title: `PIMS Link fleet (/integrations) benchmark: ${PRACTICES.toLocaleString("en-US")} Live practices`,
    pages: PAGES,
    seed,
    seeded: `${PRACTICES.toLocaleString("en-US")} Live practices`,
  }),
);
