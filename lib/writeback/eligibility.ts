// Which shipped lines are written back into the PIMS record. From the source page: prescription
// drugs and diets are; compounded medications from the compounding pharmacy partner are not.
// Over-the-counter products are not prescriptions, so they are not either. An ineligible line is
// still recorded with its reason (never silently dropped) so reconciliation accounts for it.
import type { FulfillingPharmacy, IneligibleReason, OrderLineKind } from "@/lib/generated/prisma/enums";
import { COMPOUNDING_PARTNER_NAME } from "./settings";

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibleReason };

export function writebackEligibility(line: { kind: OrderLineKind; fulfilledBy: FulfillingPharmacy }): Eligibility {
  // Everything the compounding partner fills is compounded for the patient: never written back.
  if (line.kind === "COMPOUNDED" || line.fulfilledBy === "COMPOUNDING_PARTNER")
    return { eligible: false, reason: "COMPOUNDING_PARTNER" };
  if (line.kind === "OTC") return { eligible: false, reason: "OVER_THE_COUNTER" };
  return { eligible: true };
}

export const KIND_LABELS: Record<OrderLineKind, string> = {
  PRESCRIPTION_DRUG: "Prescription drug",
  PRESCRIPTION_DIET: "Prescription diet",
  OTC: "Over the counter",
  COMPOUNDED: "Compounded",
};

export const REASON_LABELS: Record<IneligibleReason, string> = {
  COMPOUNDING_PARTNER: `Compounded by ${COMPOUNDING_PARTNER_NAME}`,
  OVER_THE_COUNTER: "Over-the-counter product",
};

export const PHARMACY_LABELS: Record<FulfillingPharmacy, string> = {
  HOME_DELIVERY: "Home delivery pharmacy",
  COMPOUNDING_PARTNER: COMPOUNDING_PARTNER_NAME,
};
