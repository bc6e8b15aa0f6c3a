// Re-sync end to end through the HTTP routes: staff ask for a full reload; `pims-link agent
// run` (one cycle of the simulator) learns it from the heartbeat's answer, pushes the export
// naming the request and pulls writebacks; records missing from the export are marked and the
// next heartbeat answers `resync: null`. The route handlers run behind a small node:http server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as batches from "@/app/api/agent/v1/batches/route";
import * as heartbeat from "@/app/api/agent/v1/heartbeat/route";
import * as pull from "@/app/api/agent/v1/writebacks/route";
import * as ack from "@/app/api/agent/v1/writebacks/ack/route";
import { runCli } from "@/cli/commands/program";
import { db } from "@/lib/db/client";
import { issueAgentKey } from "@/lib/onboarding/agent-keys";
import { makeWorld } from "@/tests/factories";
import { listMissingRecords, requestResync } from "./requests";

type Handler = (request: Request) => Promise<Response>;
const ROUTES: Record<string, Record<string, Handler>> = {
  "/api/agent/v1/heartbeat": { POST: heartbeat.POST },
  "/api/agent/v1/batches": { POST: batches.POST },
  "/api/agent/v1/writebacks": { GET: pull.GET },
  "/api/agent/v1/writebacks/ack": { POST: ack.POST },
};
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const handler = ROUTES[new URL(req.url!, "http://x").pathname]?.[req.method!];
    if (!handler) return void res.writeHead(404).end();
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

const CLIENTS = "client_id,first_name,last_name,email,updated_at\n";
const PATIENTS = "patient_id,client_id,name,species,weight,updated_at\n";
const beat = (key: string) =>
  fetch(`${url}/api/agent/v1/heartbeat`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ agent_version: "2.4.0", pims_version: "9.5" }),
  }).then((r) => r.json());

describe("re-sync through the heartbeat and the agent simulator", () => {
  it("a full reload asked by staff is pushed by `agent run` and marks what the export no longer holds", async () => {
    const w = await makeWorld();
    const id = w.practice.id;
    await db.practice.update({ where: { id }, data: { status: "INSTALLED", installedAt: new Date() } });
    const key = await issueAgentKey(w.staff, id);
    const first = await mkdtemp(join(tmpdir(), "pims-link-first-"));
    await writeFile(
      join(first, "clients.csv"),
      `${CLIENTS}C1,Maria,Garcia,m@example.com,2026-11-01T10:00:00Z\nC2,Robert,Lee,r@example.com,2026-11-01T10:00:00Z\n`,
    );
    await writeFile(
      join(first, "patients.csv"),
      `${PATIENTS}P1,C1,Rex,Canine,20,2026-11-01T10:00:00Z\nP2,C2,Bella,Canine,30,2026-11-01T10:00:00Z\n`,
    );
    const out = join(first, "pims.jsonl");
    const run = (dir: string) => {
      let text = "";
      return runCli(["agent", "run", "--url", url, "--key", key, "--dir", dir, "--out", out, "--cycles", "1"], {
        writeOut: (t) => (text += t),
        writeErr: () => {},
      }).then((code) => ({ code, text }));
    };
    // The first load, then a cycle with nothing asked.
    expect(
      await runCli(["agent", "push", "--url", url, "--key", key, "--dir", first], { writeOut: () => {}, writeErr: () => {} }),
    ).toBe(0);
    const idle = await run(first);
    expect(idle).toMatchObject({ code: 0 });
    expect(idle.text).toContain("no re-sync asked");

    const request = await requestResync(w.staff, id, { mode: "full" });
    expect((await beat(key)).resync).toEqual({ id: request.id, mode: "full", since: null });
    // Robert Lee and Bella are gone from the PIMS; Maria's weight changed (applied by the policy).
    const reload = await mkdtemp(join(tmpdir(), "pims-link-reload-"));
    await writeFile(join(reload, "clients.csv"), `${CLIENTS}C1,Maria,Garcia,m@example.com,2026-11-01T10:00:00Z\n`);
    await writeFile(join(reload, "patients.csv"), `${PATIENTS}P1,C1,Rex,Canine,22,2026-11-25T10:00:00Z\n`);
    const cycle = await run(reload);
    expect(cycle.code).toBe(0);
    expect(cycle.text).toContain("re-sync asked (full reload)");

    expect((await db.resyncRequest.findUniqueOrThrow({ where: { id: request.id } })).completedAt).not.toBeNull();
    const missing = await listMissingRecords(id);
    expect([missing.clients.map((c) => c.pimsId), missing.patients.map((p) => p.pimsId)]).toEqual([["C2"], ["P2"]]);
    expect(await db.pimsClient.count({ where: { practiceId: id } })).toBe(2);
    expect(
      Number(
        (await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId: id, pimsId: "P1" } } })).weightLb,
      ),
    ).toBe(22);
    expect((await beat(key)).resync).toBeNull();
  });
});
