// A silent agent after go-live: the alert job opens a reconnect case, the technical contact
// books a session from the partner's slots, the partner sees it in its queue, and the next
// heartbeat closes the case. The practice stays Live throughout.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { evaluateAlerts } from "@/lib/alerts/evaluate";
import { thresholdsFrom } from "@/lib/health/thresholds";
import { actorOf } from "@/tests/factories";
import { makeLivePractice } from "@/tests/live-practice";
import { bookReconnect, listReconnectRequests } from "./book";
import { closeReconnectOnHeartbeat } from "./cases";

const HOUR = 3_600_000;

describe("reconnect case", () => {
  it("opens on silence, is booked by the technical contact, shown to the partner and closed by a heartbeat", async () => {
    const start = new Date(Date.now() - 8 * HOUR);
    const world = await makeLivePractice(start);
    const id = world.practice.id;
    const slot = await db.installSlot.create({
      data: { partnerId: world.partner.id, startsAt: new Date(Date.now() + 48 * HOUR), endsAt: new Date(Date.now() + 50 * HOUR) },
    });
    const technical = actorOf(world.technicalUser, ["technical"]);

    // Nothing to book while the agent reports.
    await expect(bookReconnect(technical, id, slot.id)).rejects.toThrow(/no reconnect to book/);
    await evaluateAlerts(new Date(), thresholdsFrom({}), [id]);
    expect(await listReconnectRequests(world.partner.id)).toMatchObject([{ practiceId: id, appointment: null }]);

    // Only the technical contact may book it.
    await expect(bookReconnect(world.primary, id, slot.id)).rejects.toThrow(/may not/);
    const appointment = await bookReconnect(technical, id, slot.id);
    expect(appointment).toMatchObject({ purpose: "reconnect", status: "SCHEDULED" });
    await expect(bookReconnect(technical, id, slot.id)).rejects.toThrow(/already booked/);
    const [request] = await listReconnectRequests(world.partner.id);
    expect(request.appointment?.id).toBe(appointment.id);
    const invites = await db.outboxEmail.findMany({ where: { practiceId: id, template: "reconnect-booked" } });
    expect(invites.map((e) => e.toAddress).sort()).toEqual([world.technicalUser.email, world.partnerUser.email].sort());

    expect(await closeReconnectOnHeartbeat(id, new Date())).toBe(true);
    expect(await closeReconnectOnHeartbeat(id, new Date())).toBe(false);
    expect(await listReconnectRequests(world.partner.id)).toEqual([]);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe("DONE");
    expect((await db.practice.findUniqueOrThrow({ where: { id } })).status).toBe("LIVE");
  });
});
