// What the staff page's install card says, in one place: the headline follows the latest
// appointment (booked, done, failed, cancelled) and the installed date, so a done install never
// reads "None booked."; earlier bookings follow, newest first, in the appointment labels.
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { APPOINTMENT_LABELS } from "./appointment-labels";

type Appointment = {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
  createdAt: Date;
};
export type InstallCard = {
  headline: string;
  tone: "booked" | "done" | "none" | "attention";
  history: { id: string; startsAt: Date; label: string }[];
};

export function installCard(appointments: Appointment[], installedAt: Date | null, fmt: (d: Date) => string): InstallCard {
  const newest = [...appointments].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const latest = newest[0];
  const history = newest
    .filter((a) => a.status !== "SCHEDULED")
    .map((a) => ({
      id: a.id,
      startsAt: a.startsAt,
      label: `${APPOINTMENT_LABELS[a.status]}${a.reason ? ` (${a.reason})` : ""}`,
    }));
  if (latest?.status === "SCHEDULED")
    return { headline: `Booked: ${fmt(latest.startsAt)} to ${fmt(latest.endsAt)}`, tone: "booked", history };
  if (installedAt) {
    const at = latest?.status === "DONE" ? ` at the appointment of ${fmt(latest.startsAt)}` : "";
    return { headline: `Installed ${fmt(installedAt)}${at}`, tone: "done", history };
  }
  if (latest?.status === "FAILED" || latest?.status === "CANCELLED")
    return {
      headline: `Not booked: the last appointment was ${APPOINTMENT_LABELS[latest.status].toLowerCase()}`,
      tone: "attention",
      history,
    };
  return { headline: "None booked.", tone: "none", history };
}
