// The fleet's one facts query on the real PostgreSQL, judged by the health rule: counts by
// state, state/partner/agent-version filters, sorting and paging.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeWorld, uid } from "@/tests/factories";
import { listFleet } from "./fleet";
import { DEFAULT_FLEET_FILTERS } from "./fleet-filters";
import { thresholdsFrom } from "./thresholds";

const HOUR = 3_600_000;
const t = thresholdsFrom({});
const now = new Date();
const ago = (h: number) => new Date(now.getTime() - h * HOUR);

async function livePractice(
  partnerId: string,
  over: { heartbeatH: number | null; syncH: number; version?: string; dead?: number; name: string },
) {
  const world = await makeWorld();
  const practice = await db.practice.update({
    where: { id: world.practice.id },
    data: {
      name: over.name,
      partnerId,
      status: "LIVE",
      liveAt: ago(24 * 30),
      firstLoadCompletedAt: ago(24 * 30),
      lastHeartbeatAt: over.heartbeatH === null ? null : ago(over.heartbeatH),
      lastSyncAt: ago(over.syncH),
      agentVersion: over.version ?? "2.4.0",
      pimsReachable: true,
    },
  });
  await db.syncBatch.create({
    data: {
      practiceId: practice.id,
      batchKey: uid(),
      mode: "delta",
      status: "PARTIAL",
      received: 40,
      applied: 30,
      rejected: 10,
      response: {},
      receivedAt: ago(2),
      durationMs: 5,
    },
  });
  return practice;
}

describe("fleet health", () => {
  let partnerId: string;
  beforeAll(async () => {
    partnerId = (await db.partner.create({ data: { name: `Fleet partner ${uid()}` } })).id;
    await livePractice(partnerId, { name: "A healthy", heartbeatH: 0.01, syncH: 1 });
    await livePractice(partnerId, { name: "B warning", heartbeatH: 0.01, syncH: 30, version: "2.3.1" });
    await livePractice(partnerId, { name: "C failing", heartbeatH: 10, syncH: 10 });
  });

  it("counts every Live practice of the filter by the rule's state, failing first", async () => {
    const fleet = await listFleet(
      { ...DEFAULT_FLEET_FILTERS, partnerId },
      now,
      thresholdsFrom({ ALERT_REJECTED_MIN_RECORDS: "1000" }),
    );
    expect(fleet.counts).toEqual({ healthy: 1, warning: 1, failing: 1 });
    expect(fleet.rows.map((r) => r.name)).toEqual(["C failing", "B warning", "A healthy"]);
    const failing = fleet.rows[0];
    expect(failing.health.conditions.map((c) => c.code)).toEqual(["agent_silent"]);
    expect(failing).toMatchObject({ dayReceived: 40, dayRejected: 10, deadLetters: 0, openAlerts: 0, partnerId });
  });

  it("the day's rejected share counts the records of the last 24 h", async () => {
    const fleet = await listFleet({ ...DEFAULT_FLEET_FILTERS, partnerId }, now, t);
    // 10 of 40 rejected is 25%: every practice warns about it.
    expect(fleet.rows.every((r) => r.health.conditions.some((c) => c.code === "rejected_share"))).toBe(true);
  });

  it("filters by state, agent version and sorts by name", async () => {
    const lax = thresholdsFrom({ ALERT_REJECTED_MIN_RECORDS: "1000" });
    const warning = await listFleet({ ...DEFAULT_FLEET_FILTERS, partnerId, state: ["warning"] }, now, lax);
    expect(warning.rows.map((r) => r.name)).toEqual(["B warning"]);
    expect(warning.total).toBe(1);
    const byVersion = await listFleet({ ...DEFAULT_FLEET_FILTERS, partnerId, agentVersion: "2.4.0", sort: "name" }, now, lax);
    expect(byVersion.rows.map((r) => r.name)).toEqual(["A healthy", "C failing"]);
    expect(byVersion.agentVersions).toEqual(expect.arrayContaining(["2.3.1", "2.4.0"]));
  });

  it("pages on the server", async () => {
    const page2 = await listFleet({ ...DEFAULT_FLEET_FILTERS, partnerId, page: 2 }, now, t);
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(3);
  });
});
