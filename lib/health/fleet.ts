// The fleet page's data: every Live practice's health inputs in one light query, judged by the
// health rule, counted by state, filtered, sorted and cut to one page on the server; then the
// full figures of that page's 50 practices in a second query. Health is computed in one place
// (./rule.ts), so state filters and sorts work on the rule's own verdict.
import "server-only";
import { listAgentVersions, loadHealthRows, loadPracticeFacts, type HealthRow, type PracticeFacts } from "./facts";
import { FLEET_PAGE_SIZE, NONE, type FleetFilters, type FleetSort } from "./fleet-filters";
import { integrationHealth, type Health, type HealthState } from "./rule";
import type { Thresholds } from "./thresholds";

export type FleetRow = PracticeFacts & {
  health: Health;
  /** ms past the promised window (negative: time left). */ syncLagMs: number | null;
};
type Judged = HealthRow & { health: Health; syncLagMs: number | null };

const RANK: Record<HealthState, number> = { failing: 0, warning: 1, healthy: 2 };
const collator = new Intl.Collator("en");
const time = (d: Date | null) => (d ? d.getTime() : -Infinity);

const COMPARE: Record<FleetSort, (a: Judged, b: Judged) => number> = {
  health: (a, b) => RANK[a.health.state] - RANK[b.health.state] || b.health.conditions.length - a.health.conditions.length,
  name: () => 0,
  // The longest silent first.
  heartbeat: (a, b) => time(a.lastHeartbeatAt) - time(b.lastHeartbeatAt),
  sync: (a, b) => (b.syncLagMs ?? Infinity) - (a.syncLagMs ?? Infinity),
  backlog: (a, b) => b.writebackBacklog + b.deadLetters - (a.writebackBacklog + a.deadLetters),
  alerts: (a, b) => b.openAlerts - a.openAlerts,
};

const lagOf = (f: { lastSyncAt: Date | null; syncWindowHours: number }, now: Date) =>
  f.lastSyncAt ? now.getTime() - f.lastSyncAt.getTime() - f.syncWindowHours * 3_600_000 : null;

export async function listFleet(filters: FleetFilters, now: Date, t: Thresholds) {
  const filter = {
    partnerId: filters.partnerId,
    ownerId: filters.ownerId === undefined ? undefined : filters.ownerId === NONE ? null : filters.ownerId,
    agentVersion: filters.agentVersion === undefined ? undefined : filters.agentVersion === NONE ? null : filters.agentVersion,
  };
  const [light, agentVersions] = await Promise.all([
    loadHealthRows(filter, now, { backlog: filters.sort === "backlog", alerts: filters.sort === "alerts" }),
    listAgentVersions(),
  ]);
  const judged: Judged[] = light.map((f) => ({ ...f, health: integrationHealth(f, now, t), syncLagMs: lagOf(f, now) }));
  const counts: Record<HealthState, number> = { healthy: 0, warning: 0, failing: 0 };
  for (const row of judged) counts[row.health.state]++;
  const shown = filters.state.length ? judged.filter((r) => filters.state.includes(r.health.state)) : judged;
  // Every order ends on the name, then the id, so equal rows never swap between pages.
  const compare = COMPARE[filters.sort];
  shown.sort((a, b) => compare(a, b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const total = shown.length;
  const pageCount = Math.max(1, Math.ceil(total / FLEET_PAGE_SIZE));
  const pageIds = shown.slice((filters.page - 1) * FLEET_PAGE_SIZE, filters.page * FLEET_PAGE_SIZE).map((r) => r.id);
  const details = new Map((pageIds.length ? await loadPracticeFacts({ practiceIds: pageIds }, now) : []).map((f) => [f.id, f]));
  // The page keeps the order judged above; its health is judged again from the full facts (same rule, same `now`).
  const rows: FleetRow[] = pageIds.flatMap((id) => {
    const f = details.get(id);
    return f ? [{ ...f, health: integrationHealth(f, now, t), syncLagMs: lagOf(f, now) }] : [];
  });
  return { rows, total, pageCount, counts, live: judged.length, agentVersions };
}
