/**
 * Reading a PIMS export folder (contract section 1: clients.csv + patients.csv) the way the
 * sync agent does: check both files and their headers before anything is sent, count their
 * rows cheaply (for the server's progress and ETA), then stream the rows as plain records
 * keyed by the contract's column names, in batches. Values are sent as they are in the file
 * (the server validates every record); only rows whose field count differs from the header
 * are held back here, since their values cannot be told apart.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { ContractFileError } from "@/lib/contracts/errors";
import { PIMS_CLIENTS_LAYOUT, PIMS_PATIENTS_LAYOUT, type FileLayout } from "@/lib/contracts/layouts";
import { CsvSyntaxError, countCsvRecords, readCsvRecords } from "./csv";

export type RecordKind = "client" | "patient";

export const EXPORT_FILES: Record<RecordKind, FileLayout> = {
  client: PIMS_CLIENTS_LAYOUT,
  patient: PIMS_PATIENTS_LAYOUT,
};

export const RECORD_KINDS: readonly RecordKind[] = ["client", "patient"];

/** A record as sent: contract column -> value as in the file (empty values left out). */
type ExportRecord = Record<string, string>;

/** A row held back by the agent (its shape is wrong), reported like a rejected record. */
export interface LocalProblem {
  file: string;
  row: number;
  line: number;
  column: string | null;
  message: string;
}

export interface ExportFileInfo {
  kind: RecordKind;
  file: string;
  path: string;
  size: number;
  mtimeMs: number;
}

export function exportFilePath(dir: string, kind: RecordKind): string {
  return join(dir, EXPORT_FILES[kind].fileName);
}

function toFileError(file: string, error: unknown): ContractFileError {
  if (error instanceof ContractFileError) return error;
  if (error instanceof CsvSyntaxError)
    return new ContractFileError(file, `malformed CSV: ${error.reason}`, error.line, { cause: error });
  return new ContractFileError(file, `cannot read file: ${(error as Error).message}`, undefined, { cause: error });
}

/** Size and mtime of both files; a ContractFileError naming the file when one is missing. */
export async function statExportFiles(dir: string): Promise<ExportFileInfo[]> {
  const infos: ExportFileInfo[] = [];
  for (const kind of RECORD_KINDS) {
    const file = EXPORT_FILES[kind].fileName;
    const path = exportFilePath(dir, kind);
    const info = await stat(path).catch(() => null);
    if (!info) throw new ContractFileError(file, `file not found (expected ${path})`);
    if (!info.isFile()) throw new ContractFileError(file, `${path} is not a file`);
    infos.push({ kind, file, path, size: info.size, mtimeMs: info.mtimeMs });
  }
  return infos;
}

export interface ResolvedHeader {
  /** [contract column, index in the row] for every contract column present. */
  columns: [string, number][];
  width: number;
}

/** Maps the header to contract columns (case-insensitive, extra columns ignored). */
function resolveHeader(spec: FileLayout, header: string[], line: number): ResolvedHeader {
  const known = new Set(spec.columns);
  const indexes = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) return;
    if (indexes.has(name)) throw new ContractFileError(spec.fileName, `duplicate column ${name} in header`, line);
    indexes.set(name, index);
  });
  const missing = spec.requiredColumns.filter((column) => !indexes.has(column));
  if (missing.length > 0) {
    const plural = missing.length > 1 ? "s" : "";
    throw new ContractFileError(spec.fileName, `missing required column${plural} ${missing.join(", ")} in header`, line);
  }
  return { columns: [...indexes], width: header.length };
}

/** Reads only the header of a file and checks it (throws ContractFileError). */
export async function checkHeader(path: string, kind: RecordKind): Promise<ResolvedHeader> {
  const spec = EXPORT_FILES[kind];
  try {
    for await (const records of readCsvRecords(path)) {
      return resolveHeader(spec, records[0].fields, records[0].line);
    }
  } catch (error) {
    throw toFileError(spec.fileName, error);
  }
  throw new ContractFileError(spec.fileName, "file is empty (no header row)");
}

/** Data rows of a file (header excluded); also checks the whole file's quoting. */
export async function countRows(path: string, kind: RecordKind): Promise<number> {
  try {
    return Math.max(0, (await countCsvRecords(path)) - 1);
  } catch (error) {
    throw toFileError(EXPORT_FILES[kind].fileName, error);
  }
}

export interface Batch {
  /** Position in the whole push (clients batches first), from 0. */
  index: number;
  kind: RecordKind;
  /** Position among the batches of its file, from 0. */
  fileIndex: number;
  records: ExportRecord[];
  /** Data row number (1-based, header excluded) of each record, for messages. */
  rows: number[];
  /** The final batch of the push. */
  last: boolean;
}

async function* fileBatches(
  path: string,
  kind: RecordKind,
  batchSize: number,
  onProblem: (problem: LocalProblem) => void,
): AsyncGenerator<{ records: ExportRecord[]; rows: number[] }> {
  const spec = EXPORT_FILES[kind];
  const file = spec.fileName;
  let header: ResolvedHeader | null = null;
  let names: string[] = [];
  let indexes: number[] = [];
  let row = 0;
  let records: ExportRecord[] = [];
  let rows: number[] = [];
  try {
    for await (const chunk of readCsvRecords(path)) {
      for (const { fields, line } of chunk) {
        if (header === null) {
          header = resolveHeader(spec, fields, line);
          names = header.columns.map(([name]) => name);
          indexes = header.columns.map(([, index]) => index);
          continue;
        }
        row += 1;
        if (fields.length !== header.width) {
          const message = `${file} row ${row}: expected ${header.width} fields like the header, found ${fields.length}; row not sent`;
          onProblem({ file, row, line, column: null, message });
          continue;
        }
        const record: ExportRecord = {};
        for (let i = 0; i < names.length; i += 1) {
          const value = fields[indexes[i]];
          if (value !== "") record[names[i]] = value;
        }
        records.push(record);
        rows.push(row);
        if (records.length === batchSize) {
          yield { records, rows };
          records = [];
          rows = [];
        }
      }
    }
  } catch (error) {
    throw toFileError(file, error);
  }
  if (header === null) throw new ContractFileError(file, "file is empty (no header row)");
  if (records.length > 0) yield { records, rows };
}

/**
 * Batches of the export: every clients.csv batch, then every patients.csv batch, the final
 * one flagged `last`. A push with no rows at all still yields one empty client batch (so a
 * full load can be marked complete). One batch is read ahead to know which is last.
 */
export async function* exportBatches(
  dir: string,
  options: { batchSize: number; onProblem?: (problem: LocalProblem) => void; allowEmpty?: boolean },
): AsyncGenerator<Batch> {
  const onProblem = options.onProblem ?? (() => {});
  let index = 0;
  let held: Batch | null = null;
  for (const kind of RECORD_KINDS) {
    let fileIndex = 0;
    for await (const { records, rows } of fileBatches(exportFilePath(dir, kind), kind, options.batchSize, onProblem)) {
      if (held) yield held;
      held = { index: index++, kind, fileIndex: fileIndex++, records, rows, last: false };
    }
  }
  if (held) yield { ...held, last: true };
  else if (options.allowEmpty) yield { index: 0, kind: "client", fileIndex: 0, records: [], rows: [], last: true };
}
