/**
 * The contract files: their names, column order (as written), which columns a header must
 * contain, the row schema, and the column whose values must be unique within one file.
 */
import type { z } from "zod";
import {
  homeDeliveryClientSchema,
  homeDeliveryPetSchema,
  linkSchema,
  pimsClientSchema,
  pimsPatientSchema,
  truthSchema,
  type HomeDeliveryClientRow,
  type HomeDeliveryPetRow,
  type LinkRow,
  type PimsClientRow,
  type PimsPatientRow,
  type TruthRow,
} from "./schemas";

export interface ContractFileSpec<Row> {
  /** File name used in error messages and as the default on disk. */
  fileName: string;
  /** Every contract column, in the order writers emit them. */
  columns: readonly string[];
  /** Columns the header must contain; a missing one makes the whole file unusable. */
  requiredColumns: readonly string[];
  schema: z.ZodType<Row, unknown>;
  /** Column whose value may appear only once per file (an id), if any. */
  uniqueColumn?: string;
}

export const PIMS_CLIENTS_FILE: ContractFileSpec<PimsClientRow> = {
  fileName: "clients.csv",
  columns: [
    "client_id", "first_name", "last_name", "address1", "address2", "city", "state", "postal_code",
    "home_phone", "cell_phone", "work_phone", "email", "inactive", "updated_at",
  ],
  requiredColumns: ["client_id", "first_name", "last_name", "updated_at"],
  schema: pimsClientSchema,
  uniqueColumn: "client_id",
};

export const PIMS_PATIENTS_FILE: ContractFileSpec<PimsPatientRow> = {
  fileName: "patients.csv",
  columns: [
    "patient_id", "client_id", "name", "species", "breed", "sex", "birth_date", "weight",
    "weight_unit", "deceased", "deceased_date", "updated_at",
  ],
  requiredColumns: ["patient_id", "client_id", "name", "species", "updated_at"],
  schema: pimsPatientSchema,
  uniqueColumn: "patient_id",
};

export const HOME_DELIVERY_CLIENTS_FILE: ContractFileSpec<HomeDeliveryClientRow> = {
  fileName: "home-delivery-clients.csv",
  columns: [
    "hd_client_id", "first_name", "last_name", "address1", "address2", "city", "state",
    "postal_code", "phone", "email",
  ],
  requiredColumns: ["hd_client_id"],
  schema: homeDeliveryClientSchema,
  uniqueColumn: "hd_client_id",
};

export const HOME_DELIVERY_PETS_FILE: ContractFileSpec<HomeDeliveryPetRow> = {
  fileName: "home-delivery-pets.csv",
  columns: ["hd_pet_id", "hd_client_id", "name", "species", "breed", "birth_date", "weight_lb"],
  requiredColumns: ["hd_pet_id", "hd_client_id"],
  schema: homeDeliveryPetSchema,
  uniqueColumn: "hd_pet_id",
};

export const LINKS_FILE: ContractFileSpec<LinkRow> = {
  fileName: "links.csv",
  columns: ["hd_client_id", "client_id", "decision", "score"],
  requiredColumns: ["hd_client_id", "client_id", "decision", "score"],
  schema: linkSchema,
  uniqueColumn: "hd_client_id",
};

export const TRUTH_FILE: ContractFileSpec<TruthRow> = {
  fileName: "truth.csv",
  columns: ["hd_client_id", "client_id"],
  requiredColumns: ["hd_client_id", "client_id"],
  schema: truthSchema,
  uniqueColumn: "hd_client_id",
};
