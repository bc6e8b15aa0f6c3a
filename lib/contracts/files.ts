/**
 * The contract files: each layout (layouts.ts) with the schema of its rows.
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
import {
  HOME_DELIVERY_CLIENTS_LAYOUT,
  HOME_DELIVERY_PETS_LAYOUT,
  LINKS_LAYOUT,
  PIMS_CLIENTS_LAYOUT,
  PIMS_PATIENTS_LAYOUT,
  TRUTH_LAYOUT,
  type FileLayout,
} from "./layouts";

export interface ContractFileSpec<Row> extends FileLayout {
  schema: z.ZodType<Row, unknown>;
}

export const PIMS_CLIENTS_FILE: ContractFileSpec<PimsClientRow> = { ...PIMS_CLIENTS_LAYOUT, schema: pimsClientSchema };
export const PIMS_PATIENTS_FILE: ContractFileSpec<PimsPatientRow> = { ...PIMS_PATIENTS_LAYOUT, schema: pimsPatientSchema };
export const HOME_DELIVERY_CLIENTS_FILE: ContractFileSpec<HomeDeliveryClientRow> = {
  ...HOME_DELIVERY_CLIENTS_LAYOUT,
  schema: homeDeliveryClientSchema,
};
export const HOME_DELIVERY_PETS_FILE: ContractFileSpec<HomeDeliveryPetRow> = {
  ...HOME_DELIVERY_PETS_LAYOUT,
  schema: homeDeliveryPetSchema,
};
export const LINKS_FILE: ContractFileSpec<LinkRow> = { ...LINKS_LAYOUT, schema: linkSchema };
export const TRUTH_FILE: ContractFileSpec<TruthRow> = { ...TRUTH_LAYOUT, schema: truthSchema };
