// One mapping from an error to an HTTP answer, for every route handler. An HttpError is an
// answer decided at the edge (bad key, bad body); a UserFacingError is a domain refusal whose
// code names the status; a database that cannot be reached is 503 with Retry-After; anything
// else is logged and answered 500 with the route's own words.
import { UserFacingError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { PayloadTooLargeError } from "./limited-form-data";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

const STATUS_OF_CODE: Record<UserFacingError["code"], number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409 };

export function statusOf(error: UserFacingError): number {
  if (error instanceof PayloadTooLargeError) return 413;
  return STATUS_OF_CODE[error.code];
}

/** The JSON error shape of the agent and service APIs: `{ error, details? }`. */
export function jsonError(status: number, error: string, details?: unknown) {
  return Response.json({ error, ...(details ? { details } : {}) }, { status });
}

/** Answers any error a route met: known ones with their message, unknown ones with `failure`. */
export function errorResponse(error: unknown, failure: string, log: (line: string) => void = console.error): Response {
  if (error instanceof HttpError) return jsonError(error.status, error.message, error.details);
  if (error instanceof UserFacingError) return jsonError(statusOf(error), error.message);
  if (isDatabaseUnavailable(error)) {
    // Nothing was acknowledged: the client may send the same request again shortly.
    log(`${failure}: database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    const answer = jsonError(503, "The service's database is not reachable right now; nothing was saved. Retry shortly.");
    answer.headers.set("Retry-After", "5");
    return answer;
  }
  // Never log the body: it holds a practice's clients.
  log(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
  return jsonError(500, failure);
}
