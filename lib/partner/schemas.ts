// zod schemas of the partner's forms and actions: the browser and the server parse the same
// objects, so a field error reads the same on both sides. Derived from the onboarding schemas.
import { z } from "zod";
import { reasonSchema, slotsSchema, US_TIME_ZONES } from "@/lib/onboarding/schemas";

export const practiceIdSchema = z.object({ practiceId: z.string().min(1) });

/** Why an install is marked before its appointment starts (asked only then). */
const earlyReason = z.string().trim().max(500, "Keep it under 500 characters").optional();
export const installedSchema = practiceIdSchema.extend({ earlyReason });
export const installFailedSchema = reasonSchema.extend(practiceIdSchema.shape).extend({ earlyReason });

/** Issue the first key, or rotate: `replacesKeyId` is the active key the person saw. */
export const issueKeySchema = practiceIdSchema.extend({ replacesKeyId: z.string().min(1).optional() });

export const revokeKeySchema = practiceIdSchema.extend({ keyId: z.string().min(1) });

const ZONES = US_TIME_ZONES.map(([zone]) => zone) as [string, ...string[]];

// The onboarding slotsSchema accepts any zone string; the form offers only the US zones.
export const publishSlotsSchema = slotsSchema.extend({
  date: z
    .string()
    .min(1, "Choose a date")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Date must be YYYY-MM-DD"),
  startTime: z
    .string()
    .min(1, "Choose a start time")
    .regex(/^\d{2}:\d{2}$/, "Start time must be HH:MM"),
  timeZone: z.enum(ZONES, { message: "Choose the time zone of the start time" }),
});

export const deleteSlotSchema = z.object({ slotId: z.string().min(1) });

export function zoneLabel(zone: string) {
  const found = US_TIME_ZONES.find(([z]) => z === zone);
  return found ? `${found[1]} (${zone})` : zone;
}
