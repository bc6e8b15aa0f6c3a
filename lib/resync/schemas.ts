// What staff may ask the agent to send again: a full reload, or the changes since a date.
import { z } from "zod";

export const resyncRequestSchema = z
  .object({
    mode: z.enum(["full", "since"], { error: 'Choose "full reload" or "changes since a date"' }),
    since: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date({ error: "Enter the date as YYYY-MM-DD" }).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.mode === "since" && !value.since)
      ctx.addIssue({ code: "custom", path: ["since"], message: "Enter the date the changes should start from" });
    if (value.since && new Date(`${value.since}T00:00:00Z`) > new Date())
      ctx.addIssue({ code: "custom", path: ["since"], message: "The date cannot be in the future" });
  });
export type ResyncRequestInput = z.infer<typeof resyncRequestSchema>;

/** What the heartbeat answers in `resync`: null, or what the agent should send (part of the agent API document). */
export const resyncInstructionSchema = z
  .object({
    id: z.string().describe("Name this id as resync_id in the batches that answer it"),
    mode: z.enum(["full", "since"]),
    since: z.iso.date().nullable().describe("For mode since: send the records changed on or after this day"),
  })
  .nullable();
export type ResyncInstruction = z.infer<typeof resyncInstructionSchema>;
