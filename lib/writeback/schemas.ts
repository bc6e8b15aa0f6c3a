// One zod schema per outside input of the writeback: a shipment report (fulfilment API, CLI,
// staff form), an order (seed, tests), the agent's acknowledgements, staff actions.
import { z } from "zod";
import { MAX_PULL } from "./settings";
import { SHIPMENT_RANGE, storableString, timestampOutsideRange } from "@/lib/contracts/fields";

/** A year-0000 shipped_at once printed "12/31/2" into a PIMS line: only this year's shipments are taken. */
const withinShipmentRange = (field: string) => (instant: Date, ctx: z.RefinementCtx) => {
  if (Number.isNaN(instant.getTime())) return;
  const problem = timestampOutsideRange(instant, SHIPMENT_RANGE);
  if (problem) ctx.addIssue({ code: "custom", message: `${field} ${problem}.` });
};

const orderNumberSchema = z
  .string({ error: "Enter the order number." })
  .trim()
  .min(1, "Enter the order number.")
  .max(40, "An order number is at most 40 characters.")
  .regex(/^[A-Za-z0-9-]+$/, "An order number holds letters, digits and dashes only.");

export const shipmentSchema = z.object({
  orderNumber: orderNumberSchema,
  carrier: storableString("The carrier")
    .trim()
    .min(1, "Enter the carrier, e.g. UPS.")
    .max(40, "A carrier name is at most 40 characters."),
  trackingNumber: z
    .string({ error: "Enter the tracking number." })
    .trim()
    .min(4, "A tracking number has at least 4 characters.")
    .max(64, "A tracking number is at most 64 characters.")
    .regex(/^[A-Za-z0-9-]+$/, "A tracking number holds letters, digits and dashes only."),
  /** When the parcel left; now when omitted. */
  shippedAt: z.coerce
    .date({ error: "Shipped at must be a date and time, e.g. 2026-11-20T15:04:00Z." })
    .superRefine(withinShipmentRange("Shipped at"))
    .optional(),
});
export type ShipmentInput = z.input<typeof shipmentSchema>;

/** The fulfilment API's body: snake_case like the agent API. */
export const shipmentRequestSchema = z
  .object({
    order_number: orderNumberSchema,
    carrier: shipmentSchema.shape.carrier,
    tracking_number: shipmentSchema.shape.trackingNumber,
    shipped_at: z.iso
      .datetime({ offset: true, error: "shipped_at must be an ISO 8601 timestamp with offset, e.g. 2026-11-20T15:04:00Z." })
      .superRefine((s, ctx) => withinShipmentRange("shipped_at")(new Date(s), ctx))
      .optional(),
  })
  .strict();

const orderLineSchema = z.object({
  product: z.string().trim().min(1, "Name the product.").max(200),
  kind: z.enum(["PRESCRIPTION_DRUG", "PRESCRIPTION_DIET", "OTC", "COMPOUNDED"]),
  quantity: z.number().positive("Quantity must be more than 0.").max(100_000),
  unit: z.string().trim().min(1, "Name the unit, e.g. tablets.").max(30),
  fulfilledBy: z.enum(["HOME_DELIVERY", "COMPOUNDING_PARTNER"]).default("HOME_DELIVERY"),
  prescriber: z.string().trim().max(120).nullish(),
});

export const orderSchema = z.object({
  orderNumber: orderNumberSchema,
  hdPetId: z.string().trim().min(1),
  placedAt: z.date().optional(),
  lines: z.array(orderLineSchema).min(1, "An order has at least one line.").max(50),
});
export type OrderInput = z.input<typeof orderSchema>;

export const ackSchema = z.discriminatedUnion("result", [
  z.object({
    id: storableString("id").min(1, "id is required").max(100, "id is at most 100 characters"),
    lease_id: storableString("lease_id").min(1, "lease_id is required").max(100, "lease_id is at most 100 characters"),
    result: z.literal("written"),
    pims_line_id: storableString("pims_line_id").trim().min(1, "pims_line_id is the PIMS's own id of the line written").max(100),
  }),
  z.object({
    id: storableString("id").min(1, "id is required").max(100, "id is at most 100 characters"),
    lease_id: storableString("lease_id").min(1, "lease_id is required").max(100, "lease_id is at most 100 characters"),
    result: z.literal("failed"),
    reason: storableString("reason").trim().min(1, "say why the line could not be written").max(1000),
  }),
]);
export type Ack = z.infer<typeof ackSchema>;

