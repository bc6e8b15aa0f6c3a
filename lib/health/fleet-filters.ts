// The fleet page's URL (/integrations): which search params it understands, how they parse, and
// how filters are written back into a link. The URL is the page's only state, so every view can
// be bookmarked and shared and the page works without JavaScript.
import { z } from "zod";
import { HEALTH_STATES, type HealthState } from "./rule";

export const FLEET_PAGE_SIZE = 50;
const FLEET_SORTS = ["health", "name", "heartbeat", "sync", "backlog", "alerts"] as const;
export type FleetSort = (typeof FLEET_SORTS)[number];
/** The owner / agent version filters' value for "nobody" / "not reported". */
export const NONE = "none";

export type FleetFilters = {
  state: HealthState[];
  partnerId?: string;
  ownerId?: string;
  agentVersion?: string;
  sort: FleetSort;
  page: number;
};
export const DEFAULT_FLEET_FILTERS: FleetFilters = { state: [], sort: "health", page: 1 };

// A GET form sends an empty field as "": absent. A single-valued param given twice is refused.
function single<T extends z.ZodType>(name: string, schema: T) {
  return z.preprocess((value, ctx) => {
    if (Array.isArray(value)) {
      ctx.addIssue({ code: "custom", message: `${name} was given more than once` });
      return z.NEVER;
    }
    return value === "" ? undefined : value;
  }, schema);
}
const id = (name: string) =>
  z
    .string()
    .trim()
    .max(64, `${name} is too long`)
    .regex(/^[\w-]+$/, `${name} is not a valid id`)
    .optional();

const schema = z.object({
  state: z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== "")),
    z
      .array(
        z.enum(HEALTH_STATES as [HealthState, ...HealthState[]], {
          error: (issue) => `"${String(issue.input)}" is not a health state; use healthy, warning or failing`,
        }),
      )
      .transform((list) => [...new Set(list)]),
  ),
  partnerId: single("partnerId", id("partnerId")),
  ownerId: single("ownerId", id("ownerId")),
  agentVersion: single("agentVersion", z.string().trim().max(50, "agentVersion is at most 50 characters").optional()),
  sort: single("sort", z.enum(FLEET_SORTS, { error: `sort must be one of ${FLEET_SORTS.join(", ")}` }).default("health")),
  page: single(
    "page",
    z.coerce
      .number({ error: "page must be a number" })
      .int("page must be a whole number")
      .min(1, "page starts at 1")
      .max(100_000, "page is too large")
      .default(1),
  ),
});

export type ParsedFleetFilters = { ok: true; filters: FleetFilters } | { ok: false; errors: string[]; filters: FleetFilters };

/** Unknown params are ignored; known ones with bad values are refused one line each (default view shown). */
export function parseFleetParams(raw: Record<string, string | string[] | undefined>): ParsedFleetFilters {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => i.message))], filters: DEFAULT_FLEET_FILTERS };
  return { ok: true, filters: parsed.data };
}

export function fleetHref(filters: Partial<FleetFilters>): string {
  const params = new URLSearchParams();
  for (const state of filters.state ?? []) params.append("state", state);
  if (filters.partnerId) params.set("partnerId", filters.partnerId);
  if (filters.ownerId) params.set("ownerId", filters.ownerId);
  if (filters.agentVersion) params.set("agentVersion", filters.agentVersion);
  if (filters.sort && filters.sort !== "health") params.set("sort", filters.sort);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/integrations?${query}` : "/integrations";
}
