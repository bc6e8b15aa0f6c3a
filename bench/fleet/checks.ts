// After a scale-out run: nothing happened twice. Jobs (from the workers' structured log, one
// JSON line per job run, and pg-boss's own records), writeback leases (every delivery is a
// "delivered" event, and the agents counted what they received) and emails (the SMTP server
// counted every message by subject; the outbox says what was sent).
import pg from "pg";
import type { Proc } from "./cluster";
import type { Recorder } from "./load";
import type { FleetSeed } from "./seed";

export type Check = { name: string; ok: boolean; detail: string };

function jobRuns(workers: Proc[]) {
  const runs = new Map<string, number>();
  let lines = 0;
  for (const worker of workers) {
    for (const line of worker.lines) {
      if (!line.startsWith("{")) continue;
      try {
        const entry = JSON.parse(line) as { kind?: string; job_id?: string; job?: string };
        if (entry.kind !== "job" || !entry.job_id) continue;
        lines += 1;
        runs.set(entry.job_id, (runs.get(entry.job_id) ?? 0) + 1);
      } catch {
        // not a log line
      }
    }
  }
  return { runs, lines };
}

export async function checkNoDuplicates(
  url: string,
  seed: FleetSeed,
  workers: Proc[],
  rec: Recorder,
  smtp: { bySubject: Map<string, number>; total: () => number },
): Promise<Check[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const checks: Check[] = [];
    const { runs, lines } = jobRuns(workers);
    const twice = [...runs.values()].filter((n) => n > 1).length;
    checks.push({
      name: "no job ran twice (worker log)",
      ok: lines > 0 && twice === 0,
      detail:
        lines > 0
          ? `${runs.size} job runs logged by ${workers.length} workers, ${twice} ran more than once`
          : "no job lines in the workers' log",
    });
    const retried = await db.query(
      `SELECT count(*)::int AS n FROM (SELECT id, retry_count, state FROM pgboss.job UNION ALL SELECT id, retry_count, state FROM pgboss.archive) j WHERE retry_count > 0`,
    );
    checks.push({
      name: "no job was started again (pg-boss retry count)",
      ok: retried.rows[0].n === 0,
      detail: `${retried.rows[0].n} jobs with retry_count > 0`,
    });
    const timer = await db.query(
      `SELECT count(*)::int AS events, count(DISTINCT practice_id)::int AS practices FROM journey_events WHERE kind = 'time_limit'`,
    );
    checks.push({
      name: "timer job: each late practice reported once",
      ok: timer.rows[0].events === seed.latePractices && timer.rows[0].practices === seed.latePractices,
      detail: `${timer.rows[0].events} time-limit events for ${timer.rows[0].practices} practices; ${seed.latePractices} practices were late`,
    });

    const delivered = await db.query(
      `SELECT count(*)::int AS items, coalesce(max(n), 0)::int AS most FROM (SELECT item_id, count(*) AS n FROM writeback_events WHERE kind = 'delivered' GROUP BY item_id) d`,
    );
    const agentTwice = [...rec.deliveredItems.values()].filter((n) => n > 1).length;
    const written = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'WRITTEN')::int AS written, count(*) FILTER (WHERE status = 'WRITTEN' AND attempts > 1)::int AS again FROM writeback_items`,
    );
    checks.push({
      name: "no writeback item was leased twice",
      ok: delivered.rows[0].most <= 1 && agentTwice === 0 && written.rows[0].again === 0,
      detail: `${delivered.rows[0].items} items delivered, most deliveries of one item: ${delivered.rows[0].most}; agents received ${rec.deliveredItems.size} distinct items, ${agentTwice} twice; ${written.rows[0].written} of ${seed.writebackItems} written (ack outcomes: ${JSON.stringify(Object.fromEntries(rec.ackOutcomes))})`,
    });

    const outbox = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status <> 'SENT')::int AS unsent, count(*) FILTER (WHERE status = 'SENT' AND attempts > 1)::int AS again FROM outbox_emails`,
    );
    const twiceMail = [...smtp.bySubject.entries()].filter(([, n]) => n > 1);
    checks.push({
      name: "no email was sent twice",
      ok: twiceMail.length === 0 && smtp.total() === outbox.rows[0].sent && outbox.rows[0].again === 0,
      detail: `SMTP server received ${smtp.total()} messages (${twiceMail.length} subjects more than once${twiceMail.length ? `, e.g. "${twiceMail[0][0]}"` : ""}); outbox: ${outbox.rows[0].sent} sent, ${outbox.rows[0].unsent} not yet`,
    });
    return checks;
  } finally {
    await db.end();
  }
}
