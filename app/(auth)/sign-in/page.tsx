import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, Notice } from "@/components/ui/card";
import { config } from "@/lib/config";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "That address has no PIMS Link account. Ask your pharmacy onboarding contact for an invitation.",
  NoPractice: "Your account is not linked to a practice yet. Ask your pharmacy onboarding contact.",
  RateLimited: "Too many sign-in links were asked for. Please wait 15 minutes and use the newest link you received.",
  InvalidEmail: "Enter a valid email address.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site callbacks: never bounce a person to another site after sign-in.
  const safeCallback = safeCallbackPath(callbackUrl);
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <h1 className="mb-1 text-xl font-bold">Sign in to PIMS Link</h1>
        <p className="mb-5 text-sm text-slate-600">We email you a one-time link. No password needed.</p>
        {error && (
          <div className="mb-4">
            <Notice tone="error">
              {(typeof error === "string" && Object.hasOwn(ERRORS, error) ? ERRORS[error] : null) ??
                "Sign-in failed. Please try again."}
            </Notice>
          </div>
        )}
        <SignInForm callbackUrl={safeCallback} mailboxEnabled={config.mailboxEnabled} />
      </Card>
    </div>
  );
}
