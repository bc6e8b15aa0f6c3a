// Staff correct a practice after creating it: every field of the creation form, the primary
// contact, the staff owner, and the partner while the partner has not acted yet. Each change is
// one timeline event naming who changed what, from what, to what. A new primary contact gets
// the email of the step the practice is at (the invitation again, with a fresh sign-in link),
// and the old address is told it no longer receives the integration's emails.
import { db, type Tx } from "@/lib/db/client";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import { practiceEmails } from "./emails";
import { STATUS_INFO, type Status } from "./journey";
import { partnerChangeable } from "./windows";
import { editNote, type EditChange } from "./edit-note";
import { addJourneyEvent, eventActor } from "./journey-events";
import { progressUrl } from "./progress-link";
import { practiceParties } from "./recipients";
import { editPracticeSchema, type EditPracticeInput } from "./schemas";
import { sendJourneyEmail } from "./send-email";
import type { Actor } from "@/lib/auth/actor";

const FIELD_LABELS = {
  name: "Practice name",
  address1: "Street address",
  address2: "Address line 2",
  city: "City",
  state: "State",
  postalCode: "ZIP code",
  phone: "Practice phone",
  timeZone: "Time zone",
  pimsVersion: "Cornerstone version",
  approxClients: "Approximate clients",
} as const;
type PracticeField = keyof typeof FIELD_LABELS;

type Change = EditChange;
const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "(none)" : String(v));

async function recordChange(tx: Tx, practiceId: string, actor: Actor, change: Change) {
  await addJourneyEvent(tx, {
    practiceId,
    kind: "edit",
    action: change.what,
    actor: eventActor(actor),
    note: editNote(change),
  });
}

export async function editPractice(actor: Actor, practiceId: string, raw: EditPracticeInput) {
  assertCan(actor, "practice:edit");
  const input = editPracticeSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await practiceParties(tx, practiceId);
    const changes: Change[] = [];
    const data: Record<string, unknown> = {};

    for (const field of Object.keys(FIELD_LABELS) as PracticeField[]) {
      const next = field === "address2" ? input.address2 || null : input[field];
      if (shown(before[field]) !== shown(next)) {
        data[field] = next;
        changes.push({ what: FIELD_LABELS[field], before: shown(before[field]), after: shown(next) });
      }
    }

    if (input.partnerId !== before.partnerId) {
      if (!partnerChangeable(before.status, before.resumeStatus)) {
        throw new UserFacingError(
          `The partner cannot change once it has invited the practice (the practice is ${STATUS_INFO[before.status].label.toLowerCase()}).`,
          "conflict",
          { partnerId: ["The partner has already acted"] },
        );
      }
      const partner = await tx.partner.findUnique({ where: { id: input.partnerId } });
      if (!partner)
        throw new UserFacingError("That partner does not exist.", "invalid", { partnerId: ["Choose a partner from the list"] });
      data.partnerId = partner.id;
      changes.push({ what: "Partner", before: before.partner.name, after: partner.name });
    }

    const ownerId = input.ownerId || null;
    if (ownerId !== before.ownerId) {
      const owner = ownerId ? await tx.user.findFirst({ where: { id: ownerId, role: "STAFF" } }) : null;
      if (ownerId && !owner)
        throw new UserFacingError("The owner must be a member of the onboarding team.", "invalid", {
          ownerId: ["Choose someone from the list"],
        });
      data.ownerId = ownerId;
      changes.push({
        what: "Staff owner",
        before: shown(before.owner?.name ?? before.owner?.email),
        after: shown(owner?.name ?? owner?.email),
      });
    }

    const primaryChange = await changePrimaryContact(tx, before, input, changes);
    if (primaryChange) data.primaryContactId = primaryChange.id;

    if (Object.keys(data).length) await tx.practice.update({ where: { id: practiceId }, data });
    for (const change of changes) await recordChange(tx, practiceId, actor, change);
    if (primaryChange) await tellPrimaryContactChange(tx, practiceId, before, primaryChange, actor);
    return { changed: changes.map((c) => c.what) };
  });
}

