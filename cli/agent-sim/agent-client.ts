// The simulator's client of the agent API, typed from the OpenAPI document (openapi-fetch over
// the types npm run api:types generates): a route or schema change that the simulator does not
// follow fails its typecheck. Retries and error messages come from ./http.ts's retryingFetch.
import createClient from "openapi-fetch";
import type { components, paths } from "./agent-api.gen";
import { retryingFetch, type PostOptions } from "./http";

export type AgentApi = components["schemas"];

export function agentClient(url: string, key: string, options: PostOptions) {
  return createClient<paths>({
    baseUrl: url.replace(/\/+$/, ""),
    headers: { authorization: `Bearer ${key}` },
    fetch: retryingFetch(options),
  });
}

/** The answer's data; retryingFetch has already thrown for every answer that is not a good one. */
export async function dataOf<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new Error(`${response.status} answer without a body`);
  return data;
}
