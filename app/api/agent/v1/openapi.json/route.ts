// GET the agent API as an OpenAPI 3.1 document, built from the routes' zod schemas. No key needed.
import { agentApiDocument } from "@/lib/api-docs/agent-api";

export const dynamic = "force-static";

export function GET() {
  return Response.json(agentApiDocument());
}
