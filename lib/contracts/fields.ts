/**
 * Zod field builders shared by every contract row schema.
 *
 * Each builder accepts `unknown` so the same schema validates both a CSV cell (always a
 * string, possibly empty) and a JSON value from the sync API (string, number, boolean or
 * null). An empty or whitespace-only value, `null` and a missing key all mean "no value",
 * which is what the contract calls "a missing optional value is an empty field".
 */
import { z } from "zod";

/** Turns any "no value" input into "" and trims strings; numbers become their decimal text. */
function toText(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return value; // left for the inner schema to reject with a clear "expected text" message
}

const textValue = z.string({ error: "expected text" });

/**
 * What each field accepts as JSON, for the agent API's OpenAPI document: zod cannot see through
 * a preprocess (its input is `unknown`), so each builder says it here, next to its rules.
 */
export type FieldDoc = { optional: boolean; json: Record<string, unknown> };
export const fieldDocs = z.registry<FieldDoc>();
function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  fieldDocs.add(schema, doc);
  return schema;
}
const NO_VALUE = "empty, null or missing means no value";

/** Longest value of an ordinary text field; ids are shorter (they are keys of an index). */
const MAX_TEXT_LENGTH = 500;
const MAX_ID_LENGTH = 100;

// Lone UTF-16 surrogates (in "u" mode a proper pair is one code point, so only halves match).
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** True for text PostgreSQL stores as sent: no NUL, no unpaired surrogate. */
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !UNPAIRED_SURROGATE.test(s);
}

/**
 * Text quoted back in an error (a record's id, the value in "got ..."), made storable: NUL and
 * broken halves become U+FFFD and it is cut to `max`. The reasons go into sync_errors, and a
 * NUL quoted there once failed the very batch that was being told about it.
 */
export function quotable(s: string, max = MAX_ID_LENGTH): string {
  return s
    .slice(0, max)
    .replace(/\u0000/g, "\uFFFD")
    .replace(/\p{Cs}/gu, "\uFFFD");
}

/** A zod string that PostgreSQL can store (for inputs outside the contract files: API envelopes, acks). */
export function storableString(field: string) {
  return z
    .string({ error: `${field} must be text` })
    .refine(isStorableText, { error: `${field} contains a NUL character or broken Unicode` });
}

/**
 * What PostgreSQL's text type and a PIMS line cannot hold: NUL (PostgreSQL refuses it: a whole
 * batch failed with 500), broken UTF-16 (would be stored as U+FFFD, silently not what was sent),
 * and values over the field's length.
 */
function storableText(max: number) {
  return textValue
    .refine((s) => !s.includes("\u0000"), { error: "contains a NUL character" })
    .refine((s) => !UNPAIRED_SURROGATE.test(s), { error: "contains broken Unicode (an unpaired surrogate)" })
    .refine((s) => s.length <= max, { error: (issue) => `is longer than ${max} characters (got ${String(issue.input).length})` });
}

/** Required text: must be non-empty after trimming. */
export function requiredText(opts: { max?: number } = {}) {
  const max = opts.max ?? MAX_TEXT_LENGTH;
  return documented(z.preprocess(toText, storableText(max).pipe(textValue.min(1, { error: "is required" }))), {
    optional: false,
    json: { type: "string", minLength: 1, maxLength: max },
  });
}

/** A record's id: required, short enough to be an index key. */
export function requiredId() {
  return requiredText({ max: MAX_ID_LENGTH });
}

/** Optional text: empty becomes `null`. */
export function optionalText(opts: { max?: number } = {}) {
  const max = opts.max ?? MAX_TEXT_LENGTH;
  return documented(
    z.preprocess(
      toText,
      storableText(max).transform((s) => (s === "" ? null : s)),
    ),
    {
      optional: true,
      json: { type: ["string", "null"], maxLength: max, description: NO_VALUE },
    },
  );
}

