// The writeback's HTTP routes and CLI commands end to end on the real PostgreSQL: the route
// handlers behind a small node:http server, called by the agent simulator
// (`pims-link agent pull-writebacks`) and by fetch; `pims-link order ship` on the database.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/cli/commands/program";
import { db } from "@/lib/db/client";
import * as pull from "@/app/api/agent/v1/writebacks/route";
import * as ack from "@/app/api/agent/v1/writebacks/ack/route";
import * as shipments from "@/app/api/fulfillment/v1/shipments/route";
import { DEV_FULFILLMENT_SERVICE_KEY } from "@/lib/auth/service-key";
import { itemsOf, placeOrder, rxLine, writebackWorld } from "@/tests/writeback-fixtures";

type Handler = (request: Request) => Promise<Response>;
const ROUTES: Record<string, Record<string, Handler>> = {
  "/api/agent/v1/writebacks": { GET: pull.GET },
  "/api/agent/v1/writebacks/ack": { POST: ack.POST },
  "/api/fulfillment/v1/shipments": { POST: shipments.POST },
};

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url!, "http://x").pathname;
    const handler = ROUTES[path]?.[req.method!];
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "GET" ? undefined : Buffer.concat(chunks),
    });
    const response = await handler(request);
    res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function cli(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  return { code, out, err };
}

const shipRequest = (body: unknown, key = DEV_FULFILLMENT_SERVICE_KEY) =>
  fetch(`${url}/api/fulfillment/v1/shipments`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("POST /api/fulfillment/v1/shipments", () => {
  it("needs the service key, validates the body, and answers a repeated report the same", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1", [rxLine(), rxLine({ kind: "OTC", product: "Dental chews" })]);
    expect((await shipRequest({ order_number: order, carrier: "UPS", tracking_number: "1Z1" }, "wrong")).status).toBe(401);
    const bad = await shipRequest({ order_number: order, carrier: "", tracking_number: "1Z 1", extra: 1 });
    expect(bad.status).toBe(400);
    const body = { order_number: order, carrier: "UPS", tracking_number: "1Z999AA1", shipped_at: "2026-11-20T10:00:00-08:00" };
    const first = await shipRequest(body);
    expect(first.status).toBe(201);
    const json = await first.json();
    expect(json).toMatchObject({
      order_number: order,
      replayed: false,
      pims_patient_id: "PT1",
      lines: [
        { line_no: 1, writeback: "queued" },
        { line_no: 2, writeback: "not_eligible", reason: "over_the_counter" },
      ],
    });
    const second = await shipRequest(body);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ ...json, replayed: true });
    expect(await itemsOf(order)).toHaveLength(2);
    expect((await shipRequest({ ...body, tracking_number: "1ZOTHER" })).status).toBe(409);
    expect((await shipRequest({ ...body, order_number: "NOPE-1" })).status).toBe(404);
  });
});

