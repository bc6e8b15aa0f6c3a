// The API documents are valid OpenAPI 3.1 (checked by a third-party validator), say what the
// routes accept, and the agent simulator's generated client types are current.
import { readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { agentApiDocument, fulfillmentApiDocument } from "./agent-api";
import { agentApiTypes, GENERATED_TYPES_FILE } from "./client-types";

describe("OpenAPI documents", () => {
  it.each([
    ["agent", agentApiDocument],
    ["fulfilment", fulfillmentApiDocument],
  ])("the %s API document is valid OpenAPI 3.1", async (_name, build) => {
    const result = await validate(structuredClone(build()) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(build().openapi).toBe("3.1.0");
  });

  it("documents every agent route with its request and answer schemas", () => {
    const doc = agentApiDocument();
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/agent/v1/batches",
      "/api/agent/v1/heartbeat",
      "/api/agent/v1/writebacks",
      "/api/agent/v1/writebacks/ack",
    ]);
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    // Records: the contract's columns, optional ones not required (zod cannot see that through a preprocess).
    expect(schemas.PimsClient.required).toEqual(["client_id", "first_name", "last_name", "updated_at"]);
    expect(Object.keys(schemas.PimsClient.properties!)).toContain("cell_phone");
    expect(schemas.BatchRequest.properties!.clients).toMatchObject({
      type: "array",
      items: { $ref: "#/components/schemas/PimsClient" },
    });
    expect(schemas.BatchResult.required).toEqual(
      expect.arrayContaining(["batch_id", "status", "received", "applied", "rejected", "errors"]),
    );
    expect(schemas.Heartbeat.required).toEqual(["agent_version", "pims_version"]);
  });

  it("the agent simulator's generated client types match the document (npm run api:types)", async () => {
    expect(readFileSync(GENERATED_TYPES_FILE, "utf8"), "run npm run api:types and commit the result").toBe(await agentApiTypes());
  });
});
