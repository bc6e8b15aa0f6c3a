// POST the agent's heartbeat: its version, the PIMS version and the last export time.
import { db } from "@/lib/db/client";
import { agentRoute } from "@/lib/http/routes";
import { heartbeatSchema } from "@/lib/sync/batch-schema";

export const POST = agentRoute(
  { name: "agent.heartbeat", body: { schema: heartbeatSchema, maxBytes: 16 * 1024, invalid: "invalid heartbeat" } },
  async ({ practiceId }, heartbeat) => {
    await db.practice.update({
      where: { id: practiceId },
      data: {
        agentVersion: heartbeat.agent_version,
        agentPimsVersion: heartbeat.pims_version,
        lastExportAt: heartbeat.last_export_at ? new Date(heartbeat.last_export_at) : undefined,
        lastHeartbeatAt: new Date(),
      },
    });
    return Response.json({ ok: true });
  },
);
