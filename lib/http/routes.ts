// One wrapper per kind of API caller: `agentRoute` for a practice's sync agent (agent key) and
// `serviceRoute` for the pharmacy's fulfilment system (service key). Each route gets the key
// check, the body limit and zod parse, and the error shape by construction. Per-request
// logging, metrics and rate limiting belong in `handle` below: it sees every request with its
// caller, route name and request id. Each request writes one structured log line there
// (lib/observability/request-log.ts) with its request id, practice, duration and outcome.
import type { z } from "zod";
import { logRequest } from "@/lib/observability/request-log";
import { agentKeyAccess } from "@/lib/auth/agent-key";
import { bearerToken } from "@/lib/auth/bearer";
import { isFulfillmentRequest } from "@/lib/auth/service-key";
import { consume, tooManyRequests, type LimitName } from "./rate-limits";
import { errorResponse, jsonError } from "./errors";
import { readJsonBody, type JsonBodySpec } from "./read-json";

export type RouteContext = {
  request: Request;
  /** The caller's X-Request-Id, or a new one: ties a log line to one request. */
  requestId: string;
  /** The route, e.g. "agent.batches": a stable label for logs and metrics. */
  route: string;
};
export type AgentContext = RouteContext & { practiceId: string };

type Options<S extends z.ZodType | undefined> = {
  name: string;
  /** The JSON body, when the route takes one. */
  body?: S extends z.ZodType ? JsonBodySpec<S> : undefined;
  /** The 500 answer when something unexpected fails, e.g. "the batch could not be stored; ...". */
  failure?: string;
};
type Body<S> = S extends z.ZodType ? z.output<S> : undefined;
type Handler<C, S> = (context: C, body: Body<S>) => Promise<Response>;

const DEFAULT_FAILURE = "something went wrong on our side; retry it";

/** The caller's id when it looks like one (it goes into log lines), else a new one. */
function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w.-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}

async function handle<C extends RouteContext, S extends z.ZodType | undefined>(
  request: Request,
  options: Options<S>,
  authenticate: (context: RouteContext) => Promise<C | Response>,
  handler: Handler<C, S>,
): Promise<Response> {
  const started = performance.now();
  const base: RouteContext = {
    request,
    requestId: requestIdOf(request),
    route: options.name,
  };
  let practiceId: string | undefined;
  let failure: unknown;
  let response: Response;
  try {
    const context = await authenticate(base);
    if (context instanceof Response) response = context;
    else {
      practiceId = (context as Partial<AgentContext>).practiceId;
      const body = (options.body ? await readJsonBody(request, options.body) : undefined) as Body<S>;
      response = await handler(context, body);
    }
  } catch (error) {
    failure = error;
    // The structured line below carries the error; nothing is printed twice.
    response = errorResponse(error, options.failure ?? DEFAULT_FAILURE, () => {});
  }
  logRequest({
    requestId: base.requestId,
    route: options.name,
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    durationMs: performance.now() - started,
    practiceId,
    error: response.status >= 500 ? failure : undefined,
  });
  response.headers.set("x-request-id", base.requestId);
  return response;
}

/** 429 once the caller's key has used up its requests; checked after the key is known to be real. */
async function limited(name: LimitName, key: string): Promise<Response | null> {
  const over = await consume(name, key);
  return over
    ? tooManyRequests(over.retryAfterSeconds, `too many requests for this key: retry in ${over.retryAfterSeconds} s`)
    : null;
}

/**
 * A route of the sync agent's API (app/api/agent/v1/**): a wrong or revoked key gets 401, no
 * hint which; a key of a cancelled practice gets 403 naming the state; too many requests 429.
 */
export function agentRoute<S extends z.ZodType | undefined = undefined>(options: Options<S>, handler: Handler<AgentContext, S>) {
  return (request: Request) =>
    handle(
      request,
      options,
      async (base) => {
        const key = bearerToken(request);
        const access = key ? await agentKeyAccess(key) : null;
        if (!key || !access) return jsonError(401, "unknown or revoked agent key");
        if (access.suspended)
          return jsonError(
            403,
            `agent key suspended: the practice's onboarding is ${access.suspended.status}; it works again once the practice is resumed`,
          );
        return (await limited("agentPerKey", key)) ?? { ...base, practiceId: access.practiceId };
      },
      handler,
    );
}

/** A route of the fulfilment API (app/api/fulfillment/v1/**), called with the service key. */
export function serviceRoute<S extends z.ZodType | undefined = undefined>(
  options: Options<S>,
  handler: Handler<RouteContext, S>,
) {
  return (request: Request) =>
    handle(
      request,
      options,
      async (base) =>
        isFulfillmentRequest(request)
          ? ((await limited("servicePerKey", bearerToken(request)!)) ?? base)
          : jsonError(401, "unknown service key"),
      handler,
    );
}
