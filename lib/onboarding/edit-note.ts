// The words of an "edit" event on the timeline: one module writes them and reads them back, so
// the timeline can show what changed as "before → after" without a second copy of the format.
export type EditChange = { what: string; before: string; after: string };

/** The note stored on the event, e.g. `Cornerstone version changed from "9.5" to "9.6"`. */
export function editNote(change: EditChange, suffix?: string): string {
  return `${change.what} changed from "${change.before}" to "${change.after}"${suffix ? ` (${suffix})` : ""}`;
}

const NOTE = /^(.+?) changed from "(.*)" to "(.*)"(?: \((.+)\))?$/s;

/** The parts of an edit note, or null for a note not written by `editNote`. */
export function parseEditNote(note: string | null): (EditChange & { suffix: string | null }) | null {
  const m = note?.match(NOTE);
  return m ? { what: m[1], before: m[2], after: m[3], suffix: m[4] ?? null } : null;
}
