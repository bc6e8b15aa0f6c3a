"use server";
// Server actions of the practice wizard and the staff practice page. Thin on purpose: each one
// authenticates (userAction), resolves the practice within the user's scope (practiceActor),
// calls one domain function and refreshes the affected pages.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { practiceActor } from "./access";
import { addToQueue, changeSideState, createPractice, updatePrepChecklist } from "./practices";
import { acceptEula, designateTechnicalContact, savePracticeInfo } from "./wizard";
import { bookInstall, cancelInstall, rescheduleInstall } from "./install";
import { recordFirstDataReceived } from "./first-data";
import { bookSlotSchema, checklistSchema, createPracticeSchema, eulaSchema, practiceInfoSchema, reasonSchema, rescheduleSchema, technicalContactSchema } from "./schemas";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "./access";

const withPractice = z.object({ practiceId: z.string().min(1) });

function refresh(practiceId: string) {
  revalidatePath(`/onboarding/${practiceId}`, "layout");
  revalidatePath(`/practices/${practiceId}`);
  revalidatePath("/board", "layout");
}

const completedMessage = (completed: boolean) => (completed ? "Saved. All three parts are done: details complete!" : "Saved.");

export const savePracticeInfoAction = userAction(practiceInfoSchema.extend(withPractice.shape), async ({ practiceId, ...input }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  const completed = await savePracticeInfo(actor, practiceId, input);
  refresh(practiceId);
  return { ok: true as const, message: completedMessage(completed) };
});

export const designateTechnicalContactAction = userAction(z.intersection(technicalContactSchema, withPractice), async (input, user) => {
  const { actor } = await practiceActor(user, input.practiceId);
  const { practiceId, ...contact } = input;
  const completed = await designateTechnicalContact(actor, practiceId, contact);
  refresh(practiceId);
  return { ok: true as const, message: completedMessage(completed) };
});

export const acceptEulaAction = userAction(eulaSchema.extend(withPractice.shape), async ({ practiceId, ...input }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? null;
  const completed = await acceptEula(actor, practiceId, input, { ip, userAgent: h.get("user-agent") });
  refresh(practiceId);
  return { ok: true as const, message: completedMessage(completed) };
});

export const bookInstallAction = userAction(bookSlotSchema.extend(withPractice.shape), async ({ practiceId, slotId }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  await bookInstall(actor, practiceId, slotId);
  refresh(practiceId);
  return { ok: true as const, message: "Booked. A calendar invite is on its way by email." };
});

export const rescheduleInstallAction = userAction(rescheduleSchema.extend(withPractice.shape), async ({ practiceId, slotId, reason }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  await rescheduleInstall(actor, practiceId, slotId, reason);
  refresh(practiceId);
  return { ok: true as const, message: "Moved. An updated calendar invite is on its way." };
});

export const cancelInstallAction = userAction(reasonSchema.extend(withPractice.shape), async ({ practiceId, reason }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  await cancelInstall(actor, practiceId, reason);
  refresh(practiceId);
  return { ok: true as const, message: "Cancelled. Book a new time when you are ready." };
});

// ----- staff -----

export const createPracticeAction = userAction(createPracticeSchema, async (input, user) => {
  if (user.role !== "STAFF") throw new UserFacingError("Only the onboarding team creates practices.", "forbidden");
  const actor = { kind: "user" as const, id: user.id, label: user.name ?? user.email, roles: ["staff" as const] };
  assertCan(actor, "practice:create");
  const practice = await createPractice(actor, input);
  revalidatePath("/board", "layout");
  return { ok: true as const, data: { id: practice.id }, message: "Practice created." };
});

export const updateChecklistAction = userAction(checklistSchema.extend(withPractice.shape), async ({ practiceId, items }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  await updatePrepChecklist(actor, practiceId, items);
  refresh(practiceId);
  return { ok: true as const, message: "Checklist saved." };
});

export const addToQueueAction = userAction(withPractice, async ({ practiceId }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  await addToQueue(actor, practiceId);
  refresh(practiceId);
  return { ok: true as const, message: "Added to the partner queue. The primary contact has been emailed." };
});

export const sideStateAction = userAction(
  withPractice.extend({ action: z.enum(["putOnHold", "cancel", "resume"]), reason: z.string().trim().max(500).optional() }),
  async ({ practiceId, action, reason }, user) => {
    const { actor } = await practiceActor(user, practiceId);
    await changeSideState(actor, practiceId, action, reason || null);
    refresh(practiceId);
    return { ok: true as const, message: action === "resume" ? "Resumed." : action === "cancel" ? "Onboarding cancelled." : "Put on hold." };
  },
);

export const recordFirstDataAction = userAction(withPractice, async ({ practiceId }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  assertCan(actor, "practice:record-first-data");
  await recordFirstDataReceived(practiceId, actor);
  refresh(practiceId);
  return { ok: true as const, message: "Recorded: the practice is live and the final confirmation was emailed." };
});
