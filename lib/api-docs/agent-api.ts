// The agent API (what the integration partner's agent implements against) and the fulfilment
// API, as OpenAPI 3.1 documents built from the routes' own zod schemas: a schema change changes
// the document, and through the generated client types (npm run api:types) the simulator.
import { z } from "zod";
import { pimsClientSchema, pimsPatientSchema } from "@/lib/contracts/schemas";
import { MAX_BATCH_BYTES, MAX_RECORDS_PER_BATCH } from "@/lib/sync/batch-limits";
import {
  batchEnvelopeSchema,
  batchResultSchema,
  heartbeatAnswerSchema,
  heartbeatSchema,
  recordErrorSchema,
} from "@/lib/sync/batch-schema";
import { MAX_PULL, DEFAULT_PULL } from "@/lib/writeback/settings";
import {
  ackAnswerSchema,
  ackRequestSchema,
  ackSchema,
  deliveredItemSchema,
  pullAnswerSchema,
  shipmentAnswerSchema,
  shipmentRequestSchema,
  ackOutcomeSchema,
} from "@/lib/writeback/schemas";
import { componentRef, componentsOf, itemsAre } from "./json-schema";

const API_VERSION = "1.0.0";

/** The error answer of every route (lib/sync/agent-auth.ts jsonError): a message, and per-field details for a 400. */
const apiErrorSchema = z.object({
  error: z.string(),
  details: z.record(z.string(), z.array(z.string())).optional(),
});

itemsAre.add(batchEnvelopeSchema.shape.clients, { component: "PimsClient" });
itemsAre.add(batchEnvelopeSchema.shape.patients, { component: "PimsPatient" });

type Operation = Record<string, unknown>;
const json = (schema: Record<string, unknown>) => ({ content: { "application/json": { schema } } });
const errorAnswer = (description: string) => ({ description, ...json(componentRef("Error")) });
const body = (component: string) => ({ required: true, ...json(componentRef(component)) });

function document(
  info: { title: string; description: string },
  security: Record<string, { type: string; scheme: string; description: string }>,
  paths: Record<string, Record<string, Operation>>,
  inputs: Record<string, z.ZodType>,
  outputs: Record<string, z.ZodType>,
) {
  return {
    openapi: "3.1.0",
    info: { version: API_VERSION, ...info },
    servers: [{ url: "/", description: "this PIMS Link server" }],
    security: [Object.fromEntries(Object.keys(security).map((name) => [name, []]))],
    paths,
    components: {
      securitySchemes: security,
      schemas: { ...componentsOf(inputs, "input"), ...componentsOf({ Error: apiErrorSchema, ...outputs }, "output") },
    },
  };
}

