// Reads for the practice wizard, the practice page and the progress page.
import "server-only";
import { practiceScope } from "@/lib/auth/practice-actor";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { activeAppointment } from "./install";
import { currentEula, wizardProgress } from "./wizard";

/** The practices a practice person is a contact of, for the practice switcher (none for staff or partners). */
export async function practicesOfPerson(user: CurrentUser) {
  if (user.role !== "PRACTICE") return [];
  return db.practice.findMany({ where: practiceScope(user), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function getPracticeOverview(practiceId: string) {
  const [practice, progress, appointment, eula] = await Promise.all([
    db.practice.findUniqueOrThrow({
      where: { id: practiceId },
      include: {
        partner: { select: { id: true, name: true } },
        owner: { select: { name: true, email: true } },
        primaryContact: { select: { id: true, name: true, email: true, phone: true } },
        technicalContact: { select: { id: true, name: true, email: true, phone: true } },
      },
    }),
    wizardProgress(db, practiceId),
    activeAppointment(db, practiceId),
    currentEula(),
  ]);
  return { practice, progress, appointment, eula };
}

export async function getPracticeRecord(practiceId: string) {
  const [events, emails, acceptances, appointments, agentKeys] = await Promise.all([
    db.journeyEvent.findMany({ where: { practiceId }, orderBy: { createdAt: "desc" }, take: 200 }),
    db.outboxEmail.findMany({
      where: { practiceId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        template: true,
        toAddress: true,
        subject: true,
        status: true,
        createdAt: true,
        sentAt: true,
        attempts: true,
        lastError: true,
      },
    }),
    db.eulaAcceptance.findMany({
      where: { practiceId },
      include: { eulaVersion: { select: { version: true, title: true } }, user: { select: { name: true, email: true } } },
      orderBy: { acceptedAt: "desc" },
    }),
    db.appointment.findMany({ where: { practiceId }, orderBy: { createdAt: "desc" } }),
    db.agentKey.findMany({
      where: { practiceId },
      orderBy: { createdAt: "desc" },
      select: { id: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true },
    }),
  ]);
  return { events, emails, acceptances, appointments, agentKeys };
}
