// Walks a test practice along the journey through the real domain functions, so tests about a
// later step start from data made the way production makes it.
import { db } from "@/lib/db/client";
import { addToQueue, updatePrepChecklist } from "@/lib/onboarding/practices";
import { PREP_CHECKLIST } from "@/lib/onboarding/prep-checklist";
import { acceptEula, designateTechnicalContact, savePracticeInfo, sendInvitation } from "@/lib/onboarding/wizard";
import { actorOf, ensureEula, makeWorld, uid } from "./factories";

export async function slotFor(partnerId: string, hoursFromNow: number, now = Date.now()) {
  const startsAt = new Date(Math.floor((now + hoursFromNow * 3_600_000) / 60_000) * 60_000); // calendars keep whole seconds
  return db.installSlot.create({ data: { partnerId, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) } });
}

/** A practice at Invited (queued, invitation sent). */
export async function invitedWorld() {
  const w = await makeWorld();
  await updatePrepChecklist(
    w.staff,
    w.practice.id,
    PREP_CHECKLIST.map((i) => i.key),
  );
  await addToQueue(w.staff, w.practice.id);
  await sendInvitation(w.partnerActor, w.practice.id);
  return w;
}

/** A practice at Details complete with a technical contact of its own (not the primary). */
export async function detailsCompleteWorld() {
  const w = await invitedWorld();
  const id = w.practice.id;
  const eula = await ensureEula();
  await acceptEula(
    w.primary,
    id,
    { eulaVersionId: eula.id, typedName: "Pat Primary", agree: true },
    { ip: null, userAgent: null },
  );
  const techEmail = `tech-${uid()}@test.example`;
  await designateTechnicalContact(w.primary, id, {
    self: false,
    name: "Terry Tech",
    email: techEmail,
    phone: "503-555-0142",
    hours: "Weekdays 8-10am",
  });
  await savePracticeInfo(w.primary, id, {
    name: w.practice.name,
    address1: "200 River Rd",
    address2: "Suite 4",
    city: "Portland",
    state: "OR",
    postalCode: "97201",
    phone: "503.555.0199",
    timeZone: "America/Los_Angeles",
    pimsVersion: "9.5",
    approxClients: 4000,
  });
  const techUser = await db.user.findUniqueOrThrow({ where: { email: techEmail } });
  return { ...w, techUser, tech: actorOf(techUser, ["technical"]) };
}
