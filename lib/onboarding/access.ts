// Loads a practice the way the signed-in user may see it, and the Actor they act as. A practice
// outside the user's scope is "not found", exactly like one that does not exist.
import { db } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { can, type Permission } from "@/lib/auth/permissions";
import { practiceScope, rolesForPractice, type AccessUser } from "@/lib/auth/practice-access";
import type { Actor } from "./transition";

export type ActingUser = AccessUser & { name: string | null; email: string };

export async function practiceActor(user: ActingUser, practiceId: string) {
  const practice = await db.practice.findFirst({ where: { id: practiceId, ...practiceScope(user) } });
  const roles = practice ? rolesForPractice(user, practice) : [];
  if (!practice || roles.length === 0) throw new NotFoundError("Practice");
  const actor: Actor & { kind: "user" } = { kind: "user", id: user.id, label: user.name ?? user.email, roles };
  return { practice, roles, actor };
}

export function assertCan(actor: Actor, permission: Permission) {
  if (actor.kind === "system") return;
  if (!can(actor.roles, permission)) throw new UserFacingError("Your role may not do that.", "forbidden");
}
