/**
 * Writers for links.csv (`hd_client_id,client_id,decision,score`), the match export.
 * Rows are checked against the contract before writing: a bad export is a bug upstream
 * and must not reach a file other tools trust.
 */
import { ContractCsvWriter, formatContractCsv } from "./csv-writer";
import { LINKS_FILE } from "./files";
import type { LinkRow } from "./schemas";
import { validateRecord } from "./validate-record";

export const LINKS_HEADER = LINKS_FILE.columns.join(",");

/** Score text: at most 4 decimals, no trailing zeros (`0.9`, `1`, `0.8333`). */
export function formatLinkScore(score: number): string {
  return String(Number(score.toFixed(4)));
}

function toLinkCells(row: LinkRow) {
  const checked = validateRecord(LINKS_FILE, row);
  if (!checked.ok) {
    const why = checked.reasons.map((r) => `${r.field}: ${r.message}`).join("; ");
    throw new Error(`invalid links.csv row for hd_client_id "${row.hd_client_id}": ${why}`);
  }
  return {
    hd_client_id: checked.row.hd_client_id,
    client_id: checked.row.client_id,
    decision: checked.row.decision,
    score: formatLinkScore(checked.row.score),
  };
}

export interface LinksCsvWriter {
  write(row: LinkRow): Promise<void>;
  close(): Promise<void>;
}

/** Incremental writer, for exports too large to build in memory. */
export function createLinksCsvWriter(path: string): LinksCsvWriter {
  const writer = new ContractCsvWriter(LINKS_FILE, path);
  return {
    write: async (row) => writer.write(toLinkCells(row)),
    close: () => writer.close(),
  };
}

/** Writes all rows to `path`; returns how many were written. */
export async function writeLinksCsv(path: string, rows: Iterable<LinkRow> | AsyncIterable<LinkRow>): Promise<number> {
  const writer = createLinksCsvWriter(path);
  let count = 0;
  try {
    for await (const row of rows) {
      await writer.write(row);
      count += 1;
    }
  } finally {
    await writer.close();
  }
  return count;
}

/** links.csv as a string (e.g. the body of a download response). */
export function formatLinksCsv(rows: Iterable<LinkRow>): string {
  return formatContractCsv(LINKS_FILE, Array.from(rows, toLinkCells));
}
