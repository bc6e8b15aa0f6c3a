// Staff invite pharmacy colleagues and partner technicians: the account is created and a
// sign-in link emailed, in one transaction. Practice contacts are invited through their
// practice (creating it, or naming a technical contact), not here.
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/outbox";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { assertCan } from "@/lib/auth/practice-actor";
import { userInviteEmail } from "@/lib/onboarding/emails";
import type { Actor } from "@/lib/auth/actor";
import { inviteUserSchema } from "@/lib/onboarding/schemas";
import type { z } from "zod";

export async function inviteUser(actor: Actor, raw: z.input<typeof inviteUserSchema>) {
  assertCan(actor, "users:invite");
  const input = inviteUserSchema.parse(raw);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new UserFacingError("Someone with that email already has an account.", "conflict", {
        email: ["Already has an account"],
      });
    }
    const forPartner = input.role === "PARTNER";
    if (forPartner && !(await tx.partner.findUnique({ where: { id: input.partnerId! } }))) {
      throw new UserFacingError("That partner does not exist.", "invalid", { partnerId: ["Choose a partner from the list"] });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, partnerId: forPartner ? input.partnerId : null },
    });
    const link = await createSignInLink(tx, user.email, forPartner ? "/partner" : "/board");
    await enqueueEmail(tx, {
      template: "user-invite",
      to: user.email,
      content: userInviteEmail(user, forPartner ? "an integration partner technician" : "a member of the onboarding team", link),
    });
    return user;
  });
}
