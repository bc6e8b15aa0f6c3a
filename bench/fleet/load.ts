// The fleet's traffic for a fixed time: agents sending heartbeats every minute, deltas of
// 10-500 records every 2-5 minutes and writeback pulls (all time-compressed by `compress`),
// while staff load the board, the table, /integrations (or the board when that page does not
// exist yet) and a practice's sync page. Every answer's latency is recorded by kind.
import seedrandom from "seedrandom";
import { clientIdOf, patientIdOf, type FleetSeed } from "./seed";

export type Kind =
  | "heartbeat"
  | "delta batch"
  | "writeback pull"
  | "writeback ack"
  | "staff: board"
  | "staff: table"
  | "staff: integrations"
  | "staff: sync page";

export class Recorder {
  samples = new Map<Kind, number[]>();
  errors = new Map<Kind, number>();
  errorExamples: string[] = [];
  recordsSent = 0;
  recordsApplied = 0;
  deliveredItems = new Map<string, number>();
  ackOutcomes = new Map<string, number>();

  async time<T>(kind: Kind, call: () => Promise<T>): Promise<T | null> {
    const started = performance.now();
    try {
      const result = await call();
      (this.samples.get(kind) ?? this.samples.set(kind, []).get(kind)!).push(performance.now() - started);
      return result;
    } catch (error) {
      this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
      if (this.errorExamples.length < 10) this.errorExamples.push(`${kind}: ${(error as Error).message.slice(0, 200)}`);
      return null;
    }
  }
}

async function expectOk(response: Response, what: string, mustContain?: string): Promise<string> {
  const body = await response.text();
  if (response.status !== 200 || (mustContain && !body.includes(mustContain)))
    throw new Error(
      `${what} answered ${response.status}${mustContain ? ` without "${mustContain}"` : ""}: ${body.slice(0, 120)}`,
    );
  return body;
}

const sleepUntil = (time: number, stopAt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, Math.min(time, stopAt) - Date.now())));

type LoadOptions = {
  base: string;
  seed: FleetSeed;
  agents: number;
  staff: number;
  seconds: number;
  compress: number;
  integrationsPath: string;
};

export const heartbeatBody = () =>
  JSON.stringify({ agent_version: "bench-1.0", pims_version: "Cornerstone 9.5", last_export_at: new Date().toISOString() });

/** A delta of 10-500 records: 10% new clients, 45% changed clients, 45% changed patients. */
export function deltaBody(
  practice: FleetSeed["practices"][number],
  random: () => number,
  batchId: string,
  newClientId: () => string,
): string {
  const size = 10 + Math.floor(random() * 491);
  const updatedAt = new Date().toISOString();
  const clients: Record<string, unknown>[] = [];
  const patients: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (roll < 0.1) {
      const id = newClientId();
      clients.push({
        client_id: id,
        first_name: "Nia",
        last_name: "Fleet",
        email: `${id.toLowerCase()}@example.org`,
        updated_at: updatedAt,
      });
    } else if (roll < 0.55) {
      const n = Math.floor(random() * practice.clients);
      // A record appears once per batch (a second copy would be rejected as a duplicate).
      if (seen.has(`c${n}`)) continue;
      seen.add(`c${n}`);
      clients.push({
        client_id: clientIdOf(n),
        first_name: "Maria",
        last_name: "Garcia",
        email: `moved.${n}.${batchId}@example.net`,
        updated_at: updatedAt,
      });
    } else {
      const n = Math.floor(random() * practice.patients);
      if (seen.has(`p${n}`)) continue;
      seen.add(`p${n}`);
      patients.push({
        patient_id: patientIdOf(n),
        client_id: clientIdOf(n % practice.clients),
        name: ["Rex", "Bella", "Max", "Luna", "Charlie", "Daisy", "Milo", "Coco"][n % 8],
        species: "Canine",
        weight: String(6 + Math.floor(random() * 40)),
        weight_unit: "lb",
        updated_at: updatedAt,
      });
    }
  }
  return JSON.stringify({ batch_id: batchId, mode: "delta", clients, patients });
}

