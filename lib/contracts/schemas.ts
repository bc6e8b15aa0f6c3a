/**
 * One zod schema per contract file row (see /work/shared/contracts/data-files.md).
 *
 * Field names are the CSV column names, so a JSON record from the sync API validates with
 * the same schema. Optional values come out as `null`, flags as booleans, decimals as
 * numbers, `updated_at` as a `Date`; calendar dates stay `YYYY-MM-DD` strings.
 */
import { z } from "zod";
import {
  optionalDate,
  optionalNonNegativeDecimal,
  optionalText,
  requiredScore,
  requiredId,
  requiredText,
  requiredTimestamp,
  weightUnit,
  ynFlag,
} from "./fields";

export const pimsClientSchema = z.object({
  client_id: requiredId(),
  first_name: requiredText(),
  last_name: requiredText(),
  address1: optionalText(),
  address2: optionalText(),
  city: optionalText(),
  state: optionalText(),
  postal_code: optionalText(),
  home_phone: optionalText(),
  cell_phone: optionalText(),
  work_phone: optionalText(),
  email: optionalText(),
  inactive: ynFlag(false),
  updated_at: requiredTimestamp(),
});
export type PimsClientRow = z.output<typeof pimsClientSchema>;

export const pimsPatientSchema = z.object({
  patient_id: requiredId(),
  client_id: requiredId(),
  name: requiredText(),
  species: requiredText(),
  breed: optionalText(),
  sex: optionalText(),
  birth_date: optionalDate(),
  weight: optionalNonNegativeDecimal(),
  weight_unit: weightUnit(),
  deceased: ynFlag(false),
  deceased_date: optionalDate(),
  updated_at: requiredTimestamp(),
});
export type PimsPatientRow = z.output<typeof pimsPatientSchema>;

export const homeDeliveryClientSchema = z.object({
  hd_client_id: requiredId(),
  first_name: optionalText(),
  last_name: optionalText(),
  address1: optionalText(),
  address2: optionalText(),
  city: optionalText(),
  state: optionalText(),
  postal_code: optionalText(),
  phone: optionalText(),
  email: optionalText(),
});
export type HomeDeliveryClientRow = z.output<typeof homeDeliveryClientSchema>;

export const homeDeliveryPetSchema = z.object({
  hd_pet_id: requiredId(),
  hd_client_id: requiredId(),
  name: optionalText(),
  species: optionalText(),
  breed: optionalText(),
  birth_date: optionalDate(),
  weight_lb: optionalNonNegativeDecimal(),
});
export type HomeDeliveryPetRow = z.output<typeof homeDeliveryPetSchema>;

const LINK_DECISIONS = ["merged", "review", "unmatched"] as const;

export const linkSchema = z
  .object({
    hd_client_id: requiredId(),
    client_id: optionalText({ max: 100 }),
    decision: z.preprocess(
      (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
      z.enum(LINK_DECISIONS, { error: "expected merged, review or unmatched" }),
    ),
    score: requiredScore(),
  })
  .superRefine((row, ctx) => {
    // `merged` and `review` name a PIMS client; `unmatched` is linked to none.
    if (row.decision !== "unmatched" && row.client_id === null) {
      ctx.addIssue({ code: "custom", path: ["client_id"], message: `is required when decision is ${row.decision}` });
    }
    if (row.decision === "unmatched" && row.client_id !== null) {
      ctx.addIssue({ code: "custom", path: ["client_id"], message: "must be empty when decision is unmatched" });
    }
  });
export type LinkRow = z.output<typeof linkSchema>;

export const truthSchema = z.object({
  hd_client_id: requiredId(),
  client_id: requiredId(),
});
export type TruthRow = z.output<typeof truthSchema>;
