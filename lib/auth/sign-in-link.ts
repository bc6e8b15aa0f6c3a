// Sign-in links that PIMS Link puts into its own emails (invitations), made exactly like
// next-auth's email provider makes them, so next-auth's callback verifies them: single use,
// stored hashed, expiring.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { config } from "@/lib/config";

export const SIGN_IN_LINK_HOURS = 24;
export const INVITATION_LINK_HOURS = 72;

export function hashVerificationToken(token: string) {
  return createHash("sha256").update(`${token}${config.secret}`).digest("hex");
}

export function signInUrl(email: string, token: string, callbackPath: string) {
  const params = new URLSearchParams({ callbackUrl: `${config.appUrl}${callbackPath}`, token, email });
  return `${config.appUrl}/api/auth/callback/email?${params}`;
}

export async function createSignInLink(tx: Tx, email: string, callbackPath: string, hours = INVITATION_LINK_HOURS) {
  const token = randomBytes(32).toString("hex");
  await tx.verificationToken.create({
    data: { identifier: email.toLowerCase(), token: hashVerificationToken(token), expires: new Date(Date.now() + hours * 3_600_000) },
  });
  return signInUrl(email.toLowerCase(), token, callbackPath);
}
