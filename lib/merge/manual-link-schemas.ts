// The manual pet link's inputs, shared by the forms and the actions.
import { z } from "zod";

const reason = z
  .string()
  .trim()
  .min(3, "Say why (at least 3 characters): it is kept with the link.")
  .max(500, "At most 500 characters.");
export const linkPetSchema = z.object({
  practiceId: z.string().min(1),
  hdPetId: z.string().min(1),
  pimsPatientId: z.string().min(1),
  reason,
});
export const unlinkPetSchema = z.object({ practiceId: z.string().min(1), hdPetId: z.string().min(1), reason });
export const linkClientSchema = z.object({
  practiceId: z.string().min(1),
  hdClientId: z.string().min(1),
  pimsClientId: z.string().min(1, "Choose a PIMS client."),
  reason,
});
