"use server";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/action";
import { inviteUserSchema } from "@/lib/onboarding/schemas";
import { UserFacingError } from "@/lib/errors";
import { inviteUser } from "./invite";

export const inviteUserAction = userAction(inviteUserSchema, async (input, user) => {
  if (user.role !== "STAFF") throw new UserFacingError("Only the onboarding team invites users.", "forbidden");
  await inviteUser({ kind: "user", id: user.id, label: user.name ?? user.email, roles: ["staff"] }, input);
  revalidatePath("/users");
  return { ok: true as const, message: `Invitation emailed to ${input.email}.` };
});
