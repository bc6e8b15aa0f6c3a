// Bulk actions on the board table's selected rows: assign an owner, send the current step's
// reminder, put on hold or resume. Each practice is its own transaction, so one refusal (a
// practice that cannot be held, a step with nobody to remind) is reported by name while the
// others go through; each change lands on that practice's timeline.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import { addJourneyEvent, eventActor } from "@/lib/onboarding/journey-events";
import { changeSideState } from "@/lib/onboarding/practices";
import { sendManualReminder } from "@/lib/onboarding/send-reminders";
import type { Actor } from "@/lib/auth/actor";
import { UNASSIGNED } from "./filters";

const MAX_BULK = 200;

export const bulkActionSchema = z
  .discriminatedUnion("action", [
    z.object({
      action: z.literal("assignOwner"),
      // "" is "nobody": the form offers it as its own choice; a missing value is a forgotten choice.
      ownerId: z.string({ error: "Choose who will own the selected practices" }).trim().max(64),
    }),
    z.object({ action: z.literal("remind") }),
    z.object({
      action: z.literal("hold"),
      reason: z.string().trim().min(1, "Give a reason for the hold").max(500, "Keep the reason under 500 characters"),
    }),
    z.object({ action: z.literal("resume") }),
  ])
  .and(
    z.object({
      practiceIds: z
        .array(z.string().trim().min(1).max(64))
        .min(1, "Select at least one practice")
        .max(MAX_BULK, `Select at most ${MAX_BULK} practices at once`),
    }),
  );
export type BulkActionInput = z.input<typeof bulkActionSchema>;
export type BulkAction = BulkActionInput["action"];

/**
 * The bulk form's fields as the schema's input: checkboxes named practiceIds, the pressed
 * button's action; the owner select's "" is "not chosen yet", its UNASSIGNED is "nobody".
 */
export function bulkInputFromForm(form: FormData): BulkActionInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const owner = text("ownerId");
  return {
    action: text("action"),
    practiceIds: form.getAll("practiceIds"),
    ownerId: owner === UNASSIGNED ? "" : owner,
    reason: text("reason") ?? "", // an empty reason is refused with its own message
  } as BulkActionInput;
}

export type BulkResult = { done: number; failed: { practiceId: string; name: string; message: string }[] };

async function assignOwner(actor: Actor, practiceId: string, ownerId: string | null) {
  await db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, include: { owner: true } });
    if (practice.ownerId === ownerId) return;
    const owner = ownerId ? await tx.user.findFirst({ where: { id: ownerId, role: "STAFF" } }) : null;
    if (ownerId && !owner) throw new UserFacingError("The owner must be a member of the onboarding team.");
    await tx.practice.update({ where: { id: practiceId }, data: { ownerId } });
    const name = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : "(none)");
    await addJourneyEvent(tx, {
      practiceId,
      kind: "edit",
      action: "Staff owner",
      actor: eventActor(actor),
      note: `Staff owner changed from "${name(practice.owner)}" to "${name(owner)}" (bulk action)`,
    });
  });
}

export async function runBulkAction(actor: Actor, raw: BulkActionInput): Promise<BulkResult> {
  const input = bulkActionSchema.parse(raw);
  // Asked once for the whole selection; each practice's own function checks again.
  assertCan(
    actor,
    input.action === "assignOwner"
      ? "practice:edit"
      : input.action === "remind"
        ? "practice:remind"
        : input.action === "hold"
          ? "practice:hold"
          : "practice:resume",
  );
  const practices = await db.practice.findMany({
    where: { id: { in: [...new Set(input.practiceIds)] } },
    select: { id: true, name: true },
  });
  const result: BulkResult = { done: 0, failed: [] };
  for (const practice of practices) {
    try {
      if (input.action === "assignOwner") await assignOwner(actor, practice.id, input.ownerId || null);
      else if (input.action === "remind") await sendManualReminder(actor, practice.id);
      else if (input.action === "hold") await changeSideState(actor, practice.id, "putOnHold", input.reason);
      else await changeSideState(actor, practice.id, "resume", null);
      result.done++;
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      result.failed.push({ practiceId: practice.id, name: practice.name, message: error.message });
    }
  }
  for (const id of input.practiceIds)
    if (!practices.some((p) => p.id === id)) result.failed.push({ practiceId: id, name: id, message: "No such practice." });
  return result;
}
