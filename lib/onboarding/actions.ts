"use server";
// Server actions of the practice wizard and the staff practice page. Thin on purpose: each one
// authenticates, resolves the practice within the user's scope and checks the act's permission
// (practiceAction), calls one domain function and refreshes the affected pages.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { practiceAction, userAction } from "@/lib/action";
import { accountActor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { TRANSITIONS } from "./journey";
import { addToQueue, changeSideState, createPractice, updatePrepChecklist } from "./practices";
import { acceptEula, designateTechnicalContact, savePracticeInfo } from "./wizard";
import { bookInstall, cancelInstall, rescheduleInstall } from "./install";
import { recordFirstDataReceived } from "./first-data";
import {
  bookSlotSchema,
  checklistSchema,
  createPracticeSchema,
  eulaSchema,
  practiceInfoSchema,
  reasonSchema,
  rescheduleSchema,
  technicalContactSchema,
} from "./schemas";
import { UserFacingError } from "@/lib/errors";

const withPractice = z.object({ practiceId: z.string().min(1) });

function refresh(practiceId: string) {
  revalidatePath(`/onboarding/${practiceId}`, "layout");
  revalidatePath(`/practices/${practiceId}`);
  revalidatePath("/board", "layout");
}

const completedMessage = (completed: boolean) => (completed ? "Saved. All three parts are done: details complete!" : "Saved.");

export const savePracticeInfoAction = practiceAction(
  practiceInfoSchema.extend(withPractice.shape),
  "wizard:practice-info",
  async ({ practiceId, ...input }, { actor }) => {
    const completed = await savePracticeInfo(actor, practiceId, input);
    refresh(practiceId);
    return { ok: true as const, message: completedMessage(completed) };
  },
);

export const designateTechnicalContactAction = practiceAction(
  z.intersection(technicalContactSchema, withPractice),
  "wizard:technical-contact",
  async (input, { actor }) => {
    const { practiceId, ...contact } = input;
    const completed = await designateTechnicalContact(actor, practiceId, contact);
    refresh(practiceId);
    return { ok: true as const, message: completedMessage(completed) };
  },
);

export const acceptEulaAction = practiceAction(
  eulaSchema.extend(withPractice.shape),
  "wizard:eula",
  async ({ practiceId, ...input }, { actor }) => {
    const h = await headers();
    const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? null;
    const completed = await acceptEula(actor, practiceId, input, { ip, userAgent: h.get("user-agent") });
    refresh(practiceId);
    return { ok: true as const, message: completedMessage(completed) };
  },
);

export const bookInstallAction = practiceAction(
  bookSlotSchema.extend(withPractice.shape),
  "install:book",
  async ({ practiceId, slotId }, { actor }) => {
    await bookInstall(actor, practiceId, slotId);
    refresh(practiceId);
    return { ok: true as const, message: "Booked. A calendar invite is on its way by email." };
  },
);

export const rescheduleInstallAction = practiceAction(
  rescheduleSchema.extend(withPractice.shape),
  "install:book",
  async ({ practiceId, slotId, reason }, { actor }) => {
    await rescheduleInstall(actor, practiceId, slotId, reason);
    refresh(practiceId);
    return { ok: true as const, message: "Moved. An updated calendar invite is on its way." };
  },
);

export const cancelInstallAction = practiceAction(
  reasonSchema.extend(withPractice.shape),
  "install:book",
  async ({ practiceId, reason }, { actor }) => {
    await cancelInstall(actor, practiceId, reason);
    refresh(practiceId);
    return { ok: true as const, message: "Cancelled. Book a new time when you are ready." };
  },
);

// ----- staff -----

export const createPracticeAction = userAction(createPracticeSchema, async (input, user) => {
  const actor = accountActor(user);
  if (!can(actor.roles, "practice:create")) throw new UserFacingError("Only the onboarding team creates practices.", "forbidden");
  const practice = await createPractice(actor, input);
  revalidatePath("/board", "layout");
  return { ok: true as const, data: { id: practice.id }, message: "Practice created." };
});

export const updateChecklistAction = practiceAction(
  checklistSchema.extend(withPractice.shape),
  "checklist:edit",
  async ({ practiceId, items }, { actor }) => {
    await updatePrepChecklist(actor, practiceId, items);
    refresh(practiceId);
    return { ok: true as const, message: "Checklist saved." };
  },
);

export const addToQueueAction = practiceAction(withPractice, "practice:queue", async ({ practiceId }, { actor }) => {
  await addToQueue(actor, practiceId);
  refresh(practiceId);
  return { ok: true as const, message: "Added to the partner queue. The primary contact has been emailed." };
});

export const sideStateAction = practiceAction(
  withPractice.extend({ action: z.enum(["putOnHold", "cancel", "resume"]), reason: z.string().trim().max(500).optional() }),
  ({ action }) => TRANSITIONS[action].permission as Permission,
  async ({ practiceId, action, reason }, { actor }) => {
    await changeSideState(actor, practiceId, action, reason || null);
    refresh(practiceId);
    return {
      ok: true as const,
      message: action === "resume" ? "Resumed." : action === "cancel" ? "Onboarding cancelled." : "Put on hold.",
    };
  },
);

export const recordFirstDataAction = practiceAction(
  withPractice,
  "practice:record-first-data",
  async ({ practiceId }, { actor }) => {
    await recordFirstDataReceived(practiceId, actor);
    refresh(practiceId);
    return { ok: true as const, message: "Recorded: the practice is live and the final confirmation was emailed." };
  },
);
