/**
 * Minimal RFC 4180 writer with stream backpressure. Rows end with `\n` (csv-parse and
 * spreadsheet tools accept it, and line-based tools do not see a stray `\r`).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import type { ContractFileSpec } from "./files";

/** A cell value as rows hold it; converted to contract text by `toCsvText`. */
export type CsvCell = string | number | boolean | Date | null | undefined;

const isSpace = (code: number) => code <= 32 || code === 0xa0 || code === 0xfeff;

/**
 * RFC 4180 quoting is needed for `"`, `,`, CR and LF; edge whitespace is quoted too so
 * that readers that trim unquoted fields keep it. A char loop, not a regex: this runs
 * for every field of every generated row.
 */
function needsQuotes(text: string): boolean {
  if (text.length === 0) return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) return true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 || code === 44 || code === 10 || code === 13) return true;
  }
  return false;
}

/** Contract text for one value: `null` -> empty, booleans -> `Y`/`N`, Dates -> ISO 8601. */
function toCsvText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Y" : "N";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function formatCsvField(value: CsvCell): string {
  const text = toCsvText(value);
  return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsvLine(values: readonly CsvCell[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i === 0 ? "" : ",") + formatCsvField(values[i]);
  return `${line}\n`;
}

const FLUSH_AT = 64 * 1024;

/** Appends CSV lines to a file, buffering small writes and waiting when the disk lags. */
export class CsvFileWriter {
  private readonly stream: WriteStream;
  private buffer = "";
  private failure: Error | null = null;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.stream.on("error", (error) => {
      this.failure = error;
    });
    this.buffer = formatCsvLine(header);
  }

  /**
   * Queues one line. Returns a promise only when the buffer went to disk and the disk is
   * behind; hot loops can skip the await otherwise: `const wait = w.writeLine(v); if (wait) await wait;`
   */
  writeLine(values: readonly CsvCell[]): Promise<void> | undefined {
    this.buffer += formatCsvLine(values);
    return this.buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        this.stream.once("error", onError);
        this.stream.once("drain", () => {
          this.stream.off("error", onError);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunk = this.buffer;
    this.buffer = "";
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(chunk, () => resolve());
    });
    if (this.failure) throw this.failure;
  }
}

/** Writer for one contract file: header from the spec, rows as objects keyed by column. */
export class ContractCsvWriter<Row> {
  private readonly writer: CsvFileWriter;

  constructor(
    private readonly spec: ContractFileSpec<Row>,
    path: string,
  ) {
    this.writer = new CsvFileWriter(path, spec.columns);
  }

  async write(row: { readonly [column: string]: CsvCell }): Promise<void> {
    await this.writer.writeLine(this.spec.columns.map((column) => row[column]));
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

/** Whole contract file as text (small files, e.g. an HTTP download). */
export function formatContractCsv<Row>(
  spec: ContractFileSpec<Row>,
  rows: Iterable<{ readonly [column: string]: CsvCell }>,
): string {
  let text = formatCsvLine(spec.columns);
  for (const row of rows) text += formatCsvLine(spec.columns.map((column) => row[column]));
  return text;
}
