"use client";
import { practiceInfoSchema, US_TIME_ZONES, type PracticeInfoInput } from "@/lib/onboarding/schemas";
import { savePracticeInfoAction } from "@/lib/onboarding/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";

export function PracticeInfoForm({
  practiceId,
  defaults,
  readOnly,
}: {
  practiceId: string;
  defaults: PracticeInfoInput;
  readOnly: boolean;
}) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(
    practiceInfoSchema,
    (values) => savePracticeInfoAction({ ...values, practiceId }),
    { defaultValues: defaults },
  );
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <fieldset disabled={readOnly} className="space-y-4">
        <TextField label="Practice name" autoComplete="organization" error={errorOf("name")} {...register("name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Street address" autoComplete="address-line1" error={errorOf("address1")} {...register("address1")} />
          <TextField
            label="Suite or unit (optional)"
            autoComplete="address-line2"
            error={errorOf("address2")}
            {...register("address2")}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="City" autoComplete="address-level2" error={errorOf("city")} {...register("city")} />
          <TextField
            label="State"
            hint="2 letters, e.g. OR"
            maxLength={2}
            autoComplete="address-level1"
            error={errorOf("state")}
            {...register("state")}
          />
          <TextField
            label="ZIP code"
            inputMode="numeric"
            autoComplete="postal-code"
            error={errorOf("postalCode")}
            {...register("postalCode")}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Practice phone" type="tel" autoComplete="tel" error={errorOf("phone")} {...register("phone")} />
          <SelectField
            label="Time zone"
            hint="Install times are shown in this zone"
            error={errorOf("timeZone")}
            {...register("timeZone")}
          >
            {US_TIME_ZONES.map(([zone, label]) => (
              <option key={zone} value={zone}>
                {label} ({zone})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Cornerstone version"
            hint="Help > About in Cornerstone, e.g. 9.5"
            error={errorOf("pimsVersion")}
            {...register("pimsVersion")}
          />
          <TextField
            label="Approximate number of clients"
            type="number"
            inputMode="numeric"
            min={1}
            hint="Decides how long the first copy takes (about 1 week; 2 weeks at 10,000+)"
            error={errorOf("approxClients")}
            {...register("approxClients")}
          />
        </div>
        {!readOnly && (
          <Button type="submit" disabled={submitting}>
            {submitting ? "Saving…" : "Save practice information"}
          </Button>
        )}
      </fieldset>
    </form>
  );
}
