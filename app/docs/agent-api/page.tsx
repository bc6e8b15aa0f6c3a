// The agent API reference for partner developers, rendered from the same OpenAPI document.
import { ApiReference } from "@/components/api-docs/api-reference";
import { agentApiDocument } from "@/lib/api-docs/agent-api";

export const metadata = { title: "Agent API" };

export default function AgentApiPage() {
  return <ApiReference document={agentApiDocument()} documentUrl="/api/agent/v1/openapi.json" />;
}
