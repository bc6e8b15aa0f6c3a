// The first copy of the practice's client and patient list: before any data, the date the domain
// promises (about 1 week after install, 2 weeks at 10,000+ clients); while it loads, a progress
// bar with counts, the measured rate and an ETA; then when it completed.
import { formatDuration, formatInZone } from "@/lib/format/dates";
import type { FirstLoadProgress } from "@/lib/sync/status";
import { Card } from "@/components/ui/card";
import { formatCount, formatRate } from "@/lib/format/numbers";

function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const width = percent === null ? 100 : Math.max(2, percent);
  return (
    <div
      role="progressbar"
      aria-label="First load progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent === null ? undefined : Math.round(percent)}
      aria-valuetext={label}
      className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={`h-full rounded-full ${percent === null ? "animate-pulse bg-brand-600/60" : "bg-brand-600"}`}
        style={{ width: `${width}%` }}
      />
    </div>
  );
}

function Counts({ received, processed, errors }: { received: number; processed: number; errors: number }) {
  return (
    <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
      <div>
        <dt className="text-slate-500">Received</dt>
        <dd className="text-lg font-semibold">{formatCount(received)}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Stored</dt>
        <dd className="text-lg font-semibold">{formatCount(processed)}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Errors</dt>
        <dd className={`text-lg font-semibold ${errors ? "text-red-700" : ""}`}>{formatCount(errors)}</dd>
      </div>
    </dl>
  );
}

export function FirstLoadCard({ progress, timeZone, now }: { progress: FirstLoadProgress; timeZone: string; now: Date }) {
  const fmt = (d: Date, dateOnly = false) => formatInZone(d, timeZone, { dateOnly });
  if (progress.phase === "not_installed") {
    return (
      <Card title="First load">
        <p className="text-sm text-slate-600">
          The agent is not installed yet. The first copy of the client and patient list arrives about 1 week after install (2
          weeks for 10,000+ clients).
        </p>
      </Card>
    );
  }
  if (progress.phase === "waiting") {
    return (
      <Card title="First load">
        <p className="text-sm">Waiting for the first data from the agent.</p>
        <p className="mt-2 text-sm">
          <span className="text-slate-500">Expected by</span> <strong>{fmt(progress.expectedBy, true)}</strong>
        </p>
        <p className="mt-1 text-xs text-slate-500">
          About 1 week after install; up to 2 weeks for practices with 10,000+ clients.
        </p>
        {progress.late && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Late by {formatDuration(now.getTime() - progress.expectedBy.getTime())}: check with the integration partner.
          </p>
        )}
      </Card>
    );
  }
  if (progress.phase === "complete") {
    return (
      <Card title="First load">
        <p className="text-sm font-medium text-emerald-800">
          <span aria-hidden="true">✓ </span>First load complete on {fmt(progress.completedAt)}
        </p>
        <Counts {...progress} />
        <p className="mt-2 text-xs text-slate-500">
          Since then only changes arrive; name, address and pet name changes wait for review below.
        </p>
      </Card>
    );
  }
  const of = progress.expected === null ? "" : ` of ${formatCount(progress.expected)}`;
  const summary =
    progress.percent === null
      ? `${formatCount(progress.received)} records received`
      : `${Math.floor(progress.percent)}%: ${formatCount(progress.received)}${of} records received`;
  return (
    <Card title="First load in progress">
      <p className="mb-2 text-sm font-medium">{summary}</p>
      <ProgressBar percent={progress.percent} label={summary} />
      <Counts {...progress} />
      <dl className="mt-3 space-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="text-slate-500">Rate</dt>
          <dd>{progress.ratePerSecond ? formatRate(progress.ratePerSecond) : "Measuring…"}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="shrink-0 text-slate-500">Time left</dt>
          <dd>
            {progress.etaMs === null ? (
              progress.expected === null ? (
                "Unknown: the agent did not send the export's size"
              ) : (
                "Measuring…"
              )
            ) : (
              <>
                about {formatDuration(progress.etaMs)}
                {progress.etaAt && <span className="text-slate-500"> (around {fmt(progress.etaAt)})</span>}
              </>
            )}
          </dd>
        </div>
        {progress.lastBatchAt && (
          <div className="flex gap-2">
            <dt className="text-slate-500">Last batch</dt>
            <dd>{fmt(progress.lastBatchAt)}</dd>
          </div>
        )}
      </dl>
    </Card>
  );
}