export const ackRequestSchema = z
  .object({ acks: z.array(ackSchema).min(1, "send at least one acknowledgement").max(MAX_PULL) })
  .strict();

export const pullQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(MAX_PULL).optional() });

// Staff actions.
export const shipOrderActionSchema = z.object({
  practiceId: z.string().min(1),
  orderNumber: orderNumberSchema,
  carrier: shipmentSchema.shape.carrier,
  trackingNumber: shipmentSchema.shape.trackingNumber,
});
export const retryItemActionSchema = z.object({ practiceId: z.string().min(1), itemId: z.string().min(1) });

// Answers of the agent's writeback routes and of the fulfilment API (the OpenAPI document and
// the agent simulator's types are generated from these).
export const deliveredItemSchema = z.object({
  id: z.string(),
  /** Send it back in the acknowledgement; a stale lease's ack is ignored. */
  lease_id: z.string(),
  lease_expires_at: z.string(),
  attempt: z.number().int(),
  /** order number:line number. Write each key into the PIMS at most once. */
  idempotency_key: z.string(),
  patient_id: z.string(),
  client_id: z.string().nullable(),
  patient_deceased: z.boolean(),
  /** The medical-record line's date, YYYY-MM-DD. */
  date: z.string(),
  order_number: z.string(),
  product: z.string(),
  quantity: z.string(),
  unit: z.string(),
  prescriber: z.string().nullable(),
  carrier: z.string(),
  tracking_number: z.string(),
  /** The medical-record line as it should read in the PIMS. */
  text: z.string(),
});
export type DeliveredItem = z.infer<typeof deliveredItemSchema>;

export const pullAnswerSchema = z.object({ items: z.array(deliveredItemSchema), lease_seconds: z.number().int() });

export const ackOutcomeSchema = z.discriminatedUnion("outcome", [
  z.object({ id: z.string(), outcome: z.enum(["written", "already_written"]) }),
  z.object({ id: z.string(), outcome: z.literal("retry_scheduled"), next_attempt_at: z.string(), attempt: z.number().int() }),
  z.object({ id: z.string(), outcome: z.literal("dead"), attempt: z.number().int() }),
  z.object({ id: z.string(), outcome: z.enum(["ignored_stale_lease", "unknown_item", "conflict"]), message: z.string() }),
]);
export type AckOutcome = z.infer<typeof ackOutcomeSchema>;

export const ackAnswerSchema = z.object({ results: z.array(ackOutcomeSchema) });

export const shipmentAnswerSchema = z.object({
  order_number: z.string(),
  status: z.literal("shipped"),
  replayed: z.boolean(),
  shipped_at: z.string(),
  carrier: z.string(),
  tracking_number: z.string(),
  pims_patient_id: z.string().nullable(),
  patient_deceased: z.boolean(),
  lines: z.array(
    z.object({ line_no: z.number().int(), product: z.string(), writeback: z.string(), reason: z.string().optional() }),
  ),
});

/** The staff form's test order: one line for a linked pet of the practice (createOrder does the rest). */
export const testOrderActionSchema = z.object({
  practiceId: z.string().min(1),
  hdPetId: z.string({ error: "Choose a pet." }).trim().min(1, "Choose a pet."),
  product: z
    .string({ error: "Name the product." })
    .trim()
    .min(1, "Name the product, e.g. Carprofen 75 mg chewable tablets.")
    .max(200, "A product name is at most 200 characters."),
  quantity: z
    .string({ error: "Enter a quantity." })
    .trim()
    .regex(/^\d{1,6}(\.\d{1,2})?$/, "Enter a quantity such as 30 or 2.5.")
    .refine((q) => Number(q) > 0 && Number(q) <= 100_000, "The quantity must be more than 0 and at most 100,000."),
  unit: z
    .string({ error: "Name the unit." })
    .trim()
    .min(1, "Name the unit, e.g. tablets.")
    .max(30, "A unit is at most 30 characters."),
  compounded: z.enum(["no", "yes"], { error: "Say whether it is compounded." }),
});
