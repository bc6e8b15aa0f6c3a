/**
 * Streaming reader for any contract file: RFC 4180 via csv-parse, BOM tolerated, header
 * matched by name (case-insensitive, extra columns ignored), each row validated with the
 * file's schema. Bad rows become `ContractRowError`s; problems that make the whole file
 * unusable throw `ContractFileError`.
 */
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { pipeline, type Readable } from "node:stream";
import { parse } from "csv-parse";
import { ContractFileError, rowError, type ContractRowError } from "./errors";
import type { ContractFileSpec } from "./files";
import { validateRecord } from "./validate-record";

/** A file path, or an already-open stream of CSV text (e.g. an upload). */
export type CsvSource = string | Readable;

export interface ReadCsvOptions {
  /** Name used in messages; defaults to the path's base name, else the spec's file name. */
  fileName?: string;
}

export type RowOutcome<Row> =
  | { ok: true; row: Row; rowNumber: number; line: number }
  | { ok: false; errors: ContractRowError[]; rowNumber: number; line: number };

export interface ContractReadResult<Row> {
  rows: Row[];
  errors: ContractRowError[];
}

/** Maps each contract column to its index in the header; throws when the header is unusable. */
function resolveHeader(spec: ContractFileSpec<unknown>, fileName: string, header: string[], line: number): Map<string, number> {
  const known = new Set(spec.columns);
  const indexes = new Map<string, number>();
  header.forEach((rawName, index) => {
    const name = rawName.trim().toLowerCase();
    if (!known.has(name)) return; // unknown extra columns are ignored by contract
    if (indexes.has(name)) throw new ContractFileError(fileName, `duplicate column ${name} in header`, line);
    indexes.set(name, index);
  });
  const missing = spec.requiredColumns.filter((column) => !indexes.has(column));
  if (missing.length > 0) {
    const plural = missing.length > 1 ? "s" : "";
    throw new ContractFileError(fileName, `missing required column${plural} ${missing.join(", ")} in header`, line);
  }
  return indexes;
}

function openSource(source: CsvSource): Readable {
  return typeof source === "string" ? createReadStream(source) : source;
}

function defaultFileName(spec: ContractFileSpec<unknown>, source: CsvSource, options?: ReadCsvOptions) {
  return options?.fileName ?? (typeof source === "string" ? basename(source) : spec.fileName);
}

/** Yields one outcome per data row, in file order, without holding the file in memory. */
export async function* streamContractCsv<Row>(
  spec: ContractFileSpec<Row>,
  source: CsvSource,
  options?: ReadCsvOptions,
): AsyncGenerator<RowOutcome<Row>> {
  const fileName = defaultFileName(spec, source, options);
  // No `info`/`skip_empty_lines`: csv-parse's per-record info objects cost more than the
  // parsing itself, so lines are counted here instead (blank lines arrive as [""]).
  const parser = parse({ bom: true, relax_column_count: true });
  // pipeline (unlike pipe) destroys the parser when the source fails (e.g. ENOENT), so the
  // loop below throws instead of waiting forever. The callback only silences the duplicate.
  pipeline(openSource(source), parser, () => {});

  let indexes: Map<string, number> | null = null;
  let headerWidth = 0;
  let rowNumber = 0;
  let nextLine = 1;
  const seenIds = new Map<string, number>();
  const unique = spec.uniqueColumn;

  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      // Physical line where this record starts; quoted fields may hold line breaks.
      const line = nextLine;
      nextLine += 1 + countLineBreaks(record);
      if (record.length === 1 && record[0].trim() === "") continue; // blank line
      if (indexes === null) {
        indexes = resolveHeader(spec, fileName, record, line);
        headerWidth = record.length;
        continue;
      }
      rowNumber += 1;

      if (record.length !== headerWidth) {
        const reason = `expected ${headerWidth} fields like the header, found ${record.length}`;
        yield { ok: false, errors: [rowError(fileName, rowNumber, line, null, reason)], rowNumber, line };
        continue;
      }

      const values: Record<string, string> = {};
      for (const [column, index] of indexes) values[column] = record[index];

      const result = validateRecord(spec, values);
      if (!result.ok) {
        const errors = result.reasons.map((r) => rowError(fileName, rowNumber, line, r.field || null, r.message));
        yield { ok: false, errors, rowNumber, line };
        continue;
      }

      if (unique !== undefined) {
        const id = (values[unique] ?? "").trim();
        const firstRow = seenIds.get(id);
        if (firstRow !== undefined) {
          const reason = `duplicate ${unique} "${id}" (first seen at row ${firstRow})`;
          yield { ok: false, errors: [rowError(fileName, rowNumber, line, unique, reason)], rowNumber, line };
          continue;
        }
        seenIds.set(id, rowNumber);
      }
      yield { ok: true, row: result.row, rowNumber, line };
    }
  } catch (error) {
    throw toFileError(fileName, error);
  }
  if (indexes === null) throw new ContractFileError(fileName, "file is empty (no header row)");
}

function countLineBreaks(record: string[]): number {
  let count = 0;
  for (const field of record) {
    for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) count += 1;
  }
  return count;
}

function toFileError(fileName: string, error: unknown): ContractFileError {
  if (error instanceof ContractFileError) return error;
  const err = error as { code?: string; lines?: number; message?: string };
  if (typeof err?.code === "string" && err.code.startsWith("CSV_")) {
    // csv-parse messages already say "at line N"; keep only the part before it.
    const reason = `malformed CSV: ${String(err.message).replace(/ at line \d+.*$/s, "")}`;
    return new ContractFileError(fileName, reason, err.lines, { cause: error });
  }
  return new ContractFileError(fileName, `cannot read file: ${err?.message ?? String(error)}`, undefined, {
    cause: error,
  });
}

/** Reads a whole contract file: good rows plus the per-row errors. */
export async function readContractCsv<Row>(
  spec: ContractFileSpec<Row>,
  source: CsvSource,
  options?: ReadCsvOptions,
): Promise<ContractReadResult<Row>> {
  const rows: Row[] = [];
  const errors: ContractRowError[] = [];
  for await (const outcome of streamContractCsv(spec, source, options)) {
    if (outcome.ok) rows.push(outcome.row);
    else errors.push(...outcome.errors);
  }
  return { rows, errors };
}