describe("agent writeback routes and the simulator", () => {
  it("pull-writebacks appends the lines to the stand-in PIMS file and acknowledges them; nothing is written twice", async () => {
    const w = await writebackWorld();
    const o1 = await placeOrder(w.practiceId, "HP1", [
      rxLine(),
      rxLine({ kind: "PRESCRIPTION_DIET", product: "Royal Canin Renal", quantity: 1, unit: "bag" }),
    ]);
    const o2 = await placeOrder(w.practiceId, "HP3");
    expect((await cli(["order", "ship", "--order", o1, "--tracking", "1ZAAA111"])).code).toBe(0);
    const shipped = await cli(["order", "ship", "--order", o2, "--tracking", "1ZBBB222", "--carrier", "FedEx"]);
    expect(shipped.out).toContain("deceased");

    const dir = await mkdtemp(join(tmpdir(), "pims-wb-"));
    const out = join(dir, "pims.jsonl");
    const run = await cli(["agent", "pull-writebacks", "--url", url, "--key", w.agentKey, "--out", out, "--limit", "2"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Pulled 3 writeback items in 3 requests");
    expect(run.out).toContain("for deceased patients: 1");
    const lines = (await readFile(out, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.idempotency_key).sort()).toEqual([`${o1}:1`, `${o1}:2`, `${o2}:1`].sort());
    expect(lines.find((l) => l.idempotency_key === `${o2}:1`)).toMatchObject({ patient_id: "PT3", client_id: "C1" });
    const items = await db.writebackItem.findMany({ where: { practiceId: w.practiceId } });
    expect(items.every((i) => i.status === "WRITTEN" && i.pimsLineId?.startsWith("CS-"))).toBe(true);

    // Redelivered (as after a lost ack): the file already holds it, so it is acknowledged, not written again.
    await db.writebackItem.updateMany({
      where: { practiceId: w.practiceId },
      data: { status: "PENDING", nextAttemptAt: new Date(0), pimsLineId: null },
    });
    const again = await cli(["agent", "pull-writebacks", "--url", url, "--key", w.agentKey, "--out", out]);
    expect(again.out).toContain("already in the file (not written twice): 3");
    expect((await readFile(out, "utf8")).trim().split("\n")).toHaveLength(3);
  });

  it("--fail acknowledges failures (retry scheduled); a wrong key is a clear error", async () => {
    const w = await writebackWorld();
    await placeOrder(w.practiceId, "HP1").then((o) => cli(["order", "ship", "--order", o, "--tracking", "1ZCCC333"]));
    const out = join(await mkdtemp(join(tmpdir(), "pims-wb-")), "pims.jsonl");
    const failed = await cli([
      "agent",
      "pull-writebacks",
      "--url",
      url,
      "--key",
      w.agentKey,
      "--out",
      out,
      "--fail",
      "PIMS offline",
    ]);
    expect(failed.code).toBe(0);
    expect(failed.out).toContain("retry scheduled 1");
    const [item] = await db.writebackItem.findMany({ where: { practiceId: w.practiceId } });
    expect(item).toMatchObject({ status: "PENDING", attempts: 1, lastError: "PIMS offline" });
    const wrong = await cli(["agent", "pull-writebacks", "--url", url, "--key", "pl_agent_nope", "--out", out]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/401.*unknown or revoked agent key/);
    const noFolder = await cli([
      "agent",
      "pull-writebacks",
      "--url",
      url,
      "--key",
      w.agentKey,
      "--out",
      "/no/such/folder/pims.jsonl",
    ]);
    expect(noFolder).toMatchObject({ code: 2, err: expect.stringContaining("--out: folder /no/such/folder does not exist") });
  });

  it("the ack route validates its body and scopes items to the key's practice", async () => {
    const w = await writebackWorld();
    const post = (body: unknown) =>
      fetch(`${url}/api/agent/v1/writebacks/ack`, {
        method: "POST",
        headers: { authorization: `Bearer ${w.agentKey}` },
        body: JSON.stringify(body),
      });
    expect((await post({ acks: [{ id: "x", lease_id: "y", result: "written" }] })).status).toBe(400);
    const res = await post({ acks: [{ id: "x", lease_id: "y", result: "failed", reason: "nope" }] });
    expect(await res.json()).toEqual({
      results: [{ id: "x", outcome: "unknown_item", message: "no writeback item with this id for this practice" }],
    });
    expect(
      (await fetch(`${url}/api/agent/v1/writebacks?limit=0`, { headers: { authorization: `Bearer ${w.agentKey}` } })).status,
    ).toBe(400);
  });
});

describe("pims-link order ship", () => {
  it("refuses bad input with a clear message and a non-zero exit", async () => {
    expect(await cli(["order", "ship", "--order", "NOPE-9", "--tracking", "1ZX1"])).toMatchObject({
      code: 1,
      err: expect.stringContaining("Order NOPE-9 not found"),
    });
    expect((await cli(["order", "ship", "--order", "A1", "--tracking", "1 2"])).code).toBe(2);
    expect((await cli(["order", "ship", "--order", "A1"])).code).toBe(2);
    expect((await cli(["order", "ship", "--order", "A1", "--tracking", "1ZX1", "--shipped-at", "yesterday"])).code).toBe(2);
  });
});

describe("pims-link order create", () => {
  it("creates a one-line order for a pet of any practice, which then ships and queues its writeback", async () => {
    const w = await writebackWorld();
    const slug = (await db.practice.findUniqueOrThrow({ where: { id: w.practiceId } })).slug;
    const number = `CLI${Date.now()}`;
    const made = await cli([
      "order",
      "create",
      "--practice",
      slug,
      "--pet",
      "HP1",
      "--order",
      number,
      "--product",
      "Carprofen 75 mg",
      "--quantity",
      "60",
    ]);
    expect(made).toMatchObject({ code: 0, out: expect.stringContaining(`Order ${number} created for pet HP1`) });
    expect(await cli(["order", "create", "--practice", slug, "--pet", "HP1", "--order", number, "--product", "X"])).toMatchObject(
      { code: 1, err: expect.stringContaining("already exists") },
    );
    expect(
      (
        await cli([
          "order",
          "create",
          "--practice",
          slug,
          "--pet",
          "HP1",
          "--order",
          `${number}b`,
          "--product",
          "X",
          "--quantity",
          "-1",
        ])
      ).code,
    ).toBe(2);
    expect(
      await cli(["order", "create", "--practice", slug, "--pet", "NOPET", "--order", `${number}c`, "--product", "X"]),
    ).toMatchObject({ code: 1, err: expect.stringContaining("NOPET") });
    expect((await cli(["order", "ship", "--order", number, "--tracking", "1ZCLI0001"])).out).toContain("queued for writeback");
  });
});
