// POST the agent's heartbeat: its version, the PIMS version and reachability, the last export
// time. The answer's `resync` is null or the re-sync staff asked for (lib/sync/heartbeat.ts).
import { appNow } from "@/lib/clock/now";
import { agentRoute } from "@/lib/http/routes";
import { heartbeatSchema } from "@/lib/sync/batch-schema";
import { recordHeartbeat } from "@/lib/sync/heartbeat";

export const POST = agentRoute(
  { name: "agent.heartbeat", body: { schema: heartbeatSchema, maxBytes: 16 * 1024, invalid: "invalid heartbeat" } },
  async ({ practiceId }, heartbeat) => Response.json(await recordHeartbeat(practiceId, heartbeat, await appNow())),
);
