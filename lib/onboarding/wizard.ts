// Step 2 and 3 of the journey: the partner's invitation, then the primary contact's three
// parts (practice information, technical contact, EULA) in any order. When the last of the
// three is saved, the practice moves to Details complete in the same transaction.
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { assertCan } from "@/lib/auth/practice-actor";
import { partnerEmails, practiceEmails } from "./emails";
import { addJourneyEvent, eventActor } from "./journey-events";
import { sendJourneyEmail } from "./send-email";
import { practiceParties } from "./recipients";
import {
  eulaSchema,
  practiceInfoSchema,
  technicalContactSchema,
  type EulaInput,
  type PracticeInfoInput,
  type TechnicalContactInput,
} from "./schemas";
import { isPracticeAccount, SYSTEM, type Actor } from "@/lib/auth/actor";
import { transition } from "./transition";
import type { Status } from "./journey";
import { detailsEditable } from "./windows";

export async function currentEula(tx: Tx | typeof db = db) {
  return tx.eulaVersion.findFirst({ orderBy: { publishedAt: "desc" } });
}

export function eulaHash(body: string) {
  return createHash("sha256").update(body).digest("hex");
}

export type WizardProgress = { info: boolean; technicalContact: boolean; eula: boolean; eulaOutdated: boolean };

export async function wizardProgress(tx: Tx | typeof db, practiceId: string): Promise<WizardProgress> {
  const [practice, eula] = await Promise.all([tx.practice.findUniqueOrThrow({ where: { id: practiceId } }), currentEula(tx)]);
  const acceptances = await tx.eulaAcceptance.findMany({ where: { practiceId }, select: { eulaVersionId: true } });
  const accepted = Boolean(eula && acceptances.some((a) => a.eulaVersionId === eula.id));
  return {
    info: Boolean(practice.infoConfirmedAt),
    technicalContact: Boolean(practice.technicalContactId && practice.techContactSetAt),
    eula: accepted,
    eulaOutdated: !accepted && acceptances.length > 0,
  };
}

async function completeDetailsIfReady(tx: Tx, practiceId: string) {
  const progress = await wizardProgress(tx, practiceId);
  const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
  if (practice.status !== "INVITED" || !progress.info || !progress.technicalContact || !progress.eula) return false;
  const now = new Date();
  await transition(tx, practiceId, "completeDetails", SYSTEM, { now });
  const p = await practiceParties(tx, practiceId);
  const dueAt = new Date(now.getTime() + 24 * 3_600_000);
  // The technical contact books; the primary contact (when someone else) is only told what comes next.
  if (p.technicalContact) {
    await sendJourneyEmail(
      tx,
      p,
      "details-complete-technical",
      p.technicalContact,
      practiceEmails.detailsCompleteForTechnical(p, p.technicalContact, p.partner.name, dueAt),
    );
  }
  if (p.primaryContact && p.primaryContact.email !== p.technicalContact?.email) {
    await sendJourneyEmail(
      tx,
      p,
      "details-complete",
      p.primaryContact,
      practiceEmails.detailsCompleteForPrimary(p, p.primaryContact, p.partner.name, p.technicalContact, dueAt),
    );
  }
  for (const partnerUser of p.partner.users) {
    await sendJourneyEmail(
      tx,
      p,
      "partner-ready-to-schedule",
      partnerUser,
      partnerEmails.readyToSchedule(p, partnerUser, p.technicalContact!, p.techContactHours, dueAt),
    );
  }
  return true;
}

export async function sendInvitation(actor: Actor, practiceId: string) {
  return db.$transaction(async (tx) => {
    await transition(tx, practiceId, "sendInvitation", actor);
    const p = await practiceParties(tx, practiceId);
    const link = await createSignInLink(tx, p.primaryContact!.email, `/onboarding/${practiceId}`);
    await sendJourneyEmail(
      tx,
      p,
      "invitation",
      p.primaryContact!,
      practiceEmails.invitation(p, p.primaryContact!, p.partner.name, link, p.dueAt),
      { actor },
    );
  });
}

function assertWizardOpen(status: Status) {
  if (!detailsEditable(status)) {
    throw new UserFacingError(
      "The practice details can be changed only between the partner's invitation and the install booking.",
      "conflict",
    );
  }
}

