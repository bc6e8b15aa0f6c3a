// Who may read /api/health and /api/metrics: anyone on the same machine (loopback), and anyone
// else only with "Authorization: Bearer <OPS_TOKEN>". With no OPS_TOKEN set, off-loopback
// requests are refused. "Loopback" counts only in demo mode (see isLoopbackRequest).
import { createHash, timingSafeEqual } from "node:crypto";
import { modeOf } from "@/lib/runtime/mode";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

export function isLoopbackRequest(request: Request): boolean {
  // Next fills X-Forwarded-For from the socket only when the header is absent, so a client could
  // send "127.0.0.1" itself: the header is believed only in demo mode, which listens on loopback
  // alone. In production every caller needs the token.
  if (modeOf() !== "demo") return false;
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.length > 0 && hops.every((hop) => LOOPBACK.test(hop));
}

const digest = (text: string) => createHash("sha256").update(text).digest();

function hasOpsToken(request: Request): boolean {
  const expected = process.env.OPS_TOKEN?.trim();
  if (!expected) return false;
  const presented = (request.headers.get("authorization") ?? "").match(/^Bearer\s+(\S+)$/i)?.[1];
  return Boolean(presented) && timingSafeEqual(digest(presented!), digest(expected));
}

/** null when allowed; otherwise the 401 answer. */
export function refuseUnlessOps(request: Request): Response | null {
  if (isLoopbackRequest(request) || hasOpsToken(request)) return null;
  const error = process.env.OPS_TOKEN
    ? "send Authorization: Bearer <OPS_TOKEN>"
    : "only from loopback: set OPS_TOKEN to read it from elsewhere";
  return Response.json({ error }, { status: 401, headers: { "www-authenticate": "Bearer", "cache-control": "no-store" } });
}
