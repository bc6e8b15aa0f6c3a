// The JSON body reader and the error mapping: too large, not JSON and not the schema are 4xx
// with a message saying which; domain refusals map by code; anything else is a logged 500.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { errorResponse, HttpError } from "./errors";
import { readJsonBody } from "./read-json";

const spec = {
  schema: z.object({ n: z.number() }),
  maxBytes: 32,
  noun: "batch",
  tooLargeHint: ": send smaller batches",
  invalid: "invalid batch",
};
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
const refusal = async (request: Request) => {
  try {
    await readJsonBody(request, spec);
  } catch (error) {
    const response = errorResponse(error, "unused");
    return { status: response.status, body: await response.json() };
  }
  throw new Error("the body was accepted");
};

describe("readJsonBody", () => {
  it("parses a body that fits and matches the schema", async () => {
    expect(await readJsonBody(post(JSON.stringify({ n: 1 })), spec)).toEqual({ n: 1 });
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    expect(await refusal(post("{}", { "content-length": "100" }))).toEqual({
      status: 413,
      body: { error: "batch is 100 bytes; the limit is 32 bytes: send smaller batches" },
    });
  });

  it("refuses a streamed body once it passes the limit", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("0123456789"));
        controller.close();
      },
    });
    expect(await refusal(post(stream))).toEqual({
      status: 413,
      body: { error: "batch is over the 32-byte limit: send smaller batches" },
    });
  });

  it("answers 400 for a body that is not JSON, and names the fields of one that is not the schema", async () => {
    expect(await refusal(post("{not json"))).toEqual({ status: 400, body: { error: "body is not valid JSON" } });
    expect(await refusal(post(""))).toEqual({ status: 400, body: { error: "body is not valid JSON" } });
    const wrong = await refusal(post(JSON.stringify({ n: "one" })));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe("invalid batch");
    expect(Object.keys(wrong.body.details)).toEqual(["n"]);
  });
});

describe("errorResponse", () => {
  it("maps each refusal code to its status and hides unexpected errors behind the route's words", async () => {
    expect(errorResponse(new HttpError(401, "no key"), "x").status).toBe(401);
    expect(errorResponse(new UserFacingError("bad"), "x").status).toBe(400);
    expect(errorResponse(new UserFacingError("no", "forbidden"), "x").status).toBe(403);
    expect(errorResponse(new NotFoundError("Order"), "x").status).toBe(404);
    expect(errorResponse(new UserFacingError("taken", "conflict"), "x").status).toBe(409);
    const logged: string[] = [];
    const crash = errorResponse(new Error("connection reset"), "the batch could not be stored", (line) => logged.push(line));
    expect(crash.status).toBe(500);
    expect(await crash.json()).toEqual({ error: "the batch could not be stored" });
    expect(logged).toEqual(["the batch could not be stored: connection reset"]);
  });
});
