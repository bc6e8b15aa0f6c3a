/**
 * `COPY ... FROM STDIN` for the sync hot path: PostgreSQL's cheapest way in (about half the
 * server CPU of an `unnest` upsert of the same rows, measured on pims_clients). Rows are sent
 * in COPY's text format, every value escaped, so any text survives byte for byte.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | Date | null | undefined;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One value in COPY text format: `\N` for null, booleans as t/f, dates as ISO 8601. */
export function copyText(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Streams `rows` into `table (columns)`; columns left out take their defaults. */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: CopyValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  const CHUNK = 1_000; // lines per write: bounded memory, few stream calls
  function* chunks() {
    for (let i = 0; i < rows.length; i += CHUNK) {
      let text = "";
      for (const row of rows.slice(i, i + CHUNK)) text += row.map(copyText).join("\t") + "\n";
      yield text;
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`)));
}
