// The page an emailed sign-in link opens. Opening it signs nobody in (an email scanner that
// follows links leaves the link unused); its one button does, by POST to next-auth's callback.
import type { Metadata } from "next";
import Link from "next/link";
import { Card, Notice } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { callbackActionUrl } from "@/lib/auth/sign-in-link";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Sign in" };

type Search = { token?: string | string[]; email?: string | string[]; callbackUrl?: string | string[] };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const token = one(search.token);
  const email = one(search.email).trim().toLowerCase();
  const valid = /^[0-9a-f]{16,200}$/i.test(token) && /^[^\s@]{1,200}@[^\s@]{1,200}$/.test(email);
  const callbackUrl = `${config.appUrl}${safeCallbackPath(one(search.callbackUrl))}`;
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <h1 className="mb-1 text-xl font-bold">Sign in to PIMS Link</h1>
        {valid ? (
          <>
            <p className="mb-5 text-sm text-slate-600">
              You are signing in as <strong>{email}</strong>. The link works once.
            </p>
            <form method="post" action={callbackActionUrl({ token, email, callbackUrl })}>
              <Button type="submit" className="w-full">
                Sign in
              </Button>
            </form>
          </>
        ) : (
          <div className="mt-3 space-y-3">
            <Notice tone="error">
              This sign-in link is incomplete. Copy the whole link from the email, or ask for a new one.
            </Notice>
            <Link href="/sign-in" className="text-sm underline">
              Ask for a new sign-in link
            </Link>
          </div>
        )}
      </Card>
    </div>
  );
}
