// Staff-side operations on a practice: create it, tick the prep checklist, queue it, and the
// side states (hold, cancel, resume).
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import { partnerEmails, practiceEmails, staffEmails } from "./emails";
import { addJourneyEvent, eventActor } from "./journey-events";
import { checklistComplete, PREP_CHECKLIST } from "./prep-checklist";
import { progressUrl } from "./progress-link";
import { practiceParties } from "./recipients";
import { sendJourneyEmail } from "./send-email";
import { createPracticeSchema, type CreatePracticeInput } from "./schemas";
import { isPracticeAccount, type Actor } from "@/lib/auth/actor";
import { transition } from "./transition";

export function slugify(name: string) {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 48) || "practice"
  );
}

export async function createPractice(actor: Actor, raw: CreatePracticeInput) {
  assertCan(actor, "practice:create");
  const input = createPracticeSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.primaryEmail } });
    if (existing && !isPracticeAccount(existing)) {
      throw new UserFacingError("That email belongs to a staff or partner account.", "invalid", {
        primaryEmail: ["That email belongs to a staff or partner account"],
      });
    }
    const primary =
      existing ??
      (await tx.user.create({
        data: { email: input.primaryEmail, name: input.primaryName, phone: input.primaryPhone || null, role: "PRACTICE" },
      }));
    const base = slugify(input.name);
    const taken = await tx.practice.count({ where: { slug: { startsWith: base } } });
    const practice = await tx.practice.create({
      data: {
        slug: taken ? `${base}-${taken + 1}` : base,
        name: input.name,
        address1: input.address1,
        address2: input.address2 || null,
        city: input.city,
        state: input.state,
        postalCode: input.postalCode,
        phone: input.phone,
        timeZone: input.timeZone,
        pimsVersion: input.pimsVersion,
        approxClients: input.approxClients,
        partnerId: input.partnerId,
        primaryContactId: primary.id,
        ownerId: actor.kind === "user" ? actor.id : null,
      },
    });
    await addJourneyEvent(tx, {
      practiceId: practice.id,
      kind: "note",
      action: "created",
      actor: eventActor(actor),
      toStatus: "DRAFT",
      note: "Practice created",
    });
    return practice;
  });
}

export async function updatePrepChecklist(actor: Actor, practiceId: string, keys: string[]) {
  assertCan(actor, "checklist:edit");
  const valid = new Set<string>(PREP_CHECKLIST.map((i) => i.key));
  const unknown = keys.filter((k) => !valid.has(k));
  if (unknown.length) throw new UserFacingError(`Unknown checklist item: ${unknown.join(", ")}`);
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
    const before = (practice.prepChecklist ?? {}) as Record<string, string>;
    const now = new Date().toISOString();
    // Keep the first tick time of items that stay ticked.
    const after = Object.fromEntries(keys.map((k) => [k, before[k] ?? now]));
    await tx.practice.update({ where: { id: practiceId }, data: { prepChecklist: after } });
    return after;
  });
}

export async function addToQueue(actor: Actor, practiceId: string) {
  return db.$transaction(async (tx) => {
    const p = await practiceParties(tx, practiceId);
    if (!checklistComplete(p.prepChecklist))
      throw new UserFacingError("Tick every item of the Cornerstone prep checklist before queueing.");
    if (!p.primaryContact) throw new UserFacingError("Add a primary contact before queueing.");
    const now = new Date();
    await transition(tx, practiceId, "addToQueue", actor, { now });
    const dueAt = new Date(now.getTime() + 48 * 3_600_000);
    await sendJourneyEmail(
      tx,
      p,
      "queued",
      p.primaryContact,
      practiceEmails.queued(p, p.primaryContact, p.partner.name, dueAt, progressUrl(practiceId)),
      { actor },
    );
    for (const partnerUser of p.partner.users) {
      await sendJourneyEmail(tx, p, "partner-new-request", partnerUser, partnerEmails.newRequest(p, partnerUser), { actor });
    }
  });
}

export async function changeSideState(
  actor: Actor,
  practiceId: string,
  action: "putOnHold" | "cancel" | "resume",
  reason: string | null,
) {
  return db.$transaction(async (tx) => {
    const result = await transition(tx, practiceId, action, actor, { reason });
    const p = await practiceParties(tx, practiceId);
    const what = action === "putOnHold" ? "on hold" : action === "cancel" ? "cancelled" : "resumed";
    // A practice still being prepared has not heard from us yet: do not email it about it.
    if (result.from !== "DRAFT" && result.to !== "DRAFT" && p.primaryContact) {
      await sendJourneyEmail(
        tx,
        p,
        `side-state-${action}`,
        p.primaryContact,
        practiceEmails.sideState(p, p.primaryContact, what, reason),
        { actor },
      );
    }
    if (p.owner)
      await sendJourneyEmail(
        tx,
        p,
        `side-state-${action}-staff`,
        p.owner,
        staffEmails.sideState(p, p.owner, what, reason, actor.label),
        { actor, audience: "staff" },
      );
    return result;
  });
}
