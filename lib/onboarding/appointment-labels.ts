// How an install appointment's state reads: as the appointment's own status, and as what became
// of an earlier booking of a slot (the partner's slot list).
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

export const APPOINTMENT_LABELS: Record<AppointmentStatus, string> = {
  SCHEDULED: "Booked",
  RESCHEDULED: "Moved to another time",
  CANCELLED: "Cancelled",
  DONE: "Done",
  FAILED: "Failed",
};

/** "was booked by X (moved to another time)". */
export const PREVIOUS_BOOKING_LABELS: Record<AppointmentStatus, string> = {
  SCHEDULED: "scheduled",
  RESCHEDULED: "moved to another time",
  CANCELLED: "cancelled",
  FAILED: "install failed",
  DONE: "install done",
};
