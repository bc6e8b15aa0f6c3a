// zod schemas shared by the forms (react-hook-form) and the server actions: one definition of
// what valid input is, so the browser and the server give the same field-level messages.
import { z } from "zod";
import { PREP_CHECKLIST } from "./prep-checklist";

const US_STATES =
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split(
    " ",
  );
export const US_TIME_ZONES = [
  ["America/New_York", "Eastern"],
  ["America/Chicago", "Central"],
  ["America/Denver", "Mountain"],
  ["America/Phoenix", "Arizona"],
  ["America/Los_Angeles", "Pacific"],
  ["America/Anchorage", "Alaska"],
  ["Pacific/Honolulu", "Hawaii"],
] as const;

const text = (label: string, max = 120) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`);
const phone = z
  .string()
  .trim()
  .min(1, "Phone is required")
  .refine(
    (v) => v.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "").length === 10,
    "Phone must be a 10-digit US number, e.g. (503) 555-0100",
  );
const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));

export const practiceInfoSchema = z.object({
  name: text("Practice name"),
  address1: text("Street address"),
  address2: z.string().trim().max(120).optional().or(z.literal("")),
  city: text("City", 80),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => US_STATES.includes(v), "State must be a 2-letter US state code, e.g. OR"),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, "ZIP code must be 5 digits (or ZIP+4)"),
  phone,
  timeZone: z.enum(US_TIME_ZONES.map(([zone]) => zone) as [string, ...string[]], { message: "Choose the practice's time zone" }),
  pimsVersion: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+){0,3}$/, "Cornerstone version looks like 9.4 or 9.5.1"),
  approxClients: z.coerce
    .number({ message: "Approximate number of clients must be a number" })
    .int("Use a whole number")
    .min(1, "At least 1 client")
    .max(1_000_000, "That is more clients than any practice has"),
});
export type PracticeInfoInput = z.infer<typeof practiceInfoSchema>;

export const createPracticeSchema = practiceInfoSchema.extend({
  partnerId: z.string().min(1, "Choose the integration partner"),
  primaryName: text("Primary contact name"),
  primaryEmail: email,
  primaryPhone: z.string().trim().max(40).optional().or(z.literal("")),
});
export type CreatePracticeInput = z.infer<typeof createPracticeSchema>;

export const technicalContactSchema = z.discriminatedUnion("self", [
  z.object({ self: z.literal(true), phone, hours: text("Best hours to reach you", 200) }),
  z.object({ self: z.literal(false), name: text("Name"), email, phone, hours: text("Best hours to reach them", 200) }),
]);
export type TechnicalContactInput = z.infer<typeof technicalContactSchema>;

export const eulaSchema = z.object({
  eulaVersionId: z.string().min(1),
  typedName: text("Your full name", 120).refine((v) => v.split(/\s+/).length >= 2, "Type your full name (first and last)"),
  agree: z.literal(true, { message: "Tick the box to accept the agreement" }),
});
export type EulaInput = z.infer<typeof eulaSchema>;

export const reasonSchema = z.object({ reason: text("Reason", 500) });

export const checklistSchema = z.object({
  items: z.array(z.enum(PREP_CHECKLIST.map((i) => i.key) as [string, ...string[]])),
});

export const bookSlotSchema = z.object({ slotId: z.string().min(1, "Choose an appointment time") });
export const rescheduleSchema = bookSlotSchema.extend({ reason: text("Reason", 500) });

export const slotsSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date must be YYYY-MM-DD"),
  startTime: z.string().regex(/^\d{2}:\d{2}$/, "Start time must be HH:MM"),
  count: z.coerce.number().int().min(1, "At least one slot").max(12, "At most 12 slots at once"),
  minutes: z.coerce.number().int().min(30, "A slot lasts at least 30 minutes").max(240, "A slot lasts at most 4 hours"),
  timeZone: z.enum(US_TIME_ZONES.map(([zone]) => zone) as [string, ...string[]], { message: "Choose a time zone" }),
});

export const inviteUserSchema = z
  .object({
    name: text("Name"),
    email,
    role: z.enum(["STAFF", "PARTNER"], { message: "Choose a role" }),
    partnerId: z.string().optional(),
  })
  .refine((v) => v.role !== "PARTNER" || Boolean(v.partnerId), {
    message: "Choose the partner this user works for",
    path: ["partnerId"],
  });

/** The staff edit form: every field of the creation form, plus the staff owner ("" = nobody). */
export const editPracticeSchema = createPracticeSchema.extend({
  ownerId: z.string().trim().max(64),
});
export type EditPracticeInput = z.infer<typeof editPracticeSchema>;

/** The edit form with the practice it edits (the form and its action parse the same object). */
export const editPracticeFormSchema = editPracticeSchema.extend({ practiceId: z.string().min(1) });
