// Who may open /analytics: users whose app roles grant "analytics:view" (the onboarding team).
// Anyone else, practice and partner users included, gets a plain 404.
import "server-only";
import { notFound } from "next/navigation";
import { can, type AppRole } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";

export async function requireAnalyticsViewer(path: string): Promise<CurrentUser> {
  const user = await requireUser(path);
  const roles: AppRole[] = user.role === "STAFF" ? ["staff"] : [];
  if (!can(roles, "analytics:view")) notFound();
  return user;
}
