// One log line per request and per job, with the same fields everywhere so a log search or a
// dashboard can follow a practice or a request id across web and worker processes.
import { log } from "./logger";

export type Outcome = "ok" | "rejected" | "unauthorized" | "error";

/** The outcome of an HTTP answer: 2xx/3xx ok, 401/403 unauthorized, other 4xx rejected, 5xx error. */
function outcomeOfStatus(status: number): Outcome {
  if (status >= 500) return "error";
  if (status === 401 || status === 403) return "unauthorized";
  if (status >= 400) return "rejected";
  return "ok";
}

export function logRequest(fields: {
  requestId: string;
  route: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  practiceId?: string | null;
  error?: unknown;
}) {
  const outcome = outcomeOfStatus(fields.status);
  const line = {
    kind: "request",
    request_id: fields.requestId,
    route: fields.route,
    practice_id: fields.practiceId ?? undefined,
    method: fields.method,
    path: fields.path,
    status: fields.status,
    duration_ms: Math.round(fields.durationMs * 10) / 10,
    outcome,
    ...(fields.error ? { err: fields.error } : {}),
  };
  if (outcome === "error") log().error(line, "request failed");
  else log().info(line, "request");
}

export function logJob(fields: { job: string; jobId?: string; practiceId?: string | null; durationMs: number; error?: unknown }) {
  const line = {
    kind: "job",
    job: fields.job,
    job_id: fields.jobId,
    practice_id: fields.practiceId ?? undefined,
    duration_ms: Math.round(fields.durationMs * 10) / 10,
    outcome: fields.error ? "error" : "ok",
    ...(fields.error ? { err: fields.error } : {}),
  };
  if (fields.error) log().error(line, "job failed");
  else log().info(line, "job");
}
