/**
 * Validates one record object (a parsed CSV row, or a JSON record posted to the sync API
 * with the same field names as the CSV columns). Unknown fields are ignored.
 */
import {
  HOME_DELIVERY_CLIENTS_FILE,
  HOME_DELIVERY_PETS_FILE,
  LINKS_FILE,
  PIMS_CLIENTS_FILE,
  PIMS_PATIENTS_FILE,
  type ContractFileSpec,
} from "./files";
import type { HomeDeliveryClientRow, HomeDeliveryPetRow, LinkRow, PimsClientRow, PimsPatientRow } from "./schemas";

interface FieldProblem {
  /** Field (CSV column) name; `""` when the record itself is unusable (e.g. not an object). */
  field: string;
  message: string;
}

export type RecordValidation<Row> = { ok: true; row: Row } | { ok: false; reasons: FieldProblem[] };

export function validateRecord<Row>(spec: ContractFileSpec<Row>, input: unknown): RecordValidation<Row> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, reasons: [{ field: "", message: "expected an object with named fields" }] };
  }
  const result = spec.schema.safeParse(input);
  if (result.success) return { ok: true, row: result.data };
  const reasons = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? String(issue.path[0]) : "",
    message: issue.message,
  }));
  // Keep the reasons in column order so messages read left to right like the file.
  const order = new Map(spec.columns.map((column, index) => [column, index]));
  reasons.sort((a, b) => (order.get(a.field) ?? -1) - (order.get(b.field) ?? -1));
  return { ok: false, reasons };
}

export const validatePimsClientRecord = (input: unknown): RecordValidation<PimsClientRow> =>
  validateRecord(PIMS_CLIENTS_FILE, input);
export const validatePimsPatientRecord = (input: unknown): RecordValidation<PimsPatientRow> =>
  validateRecord(PIMS_PATIENTS_FILE, input);
export const validateHomeDeliveryClientRecord = (input: unknown): RecordValidation<HomeDeliveryClientRow> =>
  validateRecord(HOME_DELIVERY_CLIENTS_FILE, input);
export const validateHomeDeliveryPetRecord = (input: unknown): RecordValidation<HomeDeliveryPetRow> =>
  validateRecord(HOME_DELIVERY_PETS_FILE, input);
export const validateLinkRecord = (input: unknown): RecordValidation<LinkRow> => validateRecord(LINKS_FILE, input);
