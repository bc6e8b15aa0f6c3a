// The facts the health rule and the alerts judge, for every Live practice at once (or a few by
// id): aggregated queries, each count read through an index range of that practice, so the
// fleet page stays fast at thousands of practices. The rule itself lives in ./rule.ts.
// Not "server-only": the worker's alert job reads it outside React Server Components.
import { pool } from "@/lib/db/pool";
import type { HealthFacts } from "./rule";

export type PracticeFacts = HealthFacts & {
  id: string;
  name: string;
  city: string;
  state: string;
  partnerId: string;
  partnerName: string;
  ownerId: string | null;
  ownerName: string | null;
  agentVersion: string | null;
  liveAt: Date | null;
  /** Merge pairs and PIMS changes waiting for staff. */
  reviewsWaiting: number;
  pendingChanges: number;
  /** Writeback lines not yet written: waiting for a link, queued or leased. */
  writebackBacklog: number;
  openAlerts: number;
};

export type FactsFilter = { partnerId?: string; ownerId?: string | null; agentVersion?: string | null; practiceIds?: string[] };

const DAY_MS = 24 * 3_600_000;

function whereOf(filter: FactsFilter, params: unknown[]): string {
  const where = [`p.status = 'LIVE'`];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.partnerId) where.push(`p.partner_id = ${param(filter.partnerId)}`);
  if (filter.ownerId !== undefined)
    where.push(filter.ownerId === null ? "p.owner_id IS NULL" : `p.owner_id = ${param(filter.ownerId)}`);
  if (filter.agentVersion !== undefined)
    where.push(filter.agentVersion === null ? "p.agent_version IS NULL" : `p.agent_version = ${param(filter.agentVersion)}`);
  if (filter.practiceIds) where.push(`p.id = ANY(${param(filter.practiceIds)}::text[])`);
  return where.join(" AND ");
}

/** Just what the health rule (and the fleet's sorts) need, for every practice of the filter. */
export type HealthRow = HealthFacts & { id: string; name: string; writebackBacklog: number; openAlerts: number };

const epoch = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;
const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The light half of the fleet: one row per practice with the rule's inputs only, timestamps as
 * epoch milliseconds (numbers parse far faster than timestamp text at 5,000 rows). The counts
 * only a sort needs are added when asked for; the rest is read for one page by loadPracticeFacts.
 */
export async function loadHealthRows(
  filter: FactsFilter,
  now: Date,
  extra: { backlog?: boolean; alerts?: boolean } = {},
): Promise<HealthRow[]> {
  const params: unknown[] = [new Date(now.getTime() - DAY_MS)];
  const where = whereOf(filter, params);
  type Raw = Omit<HealthRow, "lastHeartbeatAt" | "lastSyncAt" | "firstLoadCompletedAt" | "firstLoadLastBatchAt"> & {
    hb: number | null;
    sync: number | null;
    done: number | null;
    full: number | null;
  };
  const { rows } = await pool().query<Raw>(
    `SELECT p.id, p.name, ${epoch("p.last_heartbeat_at")} AS hb, p.pims_reachable AS "pimsReachable", ${epoch("p.last_sync_at")} AS sync,
            p.sync_window_hours AS "syncWindowHours", ${epoch("p.first_load_completed_at")} AS done,
            CASE WHEN p.first_load_completed_at IS NULL THEN
              (SELECT ${epoch("max(b.received_at)")} FROM sync_batches b WHERE b.practice_id = p.id AND b.mode = 'full') END AS full,
            coalesce(day.received, 0)::int AS "dayReceived", coalesce(day.rejected, 0)::int AS "dayRejected",
            (SELECT count(*) FROM writeback_items i WHERE i.practice_id = p.id AND i.status = 'DEAD')::int AS "deadLetters",
            ${extra.backlog ? `(SELECT count(*) FROM writeback_items i WHERE i.practice_id = p.id AND i.status IN ('WAITING_LINK', 'PENDING', 'LEASED'))::int` : "0"} AS "writebackBacklog",
            ${extra.alerts ? `(SELECT count(*) FROM integration_alerts a WHERE a.practice_id = p.id AND a.closed_at IS NULL)::int` : "0"} AS "openAlerts"
     FROM practices p
     LEFT JOIN LATERAL (SELECT sum(b.received) AS received, sum(b.rejected) AS rejected FROM sync_batches b
                        WHERE b.practice_id = p.id AND b.received_at >= ($1::timestamptz AT TIME ZONE 'UTC')) day ON true
     WHERE ${where}`,
    params,
  );
  return rows.map(({ hb, sync, done, full, ...row }) => ({
    ...row,
    lastHeartbeatAt: toDate(hb),
    lastSyncAt: toDate(sync),
    firstLoadCompletedAt: toDate(done),
    firstLoadLastBatchAt: toDate(full),
  }));
}