/** `Y`/`N` flag (case-insensitive; JSON booleans accepted), empty means the default. */
export function ynFlag(defaultValue: boolean) {
  return documented(
    z.preprocess(
      (value) => {
        if (typeof value === "boolean") return value ? "Y" : "N";
        const text = toText(value);
        return typeof text === "string" ? text.toUpperCase() : text;
      },
      z.enum(["Y", "N", ""], { error: "expected Y or N" }).transform((flag) => (flag === "" ? defaultValue : flag === "Y")),
    ),
    {
      optional: true,
      json: {
        type: ["string", "boolean", "null"],
        enum: ["Y", "N", "y", "n", "", true, false, null],
        description: "Y or N (JSON booleans accepted); empty means the default",
      },
    },
  );
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `text` is `YYYY-MM-DD` and names a real calendar day (no 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A sane range for a date field: from `earliest` (YYYY-MM-DD) to `daysAhead` days after today.
 * PostgreSQL refuses year 0000 (a batch failed with 500) and years beyond 5874897; a PIMS line
 * prints the year, so "0002-12-31" would read "12/31/2".
 */
export type DateRange = { earliest?: string; daysBack?: number; daysAhead: number };
/** Birth and death dates of animals: some parrots and tortoises outlive a century. */
const ANIMAL_DATE_RANGE: DateRange = { earliest: "1900-01-01", daysAhead: 1 };
/** When a PIMS record changed: PIMS clocks drift, so a little of the future is allowed. */
export const RECORD_CHANGE_RANGE: DateRange = { earliest: "1970-01-01", daysAhead: 2 };

/** When a parcel left: a report is about this year's shipments, not last decade's. */
export const SHIPMENT_RANGE: DateRange = { daysBack: 366, daysAhead: 1 };

function outsideRange(day: string, range: DateRange, now = Date.now()): string | null {
  const latest = isoDay(now + range.daysAhead * DAY_MS);
  const earliest = range.daysBack !== undefined ? isoDay(now - range.daysBack * DAY_MS) : (range.earliest ?? "0001-01-01");
  if (day < earliest) return `is before ${earliest}`;
  if (day > latest) return `is after ${latest}`;
  return null;
}

/** Optional calendar date kept as its `YYYY-MM-DD` text (a date has no time zone to lose). */
export function optionalDate(range: DateRange = ANIMAL_DATE_RANGE) {
  return documented(
    z.preprocess(
      toText,
      textValue
        .refine((s) => s === "" || isCalendarDate(s), {
          error: (issue) => `not a valid YYYY-MM-DD date (got "${String(issue.input).slice(0, 40)}")`,
        })
        .superRefine((s, ctx) => {
          const problem = s === "" || !isCalendarDate(s) ? null : outsideRange(s, range);
          if (problem) ctx.addIssue({ code: "custom", input: s, message: `${problem} (got "${s}")` });
        })
        .transform((s) => (s === "" ? null : s)),
    ),
    { optional: true, json: { type: ["string", "null"], format: "date", description: "YYYY-MM-DD; " + NO_VALUE } },
  );
}

// ISO 8601 / RFC 3339 timestamp that carries its offset: 2024-05-01T13:45:00-07:00, ...Z,
// optional seconds fraction, offset with or without the colon. A space instead of `T` is
// tolerated because some PIMS exports write it that way (RFC 3339 allows it).
const TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Parses an ISO 8601 timestamp with offset; `null` when it is not one. */
export function parseIsoTimestamp(text: string): Date | null {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match || !isCalendarDate(match[1])) return null;
  const [, date, hh, mm, ss = "00", fraction = "", offset] = match;
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  let offsetMinutes = 0;
  if (offset !== "Z" && offset !== "z") {
    const offsetHours = Number(offset.slice(1, 3));
    if (offsetHours > 14) return null;
    offsetMinutes = (offset[0] === "-" ? -1 : 1) * (offsetHours * 60 + Number(offset.slice(-2)));
  }
  // Date.UTC arithmetic rather than Date.parse: exact, and no string rebuilding per row.
  // Date.UTC reads years 0-99 as 1900-1999, so those are computed 400 years (a whole
  // Gregorian cycle of 146097 days) later and shifted back.
  const year = Number(date.slice(0, 4));
  const shift = year < 100 ? 400 : 0;
  const ms =
    Date.UTC(year + shift, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes, seconds) -
    (shift > 0 ? 146_097 * 86_400_000 : 0) +
    (fraction ? Number(`${fraction.slice(1)}00`.slice(0, 3)) : 0) -
    offsetMinutes * 60_000;
  return new Date(ms);
}

/** An instant within `range` (its UTC day), or the reason it is not. */
export function timestampOutsideRange(instant: Date, range: DateRange, now = Date.now()): string | null {
  return outsideRange(instant.toISOString().slice(0, 10), range, now);
}

/** Required ISO 8601 timestamp with offset, parsed to a `Date`. */
export function requiredTimestamp(range: DateRange = RECORD_CHANGE_RANGE) {
  return documented(
    z.preprocess(
      toText,
      textValue.min(1, { error: "is required" }).transform((s, ctx) => {
        const parsed = parseIsoTimestamp(s);
        if (!parsed) {
          ctx.issues.push({
            code: "custom",
            input: s,
            message: `not an ISO 8601 timestamp with offset (got "${s.slice(0, 40)}")`,
          });
          return z.NEVER;
        }
        const problem = timestampOutsideRange(parsed, range);
        if (problem) {
          ctx.issues.push({ code: "custom", input: s, message: `${problem} (got "${s.slice(0, 40)}")` });
          return z.NEVER;
        }
        return parsed;
      }),
    ),
    {
      optional: false,
      json: { type: "string", format: "date-time", description: "ISO 8601 with its offset, e.g. 2026-11-01T10:00:00-07:00" },
    },
  );
}

const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Heaviest weight accepted, in lb or kg: a draft horse is about 1,000 kg. Well inside the
 * columns' NUMERIC(8,2) (999,999.99) also after kg are converted to lb (a weight of 1,000,000
 * failed a whole batch with 500).
 */
