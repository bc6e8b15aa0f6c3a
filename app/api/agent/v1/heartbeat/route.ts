// POST the agent's heartbeat: its version, the PIMS version and the last export time.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { practiceForRequest, jsonError } from "@/lib/sync/agent-auth";
import { heartbeatSchema } from "@/lib/sync/batch-schema";

export async function POST(request: Request) {
  const practiceId = await practiceForRequest(request);
  if (!practiceId) return jsonError(401, "unknown or revoked agent key");
  const parsed = heartbeatSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, "invalid heartbeat", z.flattenError(parsed.error).fieldErrors);
  await db.practice.update({
    where: { id: practiceId },
    data: {
      agentVersion: parsed.data.agent_version,
      agentPimsVersion: parsed.data.pims_version,
      lastExportAt: parsed.data.last_export_at ? new Date(parsed.data.last_export_at) : undefined,
      lastHeartbeatAt: new Date(),
    },
  });
  return Response.json({ ok: true });
}