/**
 * Timestamps are stored as UTC wall time (timestamp without time zone); the pool's session is
 * UTC, and each is read back `AT TIME ZONE 'UTC'` so node-pg gets an instant, not local time.
 */
export async function loadPracticeFacts(filter: FactsFilter, now: Date): Promise<PracticeFacts[]> {
  const params: unknown[] = [new Date(now.getTime() - DAY_MS)];
  const where = whereOf(filter, params);
  const utc = (column: string, alias: string) => `(${column} AT TIME ZONE 'UTC') AS "${alias}"`;
  const { rows } = await pool().query<PracticeFacts>(
    `SELECT p.id, p.name, p.city, p.state, p.partner_id AS "partnerId", pa.name AS "partnerName",
            p.owner_id AS "ownerId", coalesce(o.name, o.email) AS "ownerName", p.agent_version AS "agentVersion",
            ${utc("p.live_at", "liveAt")}, ${utc("p.last_heartbeat_at", "lastHeartbeatAt")}, p.pims_reachable AS "pimsReachable",
            ${utc("p.last_sync_at", "lastSyncAt")}, p.sync_window_hours AS "syncWindowHours",
            ${utc("p.first_load_completed_at", "firstLoadCompletedAt")},
            CASE WHEN p.first_load_completed_at IS NULL THEN
              (SELECT max(b.received_at) AT TIME ZONE 'UTC' FROM sync_batches b WHERE b.practice_id = p.id AND b.mode = 'full') END AS "firstLoadLastBatchAt",
            coalesce(day.received, 0)::int AS "dayReceived", coalesce(day.rejected, 0)::int AS "dayRejected",
            (SELECT count(*) FROM client_links l WHERE l.practice_id = p.id AND l.decision = 'REVIEW')::int AS "reviewsWaiting",
            (SELECT count(*) FROM pending_changes c WHERE c.practice_id = p.id AND c.status = 'PENDING')::int AS "pendingChanges",
            coalesce(w.backlog, 0)::int AS "writebackBacklog", coalesce(w.dead, 0)::int AS "deadLetters",
            (SELECT count(*) FROM integration_alerts a WHERE a.practice_id = p.id AND a.closed_at IS NULL)::int AS "openAlerts"
     FROM practices p
     JOIN partners pa ON pa.id = p.partner_id
     LEFT JOIN users o ON o.id = p.owner_id
     LEFT JOIN LATERAL (SELECT sum(b.received) AS received, sum(b.rejected) AS rejected FROM sync_batches b
                        WHERE b.practice_id = p.id AND b.received_at >= ($1::timestamptz AT TIME ZONE 'UTC')) day ON true
     LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE i.status IN ('WAITING_LINK', 'PENDING', 'LEASED')) AS backlog,
                               count(*) FILTER (WHERE i.status = 'DEAD') AS dead
                        FROM writeback_items i WHERE i.practice_id = p.id AND i.status IN ('WAITING_LINK', 'PENDING', 'LEASED', 'DEAD')) w ON true
     WHERE ${where}`,
    params,
  );
  return rows;
}

/** Agent versions reported by Live practices, for the fleet filter. */
export async function listAgentVersions(): Promise<string[]> {
  const { rows } = await pool().query<{ v: string }>(
    `SELECT DISTINCT agent_version AS v FROM practices WHERE status = 'LIVE' AND agent_version IS NOT NULL ORDER BY 1`,
  );
  return rows.map((r) => r.v);
}
