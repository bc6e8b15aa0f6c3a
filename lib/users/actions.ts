"use server";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/action";
import { accountActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { inviteUserSchema } from "@/lib/onboarding/schemas";
import { UserFacingError } from "@/lib/errors";
import { inviteUser } from "./invite";

export const inviteUserAction = userAction(inviteUserSchema, async (input, user) => {
  const actor = accountActor(user);
  if (!can(actor.roles, "users:invite")) throw new UserFacingError("Only the onboarding team invites users.", "forbidden");
  await inviteUser(actor, input);
  revalidatePath("/users");
  return { ok: true as const, message: `Invitation emailed to ${input.email}.` };
});
