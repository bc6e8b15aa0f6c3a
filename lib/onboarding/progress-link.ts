// The read-only progress page is reachable without sign-in through a signed link: the
// practice id plus an HMAC of it, so the link cannot be guessed or altered.
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

const sign = (practiceId: string) =>
  createHmac("sha256", config.secret).update(`progress:${practiceId}`).digest("base64url").slice(0, 32);

function progressToken(practiceId: string) {
  return `${practiceId}.${sign(practiceId)}`;
}

export function progressUrl(practiceId: string) {
  return `${config.appUrl}/status/${progressToken(practiceId)}`;
}

/** The practice id a token was made for, or null when it was not made by us. */
export function verifyProgressToken(token: string): string | null {
  const [practiceId, signature] = token.split(".");
  if (!practiceId || !signature) return null;
  const expected = Buffer.from(sign(practiceId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? practiceId : null;
}
