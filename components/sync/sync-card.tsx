// The practice page's pointer to its sync: agent and freshness in one badge, the number of
// changes waiting for review, and the link to the sync page.
import Link from "next/link";
import { syncBadge } from "@/lib/sync/status";
import { Card } from "@/components/ui/card";
import { SyncSummaryBadge } from "./sync-badges";
import { formatCount } from "@/lib/format/numbers";

type Props = {
  practiceId: string;
  practice: { installedAt: Date | null; lastHeartbeatAt: Date | null; lastSyncAt: Date | null; syncWindowHours: number };
  pendingChanges: number;
  now: Date;
};

export function SyncCard({ practiceId, practice, pendingChanges, now }: Props) {
  const badge = syncBadge(practice, now);
  if (!practice.installedAt && !practice.lastHeartbeatAt && !practice.lastSyncAt) {
    return (
      <Card title="Sync">
        <p className="text-sm text-slate-600">Starts once the partner installs the sync agent.</p>
      </Card>
    );
  }
  return (
    <Card title="Sync" actions={<SyncSummaryBadge badge={badge} />}>
      <p className="text-sm">
        {pendingChanges === 0 ? (
          "No change waits for review."
        ) : (
          <strong>
            {formatCount(pendingChanges)} {pendingChanges === 1 ? "change waits" : "changes wait"} for review.
          </strong>
        )}
      </p>
      <p className="mt-2 text-sm">
        <Link href={`/practices/${practiceId}/sync`} className="text-brand-700 underline">
          Open sync: agent, first load, history{pendingChanges ? " and review" : ""}
        </Link>
      </p>
    </Card>
  );
}