const MAX_WEIGHT = 5_000;

/** Optional non-negative decimal (`12`, `12.5`, `.5`) up to `max`; JSON numbers accepted. */
export function optionalNonNegativeDecimal(max = MAX_WEIGHT) {
  return documented(
    z.preprocess(
      toText,
      textValue.transform((s, ctx) => {
        if (s === "") return null;
        const value = DECIMAL_PATTERN.test(s) ? Number(s) : Number.NaN;
        if (Number.isNaN(value)) {
          ctx.issues.push({ code: "custom", input: s, message: `not a decimal number (got "${s.slice(0, 40)}")` });
          return z.NEVER;
        }
        if (value < 0) {
          ctx.issues.push({ code: "custom", input: s, message: `must not be negative (got "${s.slice(0, 40)}")` });
          return z.NEVER;
        }
        if (value > max) {
          ctx.issues.push({ code: "custom", input: s, message: `must be at most ${max} (got "${s.slice(0, 40)}")` });
          return z.NEVER;
        }
        return value;
      }),
    ),
    {
      optional: true,
      json: {
        type: ["number", "string", "null"],
        minimum: 0,
        maximum: max,
        description: "a non-negative decimal (number or text); " + NO_VALUE,
      },
    },
  );
}

/** `lb` or `kg` (case-insensitive), empty means `lb` as the contract says. */
export function weightUnit() {
  return documented(
    z.preprocess(
      (value) => {
        const text = toText(value);
        return typeof text === "string" ? text.toLowerCase() : text;
      },
      z.enum(["lb", "kg", ""], { error: "expected lb or kg" }).transform((unit): "lb" | "kg" => (unit === "" ? "lb" : unit)),
    ),
    {
      optional: true,
      json: { type: ["string", "null"], enum: ["lb", "kg", "LB", "KG", "", null], description: "lb or kg; empty means lb" },
    },
  );
}

/** Number in [0, 1] (the engine's confidence). */
export function requiredScore() {
  return documented(
    z.preprocess(
      toText,
      textValue.min(1, { error: "is required" }).transform((s, ctx) => {
        const value = DECIMAL_PATTERN.test(s) ? Number(s) : Number.NaN;
        if (Number.isNaN(value) || value < 0 || value > 1) {
          ctx.issues.push({ code: "custom", input: s, message: `not a number between 0 and 1 (got "${s.slice(0, 40)}")` });
          return z.NEVER;
        }
        return value;
      }),
    ),
    { optional: false, json: { type: ["number", "string"], minimum: 0, maximum: 1 } },
  );
}
