// The partner pages' guard: sign-in first, then only integration partner accounts. Anyone else
// gets "not found", like a practice outside their scope.
import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isPartnerUser, type PartnerUser } from "./queries";

export async function requirePartnerUser(next: string) {
  const user = await requireUser(next);
  if (!isPartnerUser(user)) notFound();
  return user as typeof user & PartnerUser;
}
