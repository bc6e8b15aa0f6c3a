// Shapes a pending change for the review form: its title, who it concerns, where it came from,
// and a before/after row per value with the changed ones marked. Dates are formatted here, on
// the server, in the practice's time zone, so the browser renders exactly the same text.
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { formatInZone } from "@/lib/format/dates";
import type { PendingChangeRow } from "@/lib/sync/queries";
import { CHANGE_TITLES, displayValue, VALUE_LABELS } from "./change-labels";

export type DiffRow = { key: string; label: string; before: string; after: string; changed: boolean };

export type ChangeView = {
  id: string;
  isPetName: boolean;
  title: string;
  subject: string;
  pimsRef: string;
  origin: string;
  rows: DiffRow[];
  activePrescriptions: number;
  newName: string | null;
};

const ORDER = Object.keys(VALUE_LABELS);
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

/** Phones are stored in E.164; a US number reads better as (503) 555-0100. */
function shown(key: string, value: unknown) {
  if (key.endsWith("Phone") && typeof value === "string") {
    const phone = parsePhoneNumberFromString(value);
    if (phone) return phone.country === "US" ? phone.formatNational() : phone.formatInternational();
  }
  return displayValue(key, value);
}

export function toChangeView(row: PendingChangeRow, timeZone: string): ChangeView {
  // JSONB does not keep key order: list values in the order a person reads a record.
  const keys = [...new Set([...Object.keys(row.before), ...Object.keys(row.after)])].sort((a, b) => rank(a) - rank(b));
  const rows = keys.map((key) => {
    const before = shown(key, row.before[key]);
    const after = shown(key, row.after[key]);
    return { key, label: VALUE_LABELS[key] ?? key, before, after, changed: before !== after };
  });
  return {
    id: row.id,
    isPetName: row.field === "pet_name",
    title: CHANGE_TITLES[row.field] ?? row.field,
    subject: row.subject,
    pimsRef: `${row.entity === "client" ? "PIMS client" : "PIMS patient"} ${row.pimsId}`,
    origin: row.batch
      ? `Received ${formatInZone(row.batch.receivedAt, timeZone)} in ${row.batch.mode === "full" ? "first-load" : "update"} batch ${row.batch.batchKey}`
      : `Received ${formatInZone(row.createdAt, timeZone)}`,
    rows,
    activePrescriptions: row.activePrescriptions,
    newName: row.field === "pet_name" && typeof row.after.name === "string" ? row.after.name : null,
  };
}
