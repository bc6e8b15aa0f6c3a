// What the staff edit page shows: the practice as the creation form's values, the partners and
// onboarding-team members to choose from, and why the partner is fixed when it is.
import "server-only";
import { db } from "@/lib/db/client";
import type { Status } from "./journey";
import type { EditPracticeInput } from "./schemas";
import { partnerChangeable } from "./windows";
import { primaryChangeEmails } from "./edit-practice";

export async function getPracticeEditForm(practiceId: string) {
  const [p, partners, staff] = await Promise.all([
    db.practice.findUniqueOrThrow({ where: { id: practiceId }, include: { primaryContact: true, partner: true } }),
    db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { role: "STAFF" },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, email: true },
    }),
  ]);
  const values: EditPracticeInput = {
    name: p.name,
    address1: p.address1,
    address2: p.address2 ?? "",
    city: p.city,
    state: p.state,
    postalCode: p.postalCode,
    phone: p.phone,
    timeZone: p.timeZone,
    pimsVersion: p.pimsVersion,
    approxClients: p.approxClients,
    partnerId: p.partnerId,
    primaryName: p.primaryContact?.name ?? "",
    primaryEmail: p.primaryContact?.email ?? "",
    primaryPhone: p.primaryContact?.phone ?? "",
    ownerId: p.ownerId ?? "",
  };
  const partnerLocked = partnerChangeable(p.status, p.resumeStatus)
    ? null
    : {
        value: p.partnerId,
        reason: `The partner can no longer change: ${p.partner.name} has already invited this practice.`,
      };
  return {
    primaryChangeWarning: primaryChangeWarning(
      p.status,
      p.primaryContact?.email ?? null,
      p.primaryContactId === p.technicalContactId,
    ),
    practice: { id: p.id, name: p.name, status: p.status },
    values,
    partners,
    staff: staff.map((u) => ({ id: u.id, label: u.name ?? u.email })),
    partnerLocked,
  };
}

/** The warning shown when staff type a new primary contact email: what saving will send, to whom. */
function primaryChangeWarning(status: Status, oldEmail: string | null, alsoTechnical: boolean): string {
  const { toNew, tellOld } = primaryChangeEmails(status);
  const toNewWords =
    toNew === "invitation"
      ? "The new address gets the invitation again, with a fresh sign-in link."
      : toNew === "queued"
        ? "The new address gets the queue confirmation again (the partner's invitation will go to it)."
        : toNew === "handover"
          ? "The new address is told it is now the primary contact, with a sign-in link; the journey's next emails go to it."
          : "No email is sent to the new address now.";
  if (!oldEmail) return toNewWords;
  const told = tellOld
    ? `is told it no longer receives the integration's emails`
    : "is not emailed (it has heard nothing from us yet)";
  const access = alsoTechnical ? "stays the technical contact" : "loses access to this practice";
  return `${toNewWords} The old address (${oldEmail}) ${told} and ${access}.`;
}
