// Home: send each person to where their work is.
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { isPartnerUser, isStaff } from "@/lib/auth/actor";

export default async function Home() {
  const user = await requireUser();
  if (isStaff(user)) redirect("/board");
  if (isPartnerUser(user)) redirect("/partner");
  const practice = await db.practice.findFirst({
    where: { OR: [{ primaryContactId: user.id }, { technicalContactId: user.id }] },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  redirect(practice ? `/onboarding/${practice.id}` : "/sign-in?error=NoPractice");
}
