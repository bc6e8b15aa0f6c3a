// The fleet table: one row per Live practice with its health and the figures behind it.
// Plain links and text strings keep the server render cheap at 50 rows (see practice-card.tsx).
import { formatCount } from "@/lib/format/numbers";
import { fleetHref, type FleetFilters, type FleetSort } from "@/lib/health/fleet-filters";
import type { FleetRow } from "@/lib/health/fleet";
import { formatDuration } from "@/lib/format/dates";
import { HealthConditions, HealthLight } from "./health-light";

const SORT_NAMES: Record<FleetSort, string> = {
  health: "health, failing first",
  name: "practice name, A to Z",
  heartbeat: "last heartbeat, longest silent first",
  sync: "sync lag, most overdue first",
  backlog: "writeback backlog, largest first",
  alerts: "open alerts, most first",
};

const ago = (d: Date | null, now: Date) => (d ? `${formatDuration(Math.max(0, now.getTime() - d.getTime()))} ago` : "never");

function lag(row: FleetRow): string {
  if (row.syncLagMs === null) return "no sync yet";
  return row.syncLagMs > 0
    ? `${formatDuration(row.syncLagMs)} past the ${row.syncWindowHours} h window`
    : `within the ${row.syncWindowHours} h window`;
}

function Header({ label, sort, filters }: { label: string; sort?: FleetSort; filters: FleetFilters }) {
  const cls = "whitespace-nowrap px-3 py-2 text-left font-semibold text-slate-800";
  if (!sort)
    return (
      <th scope="col" className={cls}>
        {label}
      </th>
    );
  const active = filters.sort === sort;
  return (
    <th scope="col" className={cls} aria-sort={active ? (sort === "name" ? "ascending" : "descending") : undefined}>
      <a href={fleetHref({ ...filters, sort, page: 1 })} className="inline-flex items-center gap-1 hover:text-brand-700">
        {label}
        <span aria-hidden="true" className={active ? "text-slate-800" : "text-slate-400"}>
          {active ? "▼" : "↕"}
        </span>
      </a>
    </th>
  );
}

export function FleetTable({
  rows,
  filters,
  summary,
  now,
}: {
  rows: FleetRow[];
  filters: FleetFilters;
  summary: string;
  now: Date;
}) {
  return (
    <div
      role="region"
      aria-labelledby="fleet-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption id="fleet-caption" className="px-3 py-2 text-left text-sm text-slate-700">
          <span className="font-semibold">{summary} live integrations</span>, sorted by {SORT_NAMES[filters.sort]}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <Header label="Practice" sort="name" filters={filters} />
            <Header label="Health" sort="health" filters={filters} />
            <Header label="Agent" sort="heartbeat" filters={filters} />
            <Header label="Last sync" sort="sync" filters={filters} />
            <Header label="Last 24 h" filters={filters} />
            <Header label="Reviews waiting" filters={filters} />
            <Header label="Writeback" sort="backlog" filters={filters} />
            <Header label="Alerts" sort="alerts" filters={filters} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <th scope="row" className="min-w-48 px-3 py-2 text-left font-normal">
                <a
                  href={`/practices/${row.id}/sync`}
                  className="font-semibold text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline"
                >
                  {row.name}
                </a>
                <div className="text-xs text-slate-600">{`${row.city}, ${row.state} · ${row.partnerName}`}</div>
                <div className="text-xs text-slate-600">{`Owner: ${row.ownerName ?? "Unassigned"}`}</div>
              </th>
              <td className="min-w-56 px-3 py-2">
                <HealthLight health={row.health} />
                <HealthConditions health={row.health} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                <div>{row.agentVersion ? `Version ${row.agentVersion}` : "Version not reported"}</div>
                <div className="text-xs">{`Heartbeat ${ago(row.lastHeartbeatAt, now)}`}</div>
              </td>
              <td className="px-3 py-2 text-slate-700">
                <div className="whitespace-nowrap">
                  {row.firstLoadCompletedAt ? ago(row.lastSyncAt, now) : "First load in progress"}
                </div>
                <div className="text-xs">{lag(row)}</div>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">{`${formatCount(row.dayReceived)} records, ${formatCount(row.dayRejected)} rejected`}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                <a
                  href={`/practices/${row.id}/merge`}
                  className="underline-offset-2 hover:underline"
                >{`${formatCount(row.reviewsWaiting)} merges`}</a>
                <div className="text-xs">
                  <a
                    href={`/practices/${row.id}/sync`}
                    className="underline-offset-2 hover:underline"
                  >{`${formatCount(row.pendingChanges)} changes`}</a>
                </div>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                <a
                  href={`/practices/${row.id}/writebacks`}
                  className="underline-offset-2 hover:underline"
                >{`${formatCount(row.writebackBacklog)} waiting`}</a>
                <div
                  className={row.deadLetters ? "text-xs font-semibold text-red-800" : "text-xs"}
                >{`${formatCount(row.deadLetters)} dead`}</div>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                <a
                  href={`/practices/${row.id}#alerts`}
                  className={row.openAlerts ? "font-semibold text-red-800 underline" : "underline-offset-2 hover:underline"}
                >{`${formatCount(row.openAlerts)} open`}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
