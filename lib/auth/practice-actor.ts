// Tenant scoping and the Actor for one practice: which practices a user may see and with which
// roles. Staff see every practice; a partner user sees its partner's practices (from Queued on);
// a practice user sees only the practice they are a contact of. Anything else is "not found"
// (never "forbidden"), exactly like a practice that does not exist, so ids do not leak.
import { db } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { can, type AppRole, type Permission } from "./permissions";
import { userActor, type AccessUser, type ActingUser, type Actor, type UserActor } from "./actor";

export type AccessPractice = { partnerId: string; primaryContactId: string | null; technicalContactId: string | null };

export function rolesForPractice(user: AccessUser, practice: AccessPractice): AppRole[] {
  switch (user.role) {
    case "STAFF":
      return ["staff"];
    case "PARTNER":
      return user.partnerId === practice.partnerId ? ["partner"] : [];
    case "PRACTICE": {
      const roles: AppRole[] = [];
      if (practice.primaryContactId === user.id) roles.push("primary");
      if (practice.technicalContactId === user.id) roles.push("technical");
      return roles;
    }
  }
}

/** A Prisma `where` fragment limiting practices to the ones the user may see. */
export function practiceScope(user: AccessUser) {
  switch (user.role) {
    case "STAFF":
      return {};
    case "PARTNER":
      // A practice still being prepared is not in the partner's queue yet.
      return { partnerId: user.partnerId ?? "__none__", status: { not: "DRAFT" as const } };
    case "PRACTICE":
      return { OR: [{ primaryContactId: user.id }, { technicalContactId: user.id }] };
  }
}

/** Loads a practice the way the user may see it, with the roles and the Actor they act as. */
export async function practiceActor(user: ActingUser, practiceId: string) {
  const practice = await db.practice.findFirst({ where: { id: practiceId, ...practiceScope(user) } });
  const roles = practice ? rolesForPractice(user, practice) : [];
  if (!practice || roles.length === 0) throw new NotFoundError("Practice");
  const actor: UserActor = userActor(user, roles);
  return { practice, roles, actor };
}
export type PracticeAccess = Awaited<ReturnType<typeof practiceActor>>;

export function assertCan(actor: Actor, permission: Permission) {
  if (actor.kind === "system") return;
  if (!can(actor.roles, permission)) throw new UserFacingError("Your role may not do that.", "forbidden");
}
