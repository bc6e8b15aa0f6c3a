"use client";
// Publishes back-to-back install slots from a local start time. The time zone is the one the
// partner typed the time in; the slot is stored as an instant and each practice sees it in its own zone.
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { US_TIME_ZONES } from "@/lib/onboarding/schemas";
import { publishSlotsAction } from "@/lib/partner/actions";
import { publishSlotsSchema } from "@/lib/partner/schemas";
import { useActionForm } from "@/components/forms/use-action-form";

export function PublishSlotsForm({ defaultZone, today }: { defaultZone: string; today: string }) {
  const { form, onSubmit, serverError, message, isSubmitting } = useActionForm(publishSlotsSchema, publishSlotsAction, {
    defaultValues: { date: "", startTime: "09:00", count: 3, minutes: 120, timeZone: defaultZone },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {serverError && <Notice tone="error">{serverError}</Notice>}
      {message && <Notice tone="success">{message}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Date" type="date" min={today} error={errors.date?.message} {...form.register("date")} />
        <TextField
          label="Start time of the first slot"
          type="time"
          step={900}
          error={errors.startTime?.message}
          {...form.register("startTime")}
        />
        <TextField
          label="Number of back-to-back slots"
          type="number"
          inputMode="numeric"
          min={1}
          max={12}
          hint="1 to 12"
          error={errors.count?.message}
          {...form.register("count")}
        />
        <TextField
          label="Minutes per slot"
          type="number"
          inputMode="numeric"
          min={30}
          max={240}
          step={15}
          hint="30 to 240"
          error={errors.minutes?.message}
          {...form.register("minutes")}
        />
      </div>
      <SelectField label="Time zone of the start time" error={errors.timeZone?.message} {...form.register("timeZone")}>
        {US_TIME_ZONES.map(([zone, label]) => (
          <option key={zone} value={zone}>
            {label} ({zone})
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Publishing…" : "Publish slots"}
      </Button>
    </form>
  );
}
