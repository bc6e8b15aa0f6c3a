"use client";
// The fields of the creation form (practice, partner, primary contact), shared by the new-practice
// form and the staff edit form, so both ask for the same things with the same labels and ids.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { CreatePracticeInput } from "@/lib/onboarding/schemas";
import { US_TIME_ZONES } from "@/lib/onboarding/schemas";
import { SelectField, TextField } from "@/components/ui/field";

type FieldName = keyof CreatePracticeInput;
/** What one field needs from the form: react-hook-form's registration and its error, if any. */
export type FieldProps = (name: FieldName) => UseFormRegisterReturn & { error?: string };

type Partners = {
  options: { id: string; name: string }[];
  /** Set when the partner can no longer change: the select is shown disabled with this explanation. */
  locked?: { value: string; reason: string } | null;
};

export function PracticeFields({
  field,
  partners,
  primaryNotice,
}: {
  field: FieldProps;
  partners: Partners;
  /** Shown under the primary contact's fields (the edit form's warning when the email changes). */
  primaryNotice?: ReactNode;
}) {
  return (
    <>
      <fieldset className="min-w-0 space-y-4">
        <legend className="text-base font-semibold">Practice</legend>
        <TextField label="Practice name" {...field("name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Street address" {...field("address1")} />
          <TextField label="Suite or unit (optional)" {...field("address2")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="City" {...field("city")} />
          <TextField label="State" hint="2 letters" maxLength={2} {...field("state")} />
          <TextField label="ZIP code" inputMode="numeric" {...field("postalCode")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Practice phone" type="tel" {...field("phone")} />
          <SelectField label="Time zone" {...field("timeZone")}>
            {US_TIME_ZONES.map(([zone, label]) => (
              <option key={zone} value={zone}>
                {label} ({zone})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="Cornerstone version" hint="e.g. 9.5" {...field("pimsVersion")} />
          <TextField label="Approximate number of clients" type="number" min={1} {...field("approxClients")} />
          <PartnerSelect field={field} partners={partners} />
        </div>
      </fieldset>
      <fieldset className="min-w-0 space-y-4">
        <legend className="text-base font-semibold">Primary contact</legend>
        <p className="text-sm text-slate-600">
          Receives the queue confirmation, the partner&apos;s invitation and the final confirmation.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="Name" {...field("primaryName")} />
          <TextField label="Email" type="email" {...field("primaryEmail")} />
          <TextField label="Phone (optional)" type="tel" {...field("primaryPhone")} />
        </div>
        {primaryNotice}
      </fieldset>
    </>
  );
}

function PartnerSelect({ field, partners }: { field: FieldProps; partners: Partners }) {
  const options = partners.options.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));
  if (!partners.locked)
    return (
      <SelectField label="Integration partner" {...field("partnerId")}>
        {options}
      </SelectField>
    );
  // Not registered: the form keeps the current partner from its default values and sends it back unchanged.
  return (
    <SelectField
      label="Integration partner"
      name="partnerId"
      defaultValue={partners.locked.value}
      disabled
      hint={partners.locked.reason}
    >
      {options}
    </SelectField>
  );
}
