// Tenant scoping: which practices a user may see and with which roles. Staff see every practice;
// a partner user sees its partner's practices; a practice user sees only the practice they are
// a contact of. Anything else is "not found" (never "forbidden"), so ids do not leak.
import type { AppRole } from "./permissions";

export type AccessUser = { id: string; role: "STAFF" | "PARTNER" | "PRACTICE"; partnerId: string | null };
export type AccessPractice = { partnerId: string; primaryContactId: string | null; technicalContactId: string | null };

export function rolesForPractice(user: AccessUser, practice: AccessPractice): AppRole[] {
  if (user.role === "STAFF") return ["staff"];
  if (user.role === "PARTNER") return user.partnerId === practice.partnerId ? ["partner"] : [];
  const roles: AppRole[] = [];
  if (practice.primaryContactId === user.id) roles.push("primary");
  if (practice.technicalContactId === user.id) roles.push("technical");
  return roles;
}

/** A Prisma `where` fragment limiting practices to the ones the user may see. */
export function practiceScope(user: AccessUser) {
  if (user.role === "STAFF") return {};
  // A practice still being prepared is not in the partner's queue yet.
  if (user.role === "PARTNER") return { partnerId: user.partnerId ?? "__none__", status: { not: "DRAFT" as const } };
  return { OR: [{ primaryContactId: user.id }, { technicalContactId: user.id }] };
}
