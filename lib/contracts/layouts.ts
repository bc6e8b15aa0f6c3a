/**
 * The contract files' layouts: names, column order (as written), the columns a header must
 * contain and the column that must be unique. No row schemas here (those are in files.ts), so
 * the agent simulator can read headers without loading zod: it starts in a fraction of the time.
 */
export interface FileLayout {
  /** File name used in error messages and as the default on disk. */
  fileName: string;
  /** Every contract column, in the order writers emit them. */
  columns: readonly string[];
  /** Columns the header must contain; a missing one makes the whole file unusable. */
  requiredColumns: readonly string[];
  /** Column whose value may appear only once per file (an id), if any. */
  uniqueColumn?: string;
}

export const PIMS_CLIENTS_LAYOUT: FileLayout = {
  fileName: "clients.csv",
  columns: [
    "client_id",
    "first_name",
    "last_name",
    "address1",
    "address2",
    "city",
    "state",
    "postal_code",
    "home_phone",
    "cell_phone",
    "work_phone",
    "email",
    "inactive",
    "updated_at",
  ],
  requiredColumns: ["client_id", "first_name", "last_name", "updated_at"],
  uniqueColumn: "client_id",
};

export const PIMS_PATIENTS_LAYOUT: FileLayout = {
  fileName: "patients.csv",
  columns: [
    "patient_id",
    "client_id",
    "name",
    "species",
    "breed",
    "sex",
    "birth_date",
    "weight",
    "weight_unit",
    "deceased",
    "deceased_date",
    "updated_at",
  ],
  requiredColumns: ["patient_id", "client_id", "name", "species", "updated_at"],
  uniqueColumn: "patient_id",
};

export const HOME_DELIVERY_CLIENTS_LAYOUT: FileLayout = {
  fileName: "home-delivery-clients.csv",
  columns: ["hd_client_id", "first_name", "last_name", "address1", "address2", "city", "state", "postal_code", "phone", "email"],
  requiredColumns: ["hd_client_id"],
  uniqueColumn: "hd_client_id",
};

export const HOME_DELIVERY_PETS_LAYOUT: FileLayout = {
  fileName: "home-delivery-pets.csv",
  columns: ["hd_pet_id", "hd_client_id", "name", "species", "breed", "birth_date", "weight_lb"],
  requiredColumns: ["hd_pet_id", "hd_client_id"],
  uniqueColumn: "hd_pet_id",
};

export const LINKS_LAYOUT: FileLayout = {
  fileName: "links.csv",
  columns: ["hd_client_id", "client_id", "decision", "score"],
  requiredColumns: ["hd_client_id", "client_id", "decision", "score"],
  uniqueColumn: "hd_client_id",
};

export const TRUTH_LAYOUT: FileLayout = {
  fileName: "truth.csv",
  columns: ["hd_client_id", "client_id"],
  requiredColumns: ["hd_client_id", "client_id"],
  uniqueColumn: "hd_client_id",
};
