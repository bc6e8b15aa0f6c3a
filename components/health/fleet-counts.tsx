// The counts on top of the fleet page: each state links to the fleet filtered by it.
import { formatCount } from "@/lib/format/numbers";
import { fleetHref, type FleetFilters } from "@/lib/health/fleet-filters";
import { HEALTH_LABELS, HEALTH_STATES, type HealthState } from "@/lib/health/rule";

const BORDER: Record<HealthState, string> = {
  healthy: "border-emerald-300",
  warning: "border-amber-300",
  failing: "border-red-300",
};

export function FleetCounts({
  counts,
  live,
  filters,
}: {
  counts: Record<HealthState, number>;
  live: number;
  filters: FleetFilters;
}) {
  const tile = "rounded-lg border bg-white px-4 py-3 shadow-sm";
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
      <div className={`${tile} border-slate-200`}>
        <dt className="text-sm text-slate-600">Live integrations</dt>
        <dd className="text-2xl font-bold text-slate-900">{formatCount(live)}</dd>
      </div>
      {HEALTH_STATES.map((state) => (
        <div key={state} className={`${tile} ${counts[state] ? BORDER[state] : "border-slate-200"}`}>
          <dt className="text-sm text-slate-600">{HEALTH_LABELS[state]}</dt>
          <dd className="flex items-baseline justify-between gap-2">
            <span className="text-2xl font-bold text-slate-900">{formatCount(counts[state])}</span>
            {counts[state] > 0 && (
              <a
                href={fleetHref({ ...filters, state: [state], page: 1 })}
                className="text-sm font-medium text-brand-700 underline underline-offset-2"
              >
                List<span className="sr-only">{` ${HEALTH_LABELS[state].toLowerCase()} integrations`}</span>
              </a>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
