// Who may open the queue board: signed-in users whose app roles grant "board:view" (the
// onboarding team). Anyone else gets a plain 404, so the board's existence is not advertised.
import "server-only";
import { notFound } from "next/navigation";
import { can, type AppRole, type Permission } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";

/** App roles a user holds everywhere, independent of any one practice (staff only, today). */
function globalRoles(user: CurrentUser): AppRole[] {
  return user.role === "STAFF" ? ["staff"] : [];
}

export async function requireBoardViewer(path: string): Promise<CurrentUser> {
  return requireGlobalPermission(path, "board:view");
}

/** Any page only the onboarding team may open (the fleet page): others get a plain 404. */
export async function requireGlobalPermission(path: string, permission: Permission): Promise<CurrentUser> {
  const user = await requireUser(path);
  if (!can(globalRoles(user), permission)) notFound();
  return user;
}
