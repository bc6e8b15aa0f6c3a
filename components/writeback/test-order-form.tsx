"use client";
// Staff make a test order for one of the practice's linked pets (product, quantity, compounded
// or not), so a new practice's writeback can be tried; it then waits under "Orders waiting to ship".
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { createTestOrderAction } from "@/lib/writeback/actions";
import { testOrderActionSchema } from "@/lib/writeback/schemas";

type Pet = { hdPetId: string; pimsPatientId: string; name: string | null; species: string | null };

export function TestOrderForm({ practiceId, pets }: { practiceId: string; pets: Pet[] }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(
    testOrderActionSchema,
    createTestOrderAction,
    {
      defaultValues: { practiceId, hdPetId: "", product: "", quantity: "30", unit: "tablets", compounded: "no" },
      onSuccess: () => form.reset({ practiceId, hdPetId: "", product: "", quantity: "30", unit: "tablets", compounded: "no" }),
    },
  );
  if (pets.length === 0)
    return <p className="text-sm text-slate-600">No pet of this practice is linked to a PIMS patient yet: link one first.</p>;
  const compoundedError = errorOf("compounded");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Create a test order">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <div className="grid gap-3 sm:grid-cols-2 [&>*]:min-w-0">
        <SelectField label="Pet" id="test-order-pet" error={errorOf("hdPetId")} {...form.register("hdPetId")}>
          <option value="">Choose a linked pet</option>
          {pets.map((p) => (
            <option key={p.hdPetId} value={p.hdPetId}>
              {`${p.name ?? "Unnamed"} (${p.species ?? "?"}) · pet ${p.hdPetId} · PIMS ${p.pimsPatientId}`}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Product"
          id="test-order-product"
          placeholder="Carprofen 75 mg chewable tablets"
          error={errorOf("product")}
          {...form.register("product")}
        />
        <TextField
          label="Quantity"
          id="test-order-quantity"
          inputMode="decimal"
          error={errorOf("quantity")}
          {...form.register("quantity")}
        />
        <TextField label="Unit" id="test-order-unit" error={errorOf("unit")} {...form.register("unit")} />
      </div>
      <fieldset aria-describedby={compoundedError ? "test-order-compounded-error" : "test-order-compounded-hint"}>
        <legend className="text-sm font-medium text-slate-800">Compounded?</legend>
        <div className="mt-1 flex gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="no" {...form.register("compounded")} /> No
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="yes" {...form.register("compounded")} /> Yes
          </label>
        </div>
        {compoundedError ? (
          <p id="test-order-compounded-error" role="alert" className="mt-1 text-sm text-red-700">
            {compoundedError}
          </p>
        ) : (
          <p id="test-order-compounded-hint" className="mt-1 text-xs text-slate-500">
            A compounded line is filled by the compounding pharmacy partner and never written back.
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Creating…" : "Create test order"}
      </Button>
    </form>
  );
}
