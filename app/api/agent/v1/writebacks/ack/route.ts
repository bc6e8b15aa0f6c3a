// POST the agent's acknowledgements of pulled writeback items (bearer agent key): each one
// "written" with the PIMS's own line id, or "failed" with a reason. Answers one outcome per ack.
import { agentRoute } from "@/lib/http/routes";
import { ackRequestSchema } from "@/lib/writeback/schemas";
import { ackWritebacks } from "@/lib/writeback/queue";

export const POST = agentRoute(
  {
    name: "agent.writebacks.ack",
    body: { schema: ackRequestSchema, maxBytes: 1024 * 1024, invalid: "invalid acknowledgements" },
  },
  async ({ practiceId }, body) => Response.json({ results: await ackWritebacks(practiceId, body.acks) }),
);
