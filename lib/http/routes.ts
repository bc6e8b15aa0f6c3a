// One wrapper per kind of API caller: `agentRoute` for a practice's sync agent (agent key) and
// `serviceRoute` for the pharmacy's fulfilment system (service key). Each route gets the key
// check, the body limit and zod parse, and the error shape by construction. Per-request
// logging, metrics and rate limiting belong in `handle` below: it sees every request with its
// caller, route name and request id.
import type { z } from "zod";
import { practiceForRequest } from "@/lib/auth/agent-key";
import { isFulfillmentRequest } from "@/lib/auth/service-key";
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
  const base: RouteContext = {
    request,
    requestId: requestIdOf(request),
    route: options.name,
  };
  try {
    const context = await authenticate(base);
    if (context instanceof Response) return context;
    const body = (options.body ? await readJsonBody(request, options.body) : undefined) as Body<S>;
    return await handler(context, body);
  } catch (error) {
    return errorResponse(error, options.failure ?? DEFAULT_FAILURE, (line) =>
      console.error(`${options.name} [${base.requestId}] ${line}`),
    );
  }
}

/** A route of the sync agent's API (app/api/agent/v1/**): a wrong or revoked key gets 401, no hint which. */
export function agentRoute<S extends z.ZodType | undefined = undefined>(options: Options<S>, handler: Handler<AgentContext, S>) {
  return (request: Request) =>
    handle(
      request,
      options,
      async (base) => {
        const practiceId = await practiceForRequest(request);
        return practiceId ? { ...base, practiceId } : jsonError(401, "unknown or revoked agent key");
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
      async (base) => (isFulfillmentRequest(request) ? base : jsonError(401, "unknown service key")),
      handler,
    );
}
