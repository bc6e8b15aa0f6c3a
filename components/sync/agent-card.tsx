// The sync agent on the practice server: online, offline, or missing its heartbeat while batches
// still arrive (lib/sync/status.ts); its versions and when it last exported from the PIMS.
import { formatDuration, formatInZone } from "@/lib/format/dates";
import { agentState, ONLINE_WITHIN_MINUTES } from "@/lib/sync/status";
import type { SyncSummary } from "@/lib/sync/queries";
import { Card } from "@/components/ui/card";
import { AgentBadge } from "./sync-badges";

export function AgentCard({ practice, now }: { practice: SyncSummary["practice"]; now: Date }) {
  const state = agentState(practice.lastHeartbeatAt, now, practice.lastSyncAt);
  const fmt = (d: Date | null) => (d ? formatInZone(d, practice.timeZone) : "Never");
  const ago = (d: Date) => `${formatDuration(now.getTime() - d.getTime())} ago`;
  return (
    <Card title="Sync agent" actions={<AgentBadge state={state} />}>
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="text-slate-500">Last heartbeat</dt>
          <dd>
            {practice.lastHeartbeatAt ? (
              <>
                {fmt(practice.lastHeartbeatAt)} <span className="text-slate-500">({ago(practice.lastHeartbeatAt)})</span>
              </>
            ) : (
              "Never"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Agent version</dt>
          <dd>{practice.agentVersion ?? "Not reported"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">PIMS version (reported by the agent)</dt>
          <dd>{practice.agentPimsVersion ? `${practice.pimsName} ${practice.agentPimsVersion}` : "Not reported"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Last export from the PIMS</dt>
          <dd>{fmt(practice.lastExportAt)}</dd>
        </div>
      </dl>
      {state === "offline" && (
        <p className="mt-3 text-sm text-amber-900">
          No heartbeat for more than {ONLINE_WITHIN_MINUTES} minutes. Ask the practice&apos;s technical contact to check that the
          practice server and the agent are running.
        </p>
      )}
      {state === "heartbeat_missing" && practice.lastSyncAt && (
        <p className="mt-3 text-sm text-amber-900">
          Records still arrive (the last batch {ago(practice.lastSyncAt)}), but the agent has sent{" "}
          {practice.lastHeartbeatAt
            ? `no heartbeat for ${formatDuration(now.getTime() - practice.lastHeartbeatAt.getTime())}`
            : "no heartbeat yet"}
          , so its versions and whether it reaches the PIMS are not reported. The server is running: ask the practice&apos;s
          technical contact to check the agent&apos;s heartbeat setting with the integration partner.
        </p>
      )}
      {state === "never" && (
        <p className="mt-3 text-sm text-slate-600">
          The agent reports here every few minutes once the integration partner has installed it.
        </p>
      )}
    </Card>
  );
}
