// Is the practice's data current? The last successful sync, the next expected window (updates
// arrive every 48-72 h) and a red alert once the window has passed.
import { formatDuration, formatInZone } from "@/lib/format/dates";
import { NEXT_SYNC_FROM_HOURS, type Freshness } from "@/lib/sync/status";
import { Card } from "@/components/ui/card";
import { FreshnessBadge } from "./sync-badges";

export function FreshnessCard({ freshness, timeZone, windowHours, now }: { freshness: Freshness; timeZone: string; windowHours: number; now: Date }) {
  const fmt = (d: Date) => formatInZone(d, timeZone);
  return (
    <Card title="Freshness" actions={<FreshnessBadge state={freshness.state} />}>
      {freshness.state === "never" ? (
        <p className="text-sm text-slate-600">No successful sync yet. Updates are expected every {Math.min(NEXT_SYNC_FROM_HOURS, windowHours)}-{windowHours} hours once data flows.</p>
      ) : (
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="text-slate-500">Last successful sync</dt>
            <dd>{fmt(freshness.lastSyncAt)} <span className="text-slate-500">({formatDuration(now.getTime() - freshness.lastSyncAt.getTime())} ago)</span></dd>
          </div>
          <div>
            <dt className="text-slate-500">Next update expected</dt>
            <dd>between {fmt(freshness.nextFrom)}<br />and {fmt(freshness.nextBy)}</dd>
          </div>
          <div><dt className="text-slate-500">Promised cadence</dt><dd>every {Math.min(NEXT_SYNC_FROM_HOURS, windowHours)}-{windowHours} hours</dd></div>
        </dl>
      )}
    </Card>
  );
}

/** The page-wide alert shown above everything once the sync is stale. */
export function StaleAlert({ freshness, timeZone }: { freshness: Freshness; timeZone: string }) {
  if (freshness.state !== "stale") return null;
  return (
    <div role="alert" className="mb-5 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">Sync is stale: no successful update for {formatDuration(freshness.overdueMs)} past the expected window.</p>
      <p className="mt-1">
        The last successful sync was {formatInZone(freshness.lastSyncAt, timeZone)}; the next one was due by {formatInZone(freshness.nextBy, timeZone)}. Check the agent below and contact the practice&apos;s technical contact.
      </p>
    </div>
  );
}
