// Validates and normalizes every record of a batch on its own: bad records get a reason each
// (`rejected`), good ones go on. A record id repeated within one batch keeps its newest version;
// the older copy is reported apart (`duplicates`), so the counts never read a message's words.
import { quotable } from "@/lib/contracts/fields";
import { validatePimsClientRecord, validatePimsPatientRecord } from "@/lib/contracts/validate-record";
import { normalizeClient, normalizePatient, type NormalizedClient, type NormalizedPatient } from "./normalize";
import type { RecordError } from "./batch-schema";

function idOf(record: unknown, field: string): string | null {
  if (typeof record !== "object" || record === null) return null;
  const value = (record as Record<string, unknown>)[field];
  return typeof value === "string" && value.trim() ? quotable(value.trim()) : null;
}

type Entry<T> = { row: T; id: string; position: number };

function keepNewest<T extends { updatedAt: Date }>(
  rows: Entry<T>[],
  type: RecordError["type"],
  duplicates: RecordError[],
): Entry<T>[] {
  const byId = new Map<string, Entry<T>>();
  for (const entry of rows) {
    const seen = byId.get(entry.id);
    if (!seen) {
      byId.set(entry.id, entry);
      continue;
    }
    const [older, newer] = seen.row.updatedAt > entry.row.updatedAt ? [entry, seen] : [seen, entry];
    duplicates.push({
      type,
      id: entry.id,
      position: older.position,
      field: type === "client" ? "client_id" : "patient_id",
      message: "appears twice in this batch; the newer copy was used",
    });
    byId.set(entry.id, newer);
  }
  return [...byId.values()];
}

export function validateBatchRecords(clients: unknown[], patients: unknown[]) {
  const rejected: RecordError[] = [];
  const goodClients: { row: NormalizedClient; id: string; position: number }[] = [];
  clients.forEach((record, position) => {
    const result = validatePimsClientRecord(record);
    if (!result.ok) {
      for (const reason of result.reasons)
        rejected.push({
          type: "client",
          id: idOf(record, "client_id"),
          position,
          field: reason.field || null,
          message: quotable(reason.message, 500),
        });
      return;
    }
    goodClients.push({ row: normalizeClient(result.row), id: result.row.client_id, position });
  });
  const goodPatients: { row: NormalizedPatient; id: string; position: number }[] = [];
  patients.forEach((record, position) => {
    const result = validatePimsPatientRecord(record);
    if (!result.ok) {
      for (const reason of result.reasons)
        rejected.push({
          type: "patient",
          id: idOf(record, "patient_id"),
          position,
          field: reason.field || null,
          message: quotable(reason.message, 500),
        });
      return;
    }
    goodPatients.push({ row: normalizePatient(result.row), id: result.row.patient_id, position });
  });
  const duplicates: RecordError[] = [];
  return {
    clients: keepNewest(goodClients, "client", duplicates),
    patients: keepNewest(goodPatients, "patient", duplicates),
    rejected,
    duplicates,
  };
}
