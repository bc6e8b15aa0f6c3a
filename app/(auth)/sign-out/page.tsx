// The app's own sign-out page (next-auth's unstyled one is not used): one button, by POST.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <h1 className="mb-1 text-xl font-bold">Sign out of PIMS Link</h1>
        <p className="mb-5 text-sm text-slate-600">You are signed in as {user.email}.</p>
        <SignOutButton />
      </Card>
    </div>
  );
}
