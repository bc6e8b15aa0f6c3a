// Who acts: a signed-in user with the app roles they hold for the work at hand, or PIMS Link
// itself. This module is the one place that turns an account's kind (the User.role column) into
// app roles; everything else asks `can` with those roles and never compares role names.
import { can, type AppRole } from "./permissions";

export type AccountKind = "STAFF" | "PARTNER" | "PRACTICE";
export type AccessUser = { id: string; role: AccountKind; partnerId: string | null };
export type ActingUser = AccessUser & { name: string | null; email: string };

export type Actor = { kind: "user"; id: string; label: string; roles: readonly AppRole[] } | { kind: "system"; label: string };
export type UserActor = Extract<Actor, { kind: "user" }>;

export const SYSTEM: Actor = { kind: "system", label: "PIMS Link" };

/** The app role each kind of account holds everywhere; practice users get theirs per practice. */
const ACCOUNT_ROLE: Record<AccountKind, AppRole | null> = { STAFF: "staff", PARTNER: "partner", PRACTICE: null };

/** App roles a user holds independent of any one practice. A partner account without a partner has none. */
export function accountRoles(user: AccessUser): AppRole[] {
  const role = ACCOUNT_ROLE[user.role];
  if (!role || (role === "partner" && !user.partnerId)) return [];
  return [role];
}

/** The onboarding team, everywhere. */
export function isStaff(user: AccessUser): boolean {
  return can(accountRoles(user), "staff:view");
}

/** An integration partner technician: a partner account tied to its partner. */
export function isPartnerUser<U extends AccessUser>(user: U): user is U & { partnerId: string } {
  return can(accountRoles(user), "partner-queue:view");
}

/** A practice contact's account (not staff, not a partner): the only kind a practice contact may be. */
export function isPracticeAccount(user: { role: AccountKind }): boolean {
  return ACCOUNT_ROLE[user.role] === null;
}

/** The kind of account as the users list words it. */
export function accountLabel(user: { role: AccountKind; partner?: { name: string } | null }): string {
  const labels: Record<AccountKind, string> = {
    STAFF: "Onboarding team",
    PARTNER: `Partner (${user.partner?.name})`,
    PRACTICE: "Practice contact",
  };
  return labels[user.role];
}

export function userActor(user: ActingUser, roles: readonly AppRole[]): UserActor {
  return { kind: "user", id: user.id, label: user.name ?? user.email, roles };
}

/** The actor a user acts as where no practice is involved (creating practices, inviting users). */
export function accountActor(user: ActingUser): UserActor {
  return userActor(user, accountRoles(user));
}
