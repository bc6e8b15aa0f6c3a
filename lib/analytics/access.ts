// Who may open /analytics: users whose app roles grant "analytics:view" (the onboarding team).
// Anyone else, practice and partner users included, gets a plain 404 (the staff page guard).
import "server-only";
import { notFound } from "next/navigation";
import { accountRoles } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";

export async function requireAnalyticsViewer(path: string) {
  const staff = await requireStaff(path);
  if (!can(accountRoles(staff.user), "analytics:view")) notFound();
  return staff;
}
