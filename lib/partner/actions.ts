"use server";
// The partner's server actions: each one authenticates, checks scope and the act's permission
// through practiceAction (a practice of another partner is "not found"), or userAction for
// partner-wide work, calls one domain function and refreshes the pages that show what changed.
import { revalidatePath } from "next/cache";
import { practiceAction, userAction } from "@/lib/action";
import { issueAgentKey, revokeAgentKey } from "@/lib/onboarding/agent-keys";
import { createSlots } from "@/lib/onboarding/install";
import { markInstalled, markInstallFailed } from "@/lib/onboarding/install";
import { sendInvitation } from "@/lib/onboarding/wizard";
import { rotateAgentKeyFrom } from "./agent-keys";
import { partnerActor } from "./queries";
import { deleteSlot } from "./slots";
import {
  deleteSlotSchema,
  installedSchema,
  installFailedSchema,
  issueKeySchema,
  practiceIdSchema,
  publishSlotsSchema,
  revokeKeySchema,
} from "./schemas";

function refreshPractice(practiceId: string) {
  revalidatePath("/partner");
  revalidatePath(`/partner/practices/${practiceId}`);
}

export const sendInvitationAction = practiceAction(
  practiceIdSchema,
  "practice:send-invitation",
  async ({ practiceId }, { actor, practice }) => {
    await sendInvitation(actor, practiceId);
    refreshPractice(practiceId);
    return { ok: true as const, message: `Invitation emailed to the primary contact of ${practice.name}.` };
  },
);

export const markInstalledAction = practiceAction(
  installedSchema,
  "install:complete",
  async ({ practiceId, earlyReason }, { actor }) => {
    await markInstalled(actor, practiceId, { earlyReason });
    refreshPractice(practiceId);
    revalidatePath("/partner/slots");
    return { ok: true as const, message: "Install marked done. The practice has been told when to expect its first data." };
  },
);

export const markInstallFailedAction = practiceAction(
  installFailedSchema,
  "install:complete",
  async ({ practiceId, reason, earlyReason }, { actor }) => {
    await markInstallFailed(actor, practiceId, reason, { earlyReason });
    refreshPractice(practiceId);
    revalidatePath("/partner/slots");
    return { ok: true as const, message: "Failed install recorded. The technical contact can book a new time." };
  },
);

/** Returns the new key: the only time it is ever sent anywhere. */
export const issueAgentKeyAction = practiceAction(
  issueKeySchema,
  "agent-key:manage",
  async ({ practiceId, replacesKeyId }, { actor }) => {
    const key = replacesKeyId
      ? await rotateAgentKeyFrom(actor, practiceId, replacesKeyId)
      : await issueAgentKey(actor, practiceId);
    refreshPractice(practiceId);
    return key;
  },
);

export const revokeAgentKeyAction = practiceAction(
  revokeKeySchema,
  "agent-key:manage",
  async ({ practiceId, keyId }, { actor }) => {
    const revoked = await revokeAgentKey(actor, practiceId, keyId);
    refreshPractice(practiceId);
    return {
      ok: true as const,
      message: revoked ? "Key revoked. An agent still using it is refused from now on." : "That key was already revoked.",
    };
  },
);

export const publishSlotsAction = userAction(publishSlotsSchema, async (input, user) => {
  const { actor, partnerId } = partnerActor(user);
  const { created, skipped } = await createSlots(actor, partnerId, input);
  revalidatePath("/partner/slots");
  const plural = (n: number) => `${n} slot${n === 1 ? "" : "s"}`;
  return {
    ok: true as const,
    message: `Published ${plural(created)}.${skipped ? ` ${plural(skipped)} already existed at ${skipped === 1 ? "that time" : "those times"} and ${skipped === 1 ? "was" : "were"} skipped.` : ""}`,
  };
});

export const deleteSlotAction = userAction(deleteSlotSchema, async ({ slotId }, user) => {
  const { actor, partnerId } = partnerActor(user);
  const deleted = await deleteSlot(actor, partnerId, slotId);
  revalidatePath("/partner/slots");
  return { ok: true as const, message: deleted ? "Slot deleted." : "That slot was already deleted." };
});