export function agentApiDocument() {
  const unauthorized = errorAnswer("Unknown or revoked agent key");
  return document(
    {
      title: "PIMS Link agent API",
      description:
        "What the sync agent on a practice's server calls: heartbeats, batches of PIMS clients and patients (first load and deltas), and the writeback of shipped prescriptions into the PIMS. " +
        "Every call carries the practice's agent key as `Authorization: Bearer <key>`. Records use the contract's CSV column names; each is validated on its own, and a bad one is answered with its reason without holding the others back. " +
        "Retry on network errors, 429 and 5xx with backoff; never on other 4xx. A batch sent again with the same batch_id is answered with the stored result and changes nothing.",
    },
    {
      agentKey: {
        type: "http",
        scheme: "bearer",
        description: "The practice's agent key (issued by the partner at install; starts with pl_agent_)",
      },
    },
    {
      "/api/agent/v1/heartbeat": {
        post: {
          operationId: "postHeartbeat",
          summary: "Report that the agent is alive",
          description: "Send at start and about every minute: agent version, PIMS version and the time of the last PIMS export.",
          requestBody: body("Heartbeat"),
          responses: {
            "200": { description: "Recorded", ...json(componentRef("HeartbeatAnswer")) },
            "400": errorAnswer("Invalid heartbeat (details per field)"),
            "401": unauthorized,
          },
        },
      },
      "/api/agent/v1/batches": {
        post: {
          operationId: "postBatch",
          summary: "Send a batch of PIMS clients or patients",
          description: `mode "full" for the first load (mark its last batch with last: true), "delta" afterwards. At most ${MAX_RECORDS_PER_BATCH} records and ${MAX_BATCH_BYTES} bytes a batch; send a client before its patients. All good records of a batch are applied in one transaction.`,
          requestBody: body("BatchRequest"),
          responses: {
            "200": {
              description: "Stored (or replayed): counts and one error per rejected record",
              ...json(componentRef("BatchResult")),
            },
            "400": errorAnswer("The envelope is invalid (not JSON, unknown mode, missing batch_id)"),
            "401": unauthorized,
            "413": errorAnswer("Too many records or bytes: send smaller batches"),
            "500": errorAnswer("Nothing was written: retry the same batch"),
            "503": errorAnswer(
              "The database is not reachable: nothing was written; retry the same batch after Retry-After seconds",
            ),
          },
        },
      },
      "/api/agent/v1/writebacks": {
        get: {
          operationId: "pullWritebacks",
          summary: "Lease the practice's due writeback items",
          description:
            "Each item returned is leased to the caller for lease_seconds; acknowledge it before the lease ends or it is offered again. Write each idempotency_key into the PIMS at most once.",
          parameters: [
            {
              name: "limit",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: MAX_PULL, default: DEFAULT_PULL },
            },
          ],
          responses: {
            "200": { description: "Due items, leased", ...json(componentRef("PullAnswer")) },
            "400": errorAnswer("limit out of range"),
            "401": unauthorized,
          },
        },
      },
      "/api/agent/v1/writebacks/ack": {
        post: {
          operationId: "ackWritebacks",
          summary: "Acknowledge pulled items: written, or failed with a reason",
          requestBody: body("AckRequest"),
          responses: {
            "200": { description: "One outcome per acknowledgement, in order", ...json(componentRef("AckAnswer")) },
            "400": errorAnswer("Invalid acknowledgements"),
            "401": unauthorized,
          },
        },
      },
    },
    {
      Heartbeat: heartbeatSchema,
      BatchRequest: batchEnvelopeSchema,
      PimsClient: pimsClientSchema,
      PimsPatient: pimsPatientSchema,
      AckRequest: ackRequestSchema,
      Ack: ackSchema,
    },
    {
      HeartbeatAnswer: heartbeatAnswerSchema,
      BatchResult: batchResultSchema,
      RecordError: recordErrorSchema,
      PullAnswer: pullAnswerSchema,
      WritebackItem: deliveredItemSchema,
      AckAnswer: ackAnswerSchema,
      AckOutcome: ackOutcomeSchema,
    },
  );
}

export function fulfillmentApiDocument() {
  return document(
    {
      title: "PIMS Link fulfilment API",
      description:
        "What the pharmacy's fulfilment system calls when an order ships: the order is marked shipped and its prescription lines are queued for writeback into the practice's PIMS, in one transaction. A repeated report of the same shipment answers the same and changes nothing.",
    },
    { serviceKey: { type: "http", scheme: "bearer", description: "FULFILLMENT_SERVICE_KEY, one configured secret" } },
    {
      "/api/fulfillment/v1/shipments": {
        post: {
          operationId: "postShipment",
          summary: "Report a shipped order",
          requestBody: body("ShipmentRequest"),
          responses: {
            "201": { description: "Shipped now", ...json(componentRef("ShipmentAnswer")) },
            "200": {
              description: "Already reported with this tracking number: the same answer",
              ...json(componentRef("ShipmentAnswer")),
            },
            "400": errorAnswer("Invalid shipment"),
            "401": errorAnswer("Unknown service key"),
            "404": errorAnswer("No such order"),
            "409": errorAnswer("The order shipped already with another tracking number"),
            "500": errorAnswer("Nothing was written: retry it"),
            "503": errorAnswer("The database is not reachable: nothing was written; retry it after Retry-After seconds"),
          },
        },
      },
    },
    { ShipmentRequest: shipmentRequestSchema },
    { ShipmentAnswer: shipmentAnswerSchema },
  );
}