async function agentLoop(o: LoadOptions, rec: Recorder, practice: FleetSeed["practices"][number], index: number, stopAt: number) {
  const random = seedrandom(`agent-${index}`);
  const headers = { authorization: `Bearer ${practice.key}`, "content-type": "application/json" };
  const minute = 60_000 / o.compress;
  // Spread the agents' clocks so they do not all beat in the same instant.
  let nextBeat = Date.now() + random() * minute;
  let nextDelta = Date.now() + (0.2 + random() * 2) * minute;
  let nextPull = Date.now() + random() * minute;
  let batchNo = 0;
  let newClients = 0;
  while (Date.now() < stopAt) {
    const next = Math.min(nextBeat, nextDelta, nextPull);
    await sleepUntil(next, stopAt);
    if (Date.now() >= stopAt) break;
    const now = Date.now();
    if (now >= nextBeat) {
      nextBeat += minute;
      await rec.time("heartbeat", async () =>
        expectOk(
          await fetch(`${o.base}/api/agent/v1/heartbeat`, {
            method: "POST",
            headers,
            body: heartbeatBody(),
          }),
          "heartbeat",
        ),
      );
    } else if (now >= nextDelta) {
      nextDelta += (2 + random() * 3) * minute;
      const body = deltaBody(practice, random, `fleet-${index}-${batchNo++}`, () => `N${index}-${newClients++}`);
      const result = await rec.time(
        "delta batch",
        async () =>
          JSON.parse(
            await expectOk(await fetch(`${o.base}/api/agent/v1/batches`, { method: "POST", headers, body }), "batch"),
          ) as { received: number; applied: number },
      );
      if (result) {
        rec.recordsSent += result.received;
        rec.recordsApplied += result.applied;
      }
    } else {
      nextPull += minute / 2;
      const pulled = await rec.time(
        "writeback pull",
        async () =>
          JSON.parse(await expectOk(await fetch(`${o.base}/api/agent/v1/writebacks?limit=50`, { headers }), "pull")) as {
            items: { id: string; lease_id: string; idempotency_key: string }[];
          },
      );
      if (pulled && pulled.items.length > 0) {
        for (const item of pulled.items) rec.deliveredItems.set(item.id, (rec.deliveredItems.get(item.id) ?? 0) + 1);
        const acks = pulled.items.map((item) => ({
          id: item.id,
          lease_id: item.lease_id,
          result: "written",
          pims_line_id: `CS-${item.idempotency_key}`,
        }));
        const answer = await rec.time(
          "writeback ack",
          async () =>
            JSON.parse(
              await expectOk(
                await fetch(`${o.base}/api/agent/v1/writebacks/ack`, { method: "POST", headers, body: JSON.stringify({ acks }) }),
                "ack",
              ),
            ) as { results: { outcome: string }[] },
        );
        for (const result of answer?.results ?? [])
          rec.ackOutcomes.set(result.outcome, (rec.ackOutcomes.get(result.outcome) ?? 0) + 1);
      }
    }
  }
}

export type StaffPage = { kind: Kind; path: () => string; expect: string };

/** The pages staff load, each with what its full answer contains. */
export function staffPages(o: Pick<LoadOptions, "seed" | "agents" | "integrationsPath">, random: () => number): StaffPage[] {
  // The table shows 50 practices a page: only pages that exist.
  const tablePages = Math.max(1, Math.min(5, Math.floor(o.seed.practices.length / 60)));
  return [
    { kind: "staff: board", path: () => "/board", expect: "Queue board" },
    {
      kind: "staff: table",
      path: () => `/board/table?status=LIVE&sort=name&page=${1 + Math.floor(random() * tablePages)}`,
      expect: "Showing",
    },
    { kind: "staff: integrations", path: () => o.integrationsPath, expect: "</html>" },
    {
      kind: "staff: sync page",
      path: () => `/practices/${o.seed.practices[Math.floor(random() * Math.min(o.agents, o.seed.practices.length))].id}/sync`,
      expect: "</html>",
    },
  ];
}

async function staffLoop(o: LoadOptions, rec: Recorder, index: number, stopAt: number) {
  const random = seedrandom(`staff-${index}`);
  const pages = staffPages(o, random);
  while (Date.now() < stopAt) {
    const page = pages[Math.floor(random() * pages.length)];
    await rec.time(page.kind, async () =>
      expectOk(
        await fetch(`${o.base}${page.path()}`, { headers: { cookie: o.seed.staffCookie }, redirect: "manual" }),
        page.kind,
        page.expect,
      ),
    );
    // A person reads the page before the next click: 1-3 s (not compressed).
    await sleepUntil(Date.now() + 1000 + random() * 2000, stopAt);
  }
}

export async function runLoad(o: LoadOptions): Promise<Recorder> {
  const rec = new Recorder();
  const stopAt = Date.now() + o.seconds * 1000;
  const active = o.seed.practices.filter((_, i) => (i + 1) % 50 !== 7).slice(0, o.agents); // Live practices only
  await Promise.all([
    ...active.map((p, i) => agentLoop(o, rec, p, i, stopAt)),
    ...Array.from({ length: o.staff }, (_, i) => staffLoop(o, rec, i, stopAt)),
  ]);
  return rec;
}
