// One heartbeat of a practice's agent: store what it reports, close an open reconnect case (the
// agent is back), and answer what the agent should do next: `resync` is null, or the re-sync
// staff asked for, so the agent learns it without another connection.
import { db } from "@/lib/db/client";
import { closeReconnectOnHeartbeat } from "@/lib/reconnect/cases";
import { resyncForAgent } from "@/lib/resync/requests";
import type { Heartbeat, HeartbeatAnswer } from "./batch-schema";

export async function recordHeartbeat(practiceId: string, beat: Heartbeat, now: Date): Promise<HeartbeatAnswer> {
  await db.practice.update({
    where: { id: practiceId },
    data: {
      agentVersion: beat.agent_version,
      agentPimsVersion: beat.pims_version,
      lastExportAt: beat.last_export_at ? new Date(beat.last_export_at) : undefined,
      pimsReachable: beat.pims_reachable ?? null,
      lastHeartbeatAt: now,
    },
  });
  await closeReconnectOnHeartbeat(practiceId, now);
  return { ok: true, resync: await resyncForAgent(practiceId, now) };
}
