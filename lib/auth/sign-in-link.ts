// Sign-in links that PIMS Link puts into its own emails (invitations), made exactly like
// next-auth's email provider makes them, so next-auth's callback verifies them: single use,
// stored hashed, expiring. Every emailed link opens the confirmation page (/sign-in/confirm),
// whose button signs in by POST: a mail scanner's GET never uses the link up.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { config } from "@/lib/config";

export const SIGN_IN_LINK_HOURS = 24;
const INVITATION_LINK_HOURS = 72;

function hashVerificationToken(token: string) {
  return createHash("sha256").update(`${token}${config.secret}`).digest("hex");
}

function signInUrl(email: string, token: string, callbackPath: string) {
  const params = new URLSearchParams({ callbackUrl: `${config.appUrl}${callbackPath}`, token, email });
  return `${config.appUrl}/sign-in/confirm?${params}`;
}

/** next-auth's own link (its callback) turned into the confirmation page's, with the same parameters. */
export function confirmationUrl(nextAuthCallbackUrl: string) {
  return `${config.appUrl}/sign-in/confirm${new URL(nextAuthCallbackUrl).search}`;
}

/** Where the confirmation page's button posts: next-auth's callback, which reads the token from the query. */
export function callbackActionUrl(params: { token: string; email: string; callbackUrl: string }) {
  return `/api/auth/callback/email?${new URLSearchParams(params)}`;
}

export async function createSignInLink(tx: Tx, email: string, callbackPath: string, hours = INVITATION_LINK_HOURS) {
  const token = randomBytes(32).toString("hex");
  await tx.verificationToken.create({
    data: {
      identifier: email.toLowerCase(),
      token: hashVerificationToken(token),
      expires: new Date(Date.now() + hours * 3_600_000),
    },
  });
  return signInUrl(email.toLowerCase(), token, callbackPath);
}
