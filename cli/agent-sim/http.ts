/**
 * The agent's HTTP calls: JSON POSTs with the bearer agent key, retried with exponential
 * backoff and jitter on network errors, timeouts, 5xx and 429 (honouring Retry-After), never
 * on other 4xx: those are the server saying the request itself is wrong, so the push stops
 * with the server's message. Retrying a batch is safe: the server answers a batch id it has
 * already stored with the stored result.
 */

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per try; a slower answer counts as a network error. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 15_000, timeoutMs: 120_000 };

/** The server refused the request (4xx other than 429), or every try failed. */
export class AgentHttpError extends Error {
  override readonly name = "AgentHttpError";
  constructor(
    message: string,
    /** HTTP status of the last answer; null when the last try got none (network). */
    readonly status: number | null,
    /** True when retries ran out (the server may simply be down). */
    readonly exhausted: boolean,
  ) {
    super(message);
  }
}

export interface RetryNotice {
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  reason: string;
}

export interface PostOptions {
  policy: RetryPolicy;
  /** Called before each wait between tries. */
  onRetry?: (notice: RetryNotice) => void;
  /** For tests; global fetch by default. */
  fetch?: typeof fetch;
  /** Random source for the jitter, in [0, 1). */
  random?: () => number;
}

/** Delay before try `attempt + 1`: base * 2^(attempt-1), capped, with "equal jitter" (half fixed, half random). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

function retryAfterMs(header: string | null, policy: RetryPolicy): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(policy.maxDelayMs, seconds * 1000);
  const date = Date.parse(header);
  if (!Number.isNaN(date)) return Math.min(policy.maxDelayMs, Math.max(0, date - Date.now()));
  return null;
}

/** The server's own words from an error body: `{ error, details }` or the raw text. */
function serverMessage(status: number, statusText: string, body: string): string {
  let text = body.trim();
  try {
    const json = JSON.parse(body) as { error?: unknown; details?: unknown };
    if (typeof json.error === "string") {
      text = json.error;
      if (json.details && typeof json.details === "object") {
        const parts = Object.entries(json.details as Record<string, unknown>).map(
          ([field, value]) => `${field}: ${Array.isArray(value) ? value.join("; ") : String(value)}`,
        );
        if (parts.length > 0) text += ` (${parts.join(", ")})`;
      }
    }
  } catch {
    // not JSON: keep the text
  }
  if (text.length > 500) text = `${text.slice(0, 500)}…`;
  return `${status} ${statusText}${text ? `: ${text}` : ""}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function networkReason(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError") return "no answer in time";
  const cause = err?.cause?.code ?? err?.cause?.message;
  return cause ? `network error (${cause})` : `network error (${err?.message ?? String(error)})`;
}

/**
 * A fetch for the agent's typed API client (./agent-client.ts): sends the request, retrying
 * network errors, timeouts, 5xx, 429 and 2xx answers that are not JSON with backoff, and
 * resolves with the first good answer. A non-retryable answer or running out of tries throws
 * AgentHttpError with the server's own words.
 */
export function retryingFetch(options: PostOptions): (request: Request) => Promise<Response> {
  const { policy } = options;
  const doFetch = options.fetch ?? fetch;
  return async (request: Request) => {
    let lastReason = "";
    let lastStatus: number | null = null;
    for (let attempt = 1; ; attempt += 1) {
      let waitMs: number | null = null;
      try {
        const response = await doFetch(new Request(request.clone(), { signal: AbortSignal.timeout(policy.timeoutMs) }));
        const text = await response.text();
        lastStatus = response.status;
        if (response.ok) {
          try {
            JSON.parse(text);
            return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
          } catch {
            lastReason = `${response.status} answer is not JSON`;
          }
        } else if (response.status === 429 || response.status >= 500) {
          lastReason = serverMessage(response.status, response.statusText, text);
          waitMs = retryAfterMs(response.headers.get("retry-after"), policy);
        } else {
          throw new AgentHttpError(
            `the server refused the request: ${serverMessage(response.status, response.statusText, text)}`,
            response.status,
            false,
          );
        }
      } catch (error) {
        if (error instanceof AgentHttpError) throw error;
        lastStatus = null;
        lastReason = networkReason(error);
      }
      if (attempt >= policy.maxAttempts) {
        throw new AgentHttpError(`gave up after ${attempt} tries: ${lastReason}`, lastStatus, true);
      }
      const delayMs = Math.max(waitMs ?? 0, backoffDelay(attempt, policy, options.random));
      options.onRetry?.({ attempt, maxAttempts: policy.maxAttempts, delayMs, reason: lastReason });
      await sleep(delayMs);
    }
  };
}
