"use client";
import { useRouter } from "next/navigation";
import { createPracticeSchema, US_TIME_ZONES } from "@/lib/onboarding/schemas";
import { createPracticeAction } from "@/lib/onboarding/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";

export function CreatePracticeForm({ partners }: { partners: { id: string; name: string }[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useServerForm(createPracticeSchema, createPracticeAction, {
    defaultValues: { timeZone: "America/Chicago", partnerId: partners[0]?.id ?? "", address2: "", primaryPhone: "" } as never,
    onSuccess: (result) => router.push(`/practices/${(result.data as { id: string }).id}`),
  });
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Notice tone="error">{formError}</Notice>}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Practice</legend>
        <TextField label="Practice name" error={errorOf("name")} {...register("name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Street address" error={errorOf("address1")} {...register("address1")} />
          <TextField label="Suite or unit (optional)" error={errorOf("address2")} {...register("address2")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="City" error={errorOf("city")} {...register("city")} />
          <TextField label="State" hint="2 letters" maxLength={2} error={errorOf("state")} {...register("state")} />
          <TextField label="ZIP code" inputMode="numeric" error={errorOf("postalCode")} {...register("postalCode")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Practice phone" type="tel" error={errorOf("phone")} {...register("phone")} />
          <SelectField label="Time zone" error={errorOf("timeZone")} {...register("timeZone")}>
            {US_TIME_ZONES.map(([zone, label]) => (
              <option key={zone} value={zone}>
                {label} ({zone})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="Cornerstone version" hint="e.g. 9.5" error={errorOf("pimsVersion")} {...register("pimsVersion")} />
          <TextField
            label="Approximate number of clients"
            type="number"
            min={1}
            error={errorOf("approxClients")}
            {...register("approxClients")}
          />
          <SelectField label="Integration partner" error={errorOf("partnerId")} {...register("partnerId")}>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Primary contact</legend>
        <p className="text-sm text-slate-600">
          Receives the queue confirmation, the partner&apos;s invitation and the final confirmation.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="Name" error={errorOf("primaryName")} {...register("primaryName")} />
          <TextField label="Email" type="email" error={errorOf("primaryEmail")} {...register("primaryEmail")} />
          <TextField label="Phone (optional)" type="tel" error={errorOf("primaryPhone")} {...register("primaryPhone")} />
        </div>
      </fieldset>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Creating…" : "Create practice"}
      </Button>
    </form>
  );
}
