// GET the fulfilment API as an OpenAPI 3.1 document, built from the route's zod schemas. No key needed.
import { fulfillmentApiDocument } from "@/lib/api-docs/agent-api";

export const dynamic = "force-static";

export function GET() {
  return Response.json(fulfillmentApiDocument());
}
