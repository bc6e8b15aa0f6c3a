// For a "changes since a date" re-sync: the export's rows whose updated_at is on or after the
// date, written as a delta export folder (the same files and columns) for the push to send.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { EXPORT_FILES, RECORD_KINDS, exportFilePath } from "./export-files";

export function writeChangesSince(dir: string, since: string): { dir: string; rows: number } {
  const out = mkdtempSync(path.join(tmpdir(), "pims-link-since-"));
  const from = new Date(`${since}T00:00:00Z`).getTime();
  let rows = 0;
  for (const kind of RECORD_KINDS) {
    const [header, ...records] = parse(readFileSync(exportFilePath(dir, kind)), {
      bom: true,
      skip_empty_lines: true,
    }) as string[][];
    const at = header.indexOf("updated_at");
    const changed = records.filter((r) => new Date(r[at]).getTime() >= from);
    rows += changed.length;
    writeFileSync(path.join(out, EXPORT_FILES[kind].fileName), stringify([header, ...changed]));
  }
  return { dir: out, rows };
}
