"use client";
// Staff report that an order shipped (carrier and tracking number): the same transaction as the
// fulfilment API, so its lines are queued for writeback at once.
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { shipOrderAction } from "@/lib/writeback/actions";
import { shipOrderActionSchema } from "@/lib/writeback/schemas";

const input =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600";
const CARRIERS = ["UPS", "FedEx", "USPS", "OnTrac"];

export function ShipOrderForm({ practiceId, orderNumber }: { practiceId: string; orderNumber: string }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(shipOrderActionSchema, shipOrderAction, {
    defaultValues: { practiceId, orderNumber, carrier: "UPS", trackingNumber: "" },
  });
  const id = (field: string) => `${field}-${orderNumber}`;
  const trackingError = errorOf("trackingNumber");
  const carrierError = errorOf("carrier");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Ship order ${orderNumber}`}>
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
        <div>
          <label htmlFor={id("carrier")} className="block text-sm font-medium text-slate-800">
            Carrier
          </label>
          <select id={id("carrier")} className={input} aria-invalid={Boolean(carrierError)} {...form.register("carrier")}>
            {CARRIERS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("tracking")} className="block text-sm font-medium text-slate-800">
            Tracking number
          </label>
          <input
            id={id("tracking")}
            className={input}
            autoComplete="off"
            aria-invalid={Boolean(trackingError)}
            aria-describedby={trackingError ? id("tracking-error") : undefined}
            {...form.register("trackingNumber")}
          />
        </div>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Shipping…" : "Mark shipped"}
        </Button>
      </div>
      {trackingError && (
        <p id={id("tracking-error")} role="alert" className="text-sm text-red-700">
          {trackingError}
        </p>
      )}
    </form>
  );
}
