// The alert job on the real PostgreSQL, with time moved by passing a later `now`: an alert
// opens once with its emails in the outbox, repeats after a day, and closes with a recovery
// email when the agent reports again; a reconnect case opens and closes with it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { thresholdsFrom } from "@/lib/health/thresholds";
import { makeLivePractice } from "@/tests/live-practice";
import { evaluateAlerts } from "./evaluate";

const HOUR = 3_600_000;
const t = thresholdsFrom({});
const start = new Date(Date.now() - 60_000);
const at = (h: number) => new Date(start.getTime() + h * HOUR);

describe("alerts job", () => {
  let world: Awaited<ReturnType<typeof makeLivePractice>>;
  const emails = () =>
    db.outboxEmail.findMany({
      where: { practiceId: world.practice.id, template: { startsWith: "alert-" } },
      orderBy: { createdAt: "asc" },
    });
  beforeAll(async () => {
    world = await makeLivePractice(start);
  });

  it("opens an agent-silent alert once, emailing the staff owner and the technical contact, and opens a reconnect case", async () => {
    expect(await evaluateAlerts(at(5), t, [world.practice.id])).toEqual({ opened: 0, repeated: 0, closed: 0 });
    expect(await evaluateAlerts(at(7), t, [world.practice.id])).toEqual({ opened: 1, repeated: 0, closed: 0 });
    expect(await evaluateAlerts(at(7.1), t, [world.practice.id])).toEqual({ opened: 0, repeated: 0, closed: 0 });
    const sent = await emails();
    expect(sent.map((e) => [e.template, e.toAddress])).toEqual([
      ["alert-opened", world.staffUser.email],
      ["alert-opened-practice", world.technicalUser.email],
    ]);
    expect(sent[0].subject).toBe(`Alert: ${world.practice.name}: sync agent silent`);
    expect(sent[1].text).toContain("Book a reconnect session");
    const alert = await db.integrationAlert.findFirstOrThrow({ where: { practiceId: world.practice.id } });
    expect(alert).toMatchObject({ rule: "agent_silent", severity: "error", closedAt: null, notifyCount: 1 });
    expect(await db.reconnectCase.count({ where: { practiceId: world.practice.id, closedAt: null } })).toBe(1);
    const events = await db.journeyEvent.findMany({
      where: { practiceId: world.practice.id, kind: { in: ["alert", "reconnect"] } },
    });
    expect(events.map((e) => `${e.kind}:${e.action}`).sort()).toEqual(["alert:opened", "reconnect:opened"]);
  });

  it("repeats at most once a day", async () => {
    expect(await evaluateAlerts(at(30), t, [world.practice.id])).toEqual({ opened: 0, repeated: 0, closed: 0 });
    expect(await evaluateAlerts(at(31.1), t, [world.practice.id])).toMatchObject({ repeated: 1 });
    expect(await evaluateAlerts(at(32), t, [world.practice.id])).toMatchObject({ repeated: 0 });
    const sent = await emails();
    expect(sent.filter((e) => e.template === "alert-repeat")).toHaveLength(1);
    expect(sent.find((e) => e.template === "alert-repeat")!.subject).toMatch(/^Still open: /);
  });

  it("closes by itself when the agent reports again, with recovery emails, and the case closes", async () => {
    await db.practice.update({ where: { id: world.practice.id }, data: { lastHeartbeatAt: at(33), lastSyncAt: at(33) } });
    expect(await evaluateAlerts(at(33.01), t, [world.practice.id])).toEqual({ opened: 0, repeated: 0, closed: 1 });
    const alert = await db.integrationAlert.findFirstOrThrow({ where: { practiceId: world.practice.id } });
    expect(alert.closedAt).not.toBeNull();
    const recovered = (await emails()).filter((e) => e.template.startsWith("alert-recovered"));
    expect(recovered.map((e) => e.toAddress).sort()).toEqual([world.staffUser.email, world.technicalUser.email].sort());
    expect(recovered.find((e) => e.toAddress === world.technicalUser.email)!.subject).toContain("working again");
    expect(await db.reconnectCase.count({ where: { practiceId: world.practice.id, closedAt: null } })).toBe(0);
    expect((await db.practice.findUniqueOrThrow({ where: { id: world.practice.id } })).status).toBe("LIVE");
  });

  it("dead letters open an alert for the staff owner only", async () => {
    const other = await makeLivePractice(start);
    await db.practice.update({ where: { id: other.practice.id }, data: { lastHeartbeatAt: at(40), lastSyncAt: at(40) } });
    const order = await db.order.create({
      data: {
        practiceId: other.practice.id,
        orderNumber: `DL-${other.practice.id}`,
        hdPetId: "PET1",
        hdClientId: "HD1",
        status: "SHIPPED",
      },
    });
    const line = await db.orderLine.create({
      data: {
        practiceId: other.practice.id,
        orderId: order.id,
        lineNo: 1,
        product: "Carprofen",
        kind: "PRESCRIPTION_DRUG",
        quantity: 60,
        unit: "tablets",
      },
    });
    await db.writebackItem.create({
      data: {
        practiceId: other.practice.id,
        orderLineId: line.id,
        orderId: order.id,
        hdPetId: "PET1",
        idempotencyKey: `${order.orderNumber}:1`,
        status: "DEAD",
        lineDate: new Date(),
        text: "x",
        shippedAt: new Date(),
      },
    });
    expect(await evaluateAlerts(at(40.1), t, [other.practice.id])).toMatchObject({ opened: 1 });
    const sent = await db.outboxEmail.findMany({ where: { practiceId: other.practice.id, template: { startsWith: "alert-" } } });
    expect(sent.map((e) => e.toAddress)).toEqual([other.staffUser.email]);
  });
});
