// The fulfilment system's service key: one configured secret (FULFILLMENT_SERVICE_KEY), sent as
// "Authorization: Bearer <key>". One secret rather than a table of keys because there is one
// fulfilment system, run by the pharmacy itself; rotating it is a deploy-time change. Outside
// production a documented development key applies when none is set, so `npm start` and the
// demo work out of the box; in production an unset key refuses every request.
import { createHash, timingSafeEqual } from "node:crypto";
import { bearerToken } from "./bearer";
import { config } from "@/lib/config";

export const DEV_FULFILLMENT_SERVICE_KEY = "dev-fulfillment-key";

function fulfillmentServiceKey(): string | null {
  const key = process.env.FULFILLMENT_SERVICE_KEY?.trim();
  if (key) return key;
  return config.mailboxEnabled ? DEV_FULFILLMENT_SERVICE_KEY : null; // i.e. not production
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Constant-time comparison of the bearer key with the configured one (digests, so lengths match). */
export function isFulfillmentRequest(request: Request): boolean {
  const expected = fulfillmentServiceKey();
  if (!expected) return false;
  const presented = bearerToken(request);
  if (!presented) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}
