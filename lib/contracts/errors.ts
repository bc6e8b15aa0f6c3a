/**
 * The two kinds of contract failure:
 * - `ContractFileError`: the file as a whole cannot be read (missing required column,
 *   duplicate column, broken CSV quoting, unreadable file). Thrown.
 * - `ContractRowError`: one data row is bad. Collected; the good rows are still returned.
 */

export class ContractFileError extends Error {
  override readonly name = "ContractFileError";

  constructor(
    /** File name as shown to people, e.g. `clients.csv`. */
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly reason: string,
    /** Physical line (1-based) when the problem sits on one line, e.g. a broken quote. */
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(`${file}${line === undefined ? "" : ` line ${line}`}: ${reason}`, options);
  }
}

export interface ContractRowError {
  file: string;
  /** 1-based data row (the header is not counted; blank lines are skipped). */
  row: number;
  /** 1-based physical line where the row starts (differs from row+1 with multi-line fields). */
  line: number;
  /** Offending column, or `null` when the problem is the row's shape (field count). */
  column: string | null;
  /** What is wrong with the value, e.g. `not an ISO 8601 timestamp with offset (got "x")`. */
  reason: string;
  /** Full message: `clients.csv row 17, column updated_at: not an ISO 8601 timestamp ...`. */
  message: string;
}

export function rowError(file: string, row: number, line: number, column: string | null, reason: string): ContractRowError {
  const where = column === null ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
  return { file, row, line, column, reason, message: `${where}: ${reason}` };
}
