/**
 * `pims-link order ship --order N --tracking T [--carrier C] [--shipped-at ISO]`: reports that an
 * order shipped, as the fulfilment system does through POST /api/fulfillment/v1/shipments. It
 * calls the same domain function on the database directly (like `practice create`), so it works
 * with no server running and needs no service key on the command line; the route adds only the
 * HTTP envelope around the same transaction.
 */
import { Command, InvalidArgumentError } from "commander";
import { prepareDatabase } from "./database";
import { shipmentSchema } from "@/lib/writeback/schemas";
import { CliError, cliAction, EXIT_USAGE, parseNonEmpty, writeErr, writeOut } from "./shared";

interface ShipOptions {
  order: string;
  tracking: string;
  carrier: string;
  shippedAt?: Date;
}

function parseInstant(value: string): Date {
  const date = new Date(value.trim());
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value.trim()) || Number.isNaN(date.getTime())) {
    throw new InvalidArgumentError("must be an ISO 8601 timestamp, e.g. 2026-11-20T15:04:00Z.");
  }
  return date;
}

const OPTION_OF: Record<string, string> = {
  orderNumber: "--order",
  trackingNumber: "--tracking",
  carrier: "--carrier",
  shippedAt: "--shipped-at",
};
const OUTCOME_TEXT = {
  queued: "queued for writeback",
  waiting_for_link: "waits for the pet's PIMS link",
  not_eligible: "not eligible",
} as const;

export function orderCommand(): Command {
  const order = new Command("order").description("Orders of the home-delivery pharmacy");
  order
    .command("ship")
    .description("Report that an order shipped: marks it shipped and queues its eligible lines for writeback into the PIMS")
    .requiredOption("--order <number>", "order number", parseNonEmpty)
    .requiredOption("--tracking <number>", "carrier tracking number", parseNonEmpty)
    .option("--carrier <name>", "carrier", parseNonEmpty, "UPS")
    .option("--shipped-at <iso>", "when the parcel left (default: now)", parseInstant)
    .action(
      cliAction(async function (this: Command, options: ShipOptions) {
        // Checked before the database is opened: a typo should not wait for it.
        const input = shipmentSchema.safeParse({
          orderNumber: options.order,
          carrier: options.carrier,
          trackingNumber: options.tracking,
          shippedAt: options.shippedAt,
        });
        if (!input.success) {
          throw new CliError(
            input.error.issues.map((i) => `${OPTION_OF[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join("\n"),
            EXIT_USAGE,
          );
        }
        await prepareDatabase((text) => writeErr(this, text));
        const { recordShipment } = await import("@/lib/writeback/ship-order");
        const { UserFacingError } = await import("@/lib/errors");
        const { REASON_LABELS } = await import("@/lib/writeback/eligibility");
        try {
          const result = await recordShipment(input.data, "pims-link CLI");
          const lines = [
            result.replayed
              ? `Order ${result.orderNumber} was already reported shipped with ${result.carrier} tracking ${result.trackingNumber}: nothing changed`
              : `Order ${result.orderNumber} shipped with ${result.carrier} tracking ${result.trackingNumber}`,
            `  PIMS patient  ${result.pimsPatientId ?? "none yet (the pet is not linked)"}${result.deceased ? " (marked deceased: written back anyway, flagged for staff)" : ""}`,
            ...result.lines.map(
              (l) =>
                `  line ${l.lineNo}  ${l.product}: ${OUTCOME_TEXT[l.writeback]}${l.reason ? ` (${REASON_LABELS[l.reason as keyof typeof REASON_LABELS]})` : ""}`,
            ),
          ];
          writeOut(this, `${lines.join("\n")}\n`);
        } catch (error) {
          if (error instanceof UserFacingError) throw new CliError(error.message);
          throw error;
        }
      }),
    );
  order
    .command("create")
    .description("Create a one-line order for a practice's home-delivery pet, so its writeback can be tried")
    .requiredOption("--practice <slug>", "practice slug", parseNonEmpty)
    .requiredOption("--pet <hdPetId>", "home-delivery pet id", parseNonEmpty)
    .requiredOption("--order <number>", "new order number", parseNonEmpty)
    .requiredOption("--product <text>", 'product, e.g. "Carprofen 75 mg chewable tablets"', parseNonEmpty)
    .option("--kind <kind>", "PRESCRIPTION_DRUG, PRESCRIPTION_DIET, OTC or COMPOUNDED", parseNonEmpty, "PRESCRIPTION_DRUG")
    .option("--quantity <n>", "quantity", parseNonEmpty, "30")
    .option("--unit <text>", "unit, e.g. tablets", parseNonEmpty, "tablets")
    .option("--prescriber <name>", "prescribing veterinarian", parseNonEmpty)
    .action(
      cliAction(async function (
        this: Command,
        options: {
          practice: string;
          pet: string;
          order: string;
          product: string;
          kind: string;
          quantity: string;
          unit: string;
          prescriber?: string;
        },
      ) {
        const { orderSchema } = await import("@/lib/writeback/schemas");
        const input = orderSchema.safeParse({
          orderNumber: options.order,
          hdPetId: options.pet,
          lines: [
            {
              product: options.product,
              kind: options.kind.toUpperCase(),
              quantity: Number(options.quantity),
              unit: options.unit,
              prescriber: options.prescriber,
            },
          ],
        });
        if (!input.success) {
          throw new CliError(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"), EXIT_USAGE);
        }
        await prepareDatabase();
        const { practiceBySlug } = await import("./database");
        const { createOrder } = await import("@/lib/writeback/orders");
        const { UserFacingError } = await import("@/lib/errors");
        const practice = await practiceBySlug(options.practice);
        try {
          const created = await createOrder(practice.id, input.data);
          writeOut(
            this,
            `Order ${created.orderNumber} created for pet ${options.pet} of ${practice.name}; ship it with: pims-link order ship --order ${created.orderNumber} --tracking T\n`,
          );
        } catch (error) {
          if (error instanceof UserFacingError) throw new CliError(error.message);
          throw error;
        }
      }),
    );
  return order;
}
