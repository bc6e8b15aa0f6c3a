// Whether an error means the database could not be reached (down, restarting, connection cut),
// as opposed to a bad query or a refused write. The HTTP edge answers these 503 with Retry-After,
// so an agent retries the same batch instead of treating a crash of PostgreSQL as its own fault.

// SQLSTATE class 08 (connection exception) and the 57P0x operator interventions (shutdown,
// crash, "the database system is starting up").
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[1-4])$/;
// Node socket errors and Prisma's connection error codes.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "P1001", "P1002", "P1017"]);
// node-postgres reports a dead pooled client by message only.
const UNAVAILABLE_MESSAGES = [
  /Client has encountered a connection error/i,
  /Connection terminated/i,
  /the database system is (starting up|shutting down|not yet accepting connections|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Can't reach database server/i,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown } };
  for (const code of [e.code, e.meta?.code]) {
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_CODES.has(code))) return true;
  }
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(e.message as string))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
