// Rate limits, counted in PostgreSQL by rate-limiter-flexible (so every web process shares one
// count and a restart forgets nothing). Sign-in emails per address and per client IP, and
// requests per agent key and per service key. A limited caller gets 429 with Retry-After.
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db/pool";

type Limit = { keyPrefix: string; points: number; duration: number };

/** A limit's points from the environment (the end-to-end suite signs the demo people in dozens of times). */
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** Each limit: `points` requests per `duration` seconds. */
export const LIMITS = {
  /** 30 sign-in emails in half a second reached one person: 3 per 15 minutes is plenty for a human. */
  signInPerAddress: { keyPrefix: "signin-address", points: setting("SIGN_IN_EMAILS_PER_ADDRESS", 3), duration: 15 * 60 },
  /** One clinic behind one address can hold a few people signing in; a script cannot spray addresses. */
  signInPerIp: { keyPrefix: "signin-ip", points: setting("SIGN_IN_EMAILS_PER_IP", 30), duration: 15 * 60 },
  /** A first load at full speed (two batches in flight) is a few hundred requests a minute. */
  agentPerKey: { keyPrefix: "agent", points: setting("AGENT_REQUESTS_PER_MINUTE", 3000), duration: 60 },
  servicePerKey: { keyPrefix: "service", points: setting("SERVICE_REQUESTS_PER_MINUTE", 1200), duration: 60 },
} satisfies Record<string, Limit>;
export type LimitName = keyof typeof LIMITS;

const limiters = new Map<LimitName, RateLimiterPostgres>();
function limiter(name: LimitName) {
  let found = limiters.get(name);
  if (!found) {
    // The table comes from a migration (prisma/migrations/*_rate_limits), not from the library.
    found = new RateLimiterPostgres({
      ...LIMITS[name],
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
    });
    limiters.set(name, found);
  }
  return found;
}

/** Keys are hashed: an address or secret never sits in the table, and any length fits its column. */
const keyOf = (identity: string) => createHash("sha256").update(identity).digest("base64url");

/** Counts one request; null when allowed, else how long until the next one is. */
export async function consume(name: LimitName, identity: string): Promise<{ retryAfterSeconds: number } | null> {
  try {
    await limiter(name).consume(keyOf(identity));
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection; // the database itself failed
  }
}

export function tooManyRequests(retryAfterSeconds: number, error: string): Response {
  return Response.json(
    { error, retry_after_seconds: retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}

/**
 * The client's address. Next fills X-Forwarded-For from the socket only when a request has none,
 * so a client that reaches Next directly could name any address: production runs behind a
 * reverse proxy that sets the header, with TRUSTED_PROXY_HOPS the number of proxies in front, so
 * the address those proxies saw is used (one a client cannot forge). The per-address sign-in
 * limit does not depend on it.
 */
export function clientIp(request: Request): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const chain = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown";
}
