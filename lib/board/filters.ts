// The board table's URL: which search params it understands, how they parse, and how a set of
// filters is written back into a link. The URL is the table's only state, so every view can be
// bookmarked, shared and opened in a new tab, and the page works without JavaScript.
import { z } from "zod";
import { STATUSES, type Status } from "@/lib/onboarding/journey";

export const PAGE_SIZE = 50;
const SORT_KEYS = ["name", "status", "age", "due", "clients"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";
/** The owner filter's value for practices nobody on the onboarding team owns yet. */
export const UNASSIGNED = "none";

/** The direction a column sorts in when first clicked: the order a person usually wants. */
export const DEFAULT_DIR: Record<SortKey, SortDir> = { name: "asc", status: "asc", age: "desc", due: "asc", clients: "desc" };

type RawParams = Record<string, string | string[] | undefined>;

// A GET form sends an empty field as "": treat it as absent rather than as an invalid value.
// Single-valued params given twice are refused: silently picking one would hide a broken link.
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

const statusSchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(STATUSES, { error: (issue) => `"${String(issue.input)}" is not a status; use one of ${STATUSES.join(", ")}` }));

const boardTableParamsSchema = z.object({
  status: z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== "")),
    z.array(statusSchema).transform((list) => [...new Set(list)]),
  ),
  lateOnly: single(
    "lateOnly",
    z
      .enum(["1", "true", "on", "0", "false", "off"], { error: "lateOnly must be 1 or 0" })
      .optional()
      .transform((v) => v === "1" || v === "true" || v === "on"),
  ),
  ownerId: single("ownerId", id("ownerId")),
  partnerId: single("partnerId", id("partnerId")),
  q: single(
    "q",
    z
      .string()
      .trim()
      .max(100, "Search text is at most 100 characters")
      .optional()
      .transform((v) => v || undefined),
  ),
  sort: single("sort", z.enum(SORT_KEYS, { error: `sort must be one of ${SORT_KEYS.join(", ")}` }).default("due")),
  dir: single("dir", z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).optional()),
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

export type BoardTableFilters = {
  status: Status[];
  lateOnly: boolean;
  ownerId?: string;
  partnerId?: string;
  q?: string;
  sort: SortKey;
  dir: SortDir;
  page: number;
};

export const DEFAULT_FILTERS: BoardTableFilters = { status: [], lateOnly: false, sort: "due", dir: "asc", page: 1 };

export type ParsedFilters =
  { ok: true; filters: BoardTableFilters } | { ok: false; errors: string[]; filters: BoardTableFilters };

/**
 * Reads the table's search params. Parameters it does not know are ignored (tracking tags,
 * old bookmarks); known ones with bad values are refused with one readable line each, and
 * the caller falls back to the default view so the page still renders.
 */
export function parseBoardTableParams(raw: RawParams): ParsedFilters {
  const parsed = boardTableParamsSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => issue.message);
    return { ok: false, errors: [...new Set(errors)], filters: DEFAULT_FILTERS };
  }
  const { sort, dir, ...rest } = parsed.data;
  return { ok: true, filters: { ...rest, sort, dir: dir ?? DEFAULT_DIR[sort] } };
}

/** The table's link for these filters; defaults are left out to keep links short. */
export function boardTableHref(filters: Partial<BoardTableFilters>): string {
  const params = new URLSearchParams();
  for (const status of filters.status ?? []) params.append("status", status);
  if (filters.lateOnly) params.set("lateOnly", "1");
  if (filters.ownerId) params.set("ownerId", filters.ownerId);
  if (filters.partnerId) params.set("partnerId", filters.partnerId);
  if (filters.q) params.set("q", filters.q);
  const sort = filters.sort ?? DEFAULT_FILTERS.sort;
  if (sort !== DEFAULT_FILTERS.sort) params.set("sort", sort);
  if (filters.dir && filters.dir !== DEFAULT_DIR[sort]) params.set("dir", filters.dir);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/board/table?${query}` : "/board/table";
}

/** The CSV export of these filters: every page, so the page number is left out. */
export function boardTableExportHref(filters: BoardTableFilters): string {
  const query = boardTableHref({ ...filters, page: 1 }).split("?")[1];
  return query ? `/board/table/export?${query}` : "/board/table/export";
}
