// One heartbeat of a practice's agent: store what it reports, close an open reconnect case (the
// agent is back), and answer what the agent should do next: `resync` is null, or the re-sync
// staff asked for, so the agent learns it without another connection.
//
// Every agent of the fleet beats once a minute, so the common case (no open reconnect case, no
// re-sync asked for) is one statement: the update returns whether either exists, and only then
// do their own modules act on it.
import { pool } from "@/lib/db/pool";
import { closeReconnectOnHeartbeat } from "@/lib/reconnect/cases";
import { resyncForAgent } from "@/lib/resync/requests";
import type { Heartbeat, HeartbeatAnswer } from "./batch-schema";

export async function recordHeartbeat(practiceId: string, beat: Heartbeat, now: Date): Promise<HeartbeatAnswer> {
  const { rows } = await pool().query<{ reconnect_open: boolean; resync_open: boolean }>(
    `UPDATE practices SET agent_version = $2, agent_pims_version = $3, last_export_at = coalesce($4::timestamptz, last_export_at),
            pims_reachable = $5, last_heartbeat_at = $6::timestamptz, updated_at = now()
     WHERE id = $1
     RETURNING EXISTS (SELECT 1 FROM reconnect_cases WHERE practice_id = $1 AND closed_at IS NULL) AS reconnect_open,
               EXISTS (SELECT 1 FROM resync_requests WHERE practice_id = $1 AND completed_at IS NULL) AS resync_open`,
    [
      practiceId,
      beat.agent_version,
      beat.pims_version,
      beat.last_export_at ? new Date(beat.last_export_at) : null,
      beat.pims_reachable ?? null,
      now,
    ],
  );
  if (!rows[0]) throw new Error(`practice ${practiceId} not found`);
  if (rows[0].reconnect_open) await closeReconnectOnHeartbeat(practiceId, now);
  return { ok: true, resync: rows[0].resync_open ? await resyncForAgent(practiceId, now) : null };
}