type Party = NonNullable<Awaited<ReturnType<typeof practiceParties>>["primaryContact"]>;

/** Updates the primary contact's name or phone, or points the practice at a new person. */
async function changePrimaryContact(
  tx: Tx,
  before: Awaited<ReturnType<typeof practiceParties>>,
  input: EditPracticeInput,
  changes: Change[],
): Promise<Party | null> {
  const current = before.primaryContact;
  const phone = input.primaryPhone || null;
  if (current && current.email === input.primaryEmail) {
    if (current.name !== input.primaryName || (current.phone ?? null) !== phone) {
      await tx.user.update({ where: { id: current.id }, data: { name: input.primaryName, phone } });
      if (current.name !== input.primaryName)
        changes.push({ what: "Primary contact name", before: shown(current.name), after: input.primaryName });
      if ((current.phone ?? null) !== phone)
        changes.push({ what: "Primary contact phone", before: shown(current.phone), after: shown(phone) });
    }
    return null;
  }
  const existing = await tx.user.findUnique({ where: { email: input.primaryEmail } });
  if (existing && existing.role !== "PRACTICE") {
    throw new UserFacingError("That email belongs to a staff or partner account.", "invalid", {
      primaryEmail: ["That email belongs to a staff or partner account"],
    });
  }
  const next = existing
    ? await tx.user.update({ where: { id: existing.id }, data: { name: input.primaryName, phone: phone ?? existing.phone } })
    : await tx.user.create({ data: { email: input.primaryEmail, name: input.primaryName, phone, role: "PRACTICE" } });
  changes.push({
    what: "Primary contact",
    before: current ? `${shown(current.name)} <${current.email}>` : "(none)",
    after: `${input.primaryName} <${next.email}>`,
  });
  return { id: next.id, name: next.name, email: next.email, phone: next.phone };
}

/**
 * What a change of primary contact emails at a status (the edit page warns with the same answer):
 * the new address gets the current step's email (after the invitation step, a handover with a way
 * in); the old address is told once the practice was queued (before that it has heard nothing).
 */
export function primaryChangeEmails(status: Status): { toNew: "queued" | "invitation" | "handover" | null; tellOld: boolean } {
  const toNew =
    status === "QUEUED"
      ? "queued"
      : status === "INVITED"
        ? "invitation"
        : status === "DRAFT" || status === "CANCELLED"
          ? null
          : // Details are complete: the new person still needs a way in and to know what is left.
            "handover";
  return { toNew, tellOld: status !== "DRAFT" };
}

/** The new primary contact gets the email of the current step; the old one is told. */
async function tellPrimaryContactChange(
  tx: Tx,
  practiceId: string,
  before: Awaited<ReturnType<typeof practiceParties>>,
  next: Party,
  actor: Actor,
) {
  const p = await practiceParties(tx, practiceId);
  const emails = primaryChangeEmails(before.status);
  if (emails.toNew === "queued" && p.dueAt) {
    await sendJourneyEmail(
      tx,
      p,
      "queued",
      next,
      practiceEmails.queued(p, next, p.partner.name, p.dueAt, progressUrl(practiceId)),
      { actor },
    );
  } else if (emails.toNew === "invitation") {
    const link = await createSignInLink(tx, next.email, `/onboarding/${practiceId}`);
    await sendJourneyEmail(tx, p, "invitation", next, practiceEmails.invitation(p, next, p.partner.name, link, p.dueAt), {
      actor,
    });
  } else if (emails.toNew === "handover") {
    const link = await createSignInLink(tx, next.email, `/onboarding/${practiceId}`);
    await sendJourneyEmail(
      tx,
      p,
      "primary-contact-handover",
      next,
      practiceEmails.primaryContactHandover(p, next, before.primaryContact, link),
      { actor },
    );
  }
  if (before.primaryContact && emails.tellOld) {
    await sendJourneyEmail(
      tx,
      p,
      "primary-contact-replaced",
      before.primaryContact,
      practiceEmails.primaryContactReplaced(p, before.primaryContact, next),
      { actor },
    );
  }
}
