// The fulfilment API reference, rendered from the same OpenAPI document.
import { ApiReference } from "@/components/api-docs/api-reference";
import { fulfillmentApiDocument } from "@/lib/api-docs/agent-api";

export const metadata = { title: "Fulfilment API" };

export default function FulfillmentApiPage() {
  return <ApiReference document={fulfillmentApiDocument()} documentUrl="/api/fulfillment/v1/openapi.json" />;
}
