// The text of the line the agent writes into the patient's record, the way a Cornerstone
// medical-record entry reads: date first, product and quantity, prescriber, then where it came
// from (order number, carrier, tracking) so the practice can answer a client's question.
import { dayKey } from "@/lib/format/dates";

export interface RecordLineInput {
  /** The shipment's date in the practice's own time zone, YYYY-MM-DD. */
  date: string;
  product: string;
  kind: "PRESCRIPTION_DRUG" | "PRESCRIPTION_DIET" | "OTC" | "COMPOUNDED";
  quantity: string | number;
  unit: string;
  prescriber: string | null;
  orderNumber: string;
  carrier: string;
  trackingNumber: string;
}

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return dayKey(instant, timeZone);
}

/** 60.00 -> "60", 2.50 -> "2.5". */
export function formatQuantity(quantity: string | number): string {
  const n = Number(quantity);
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

export function usDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${m}/${d}/${y}`;
}

export function recordLineText(line: RecordLineInput): string {
  const what = line.kind === "PRESCRIPTION_DIET" ? "Rx diet" : "Rx";
  const parts = [
    `${usDate(line.date)} Home delivery ${what} shipped: ${line.product}, qty ${formatQuantity(line.quantity)} ${line.unit}.`,
    line.prescriber ? `Prescribed by ${line.prescriber}.` : "Prescriber not recorded.",
    `Order ${line.orderNumber}, ${line.carrier} tracking ${line.trackingNumber}.`,
  ];
  return parts.join(" ");
}