export async function savePracticeInfo(actor: Actor, practiceId: string, raw: PracticeInfoInput) {
  assertCan(actor, "wizard:practice-info");
  const input = practiceInfoSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
    assertWizardOpen(practice.status);
    await tx.practice.update({
      where: { id: practiceId },
      data: { ...input, address2: input.address2 || null, infoConfirmedAt: practice.infoConfirmedAt ?? new Date() },
    });
    if (!practice.infoConfirmedAt) {
      await addJourneyEvent(tx, {
        practiceId,
        kind: "note",
        action: "practice-info",
        actor: eventActor(actor),
        note: "Practice information confirmed",
      });
    }
    return completeDetailsIfReady(tx, practiceId);
  });
}

/** Refused for any staff or partner address, with one message for both so it reveals neither. */
const NOT_A_PRACTICE_ADDRESS = "This address cannot be the technical contact. Use the work email of someone at the practice.";

/**
 * The primary contact names the technical contact (and can name another later). A person who
 * already has an account keeps their own profile: only the link to this practice is added (being
 * a practice's contact is what makes someone a member of it, see lib/auth/practice-access.ts),
 * and they are told by email. A new address gets an account of its own.
 */
export async function designateTechnicalContact(actor: Actor & { kind: "user" }, practiceId: string, raw: TechnicalContactInput) {
  assertCan(actor, "wizard:technical-contact");
  const input = technicalContactSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
    assertWizardOpen(practice.status);
    let contactId: string;
    let existingAccount = false;
    if (input.self) {
      await tx.user.update({ where: { id: actor.id }, data: { phone: input.phone } }); // their own profile
      contactId = actor.id;
    } else {
      const existing = await tx.user.findUnique({ where: { email: input.email } });
      if (existing && !isPracticeAccount(existing)) {
        throw new UserFacingError(NOT_A_PRACTICE_ADDRESS, "invalid", { email: [NOT_A_PRACTICE_ADDRESS] });
      }
      existingAccount = Boolean(existing) && existing!.id !== actor.id;
      contactId = existing
        ? existing.id
        : (await tx.user.create({ data: { email: input.email, name: input.name, phone: input.phone, role: "PRACTICE" } })).id;
    }
    const changed = practice.technicalContactId !== contactId;
    await tx.practice.update({
      where: { id: practiceId },
      data: { technicalContactId: contactId, techContactHours: input.hours, techContactSetAt: new Date() },
    });
    if (changed) {
      const p = await practiceParties(tx, practiceId);
      await addJourneyEvent(tx, {
        practiceId,
        kind: "note",
        action: "technical-contact",
        actor: eventActor(actor),
        note: `Technical contact: ${p.technicalContact!.name ?? ""} <${p.technicalContact!.email}>`,
      });
      if (contactId !== actor.id) {
        const link = await createSignInLink(tx, p.technicalContact!.email, `/onboarding/${practiceId}`);
        const content = practiceEmails.technicalContactInvite(p, p.technicalContact!, p.primaryContact!, link, {
          existingAccount,
        });
        await sendJourneyEmail(tx, p, "technical-contact-invite", p.technicalContact!, content, { actor });
      }
    }
    return completeDetailsIfReady(tx, practiceId);
  });
}

export async function acceptEula(
  actor: Actor & { kind: "user" },
  practiceId: string,
  raw: EulaInput,
  request: { ip: string | null; userAgent: string | null },
) {
  assertCan(actor, "wizard:eula");
  const input = eulaSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
    const eula = await currentEula(tx);
    if (!eula) throw new UserFacingError("No license agreement is published yet.");
    if (eula.id !== input.eulaVersionId) {
      throw new UserFacingError(
        "A newer version of the agreement was published while you were reading. Please read it and accept again.",
        "conflict",
      );
    }
    // A new EULA version must be accepted again at any step; before Live is where it matters.
    if (practice.status === "CANCELLED") throw new UserFacingError("This practice's onboarding is cancelled.", "conflict");
    const existing = await tx.eulaAcceptance.findUnique({
      where: { practiceId_eulaVersionId: { practiceId, eulaVersionId: eula.id } },
    });
    if (existing) return false; // double submit: already accepted, nothing to do
    await tx.eulaAcceptance.create({
      data: {
        practiceId,
        eulaVersionId: eula.id,
        userId: actor.id,
        typedName: input.typedName,
        textSha256: eulaHash(eula.body),
        ip: request.ip,
        userAgent: request.userAgent?.slice(0, 400) ?? null,
      },
    });
    await addJourneyEvent(tx, {
      practiceId,
      kind: "note",
      action: "eula",
      actor: eventActor(actor),
      note: `EULA ${eula.version} accepted as "${input.typedName}"`,
    });
    return completeDetailsIfReady(tx, practiceId);
  });
}
