// The page guards, one per audience. Each signs the visitor in first (redirect to sign-in, back
// to the page afterwards), then answers "not found" to anyone outside the audience, so a page's
// existence is not advertised, and returns what the page needs.
import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { accountRoles, isPartnerUser, isStaff, userActor, type ActingUser } from "./actor";
import { practiceActor, type PracticeAccess } from "./practice-actor";
import { requireUser, type CurrentUser } from "./session";

export type PartnerUser = CurrentUser & { partnerId: string };

/** The practice as this user may see it, or null (for route handlers that answer their own 404). */
export async function findPracticeAccess(
  user: ActingUser,
  practiceId: string,
  opts: { staffOnly?: boolean } = {},
): Promise<PracticeAccess | null> {
  if (opts.staffOnly && !isStaff(user)) return null;
  try {
    return await practiceActor(user, practiceId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

async function practicePage(user: CurrentUser, practiceId: string, staffOnly: boolean) {
  const access = await findPracticeAccess(user, practiceId, { staffOnly });
  if (!access) notFound();
  return { user, ...access };
}

/** Staff pages that are about no one practice (board, users, new practice). */
export async function requireStaff(path: string) {
  const user = await requireUser(path);
  if (!isStaff(user)) notFound();
  return { user, actor: userActor(user, accountRoles(user)) };
}

/** Staff pages of one practice: the user, the practice, their roles and actor. */
export async function requireStaffPractice(path: string, practiceId: string) {
  return practicePage(await requireUser(path), practiceId, true);
}

/** The integration partner's pages: only partner accounts of a partner. */
export async function requirePartner(path: string): Promise<PartnerUser> {
  const user = await requireUser(path);
  if (!isPartnerUser(user)) notFound();
  return user;
}

/** The practice wizard: anyone who may see the practice (its contacts, its partner, staff). */
export async function requirePracticeUser(path: string, practiceId: string) {
  return practicePage(await requireUser(path), practiceId, false);
}
