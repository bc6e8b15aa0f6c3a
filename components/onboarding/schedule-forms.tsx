"use client";
// Booking, moving and cancelling the install appointment. Slots arrive already formatted in the
// practice's time zone, grouped by day, so the technical contact reads local times.
import { bookSlotSchema, reasonSchema, rescheduleSchema } from "@/lib/onboarding/schemas";
import { bookInstallAction, cancelInstallAction, rescheduleInstallAction } from "@/lib/onboarding/actions";
import { bookReconnectAction } from "@/lib/reconnect/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export type SlotDay = { day: string; slots: { id: string; label: string }[] };

function SlotPicker({ days, field, error }: { days: SlotDay[]; field: UseFormRegisterReturn; error?: string }) {
  // The move and the cancel form can be on one page: each picker's error gets its own id.
  const errorId = `${useId()}-slot-error`;
  if (days.length === 0)
    return (
      <Notice tone="warning">
        The partner has no open install times right now. Please check back tomorrow, or ask the partner when they call.
      </Notice>
    );
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">Choose a time</legend>
      <div className="mt-2 space-y-3">
        {days.map((day) => (
          <div key={day.day}>
            <p className="text-sm font-semibold text-slate-700">{day.day}</p>
            <div className="mt-1 flex flex-wrap gap-2">
              {day.slots.map((slot) => (
                <label
                  key={slot.id}
                  className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" value={slot.id} {...field} />
                  {slot.label}
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Books the install, or (purpose "reconnect") a reconnect session after go-live, from the same slots. */
export function BookForm({
  practiceId,
  days,
  purpose = "install",
}: {
  practiceId: string;
  days: SlotDay[];
  purpose?: "install" | "reconnect";
}) {
  const book = purpose === "reconnect" ? bookReconnectAction : bookInstallAction;
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(bookSlotSchema, (v) =>
    book({ ...v, practiceId }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <SlotPicker days={days} field={form.register("slotId")} error={errorOf("slotId")} />
      {days.length > 0 && (
        <Button type="submit" disabled={submitting}>
          {submitting ? "Booking…" : "Book this time"}
        </Button>
      )}
    </form>
  );
}

export function RescheduleForm({ practiceId, days }: { practiceId: string; days: SlotDay[] }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(rescheduleSchema, (v) =>
    rescheduleInstallAction({ ...v, practiceId }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <SlotPicker days={days} field={form.register("slotId")} error={errorOf("slotId")} />
      <TextAreaField id="move-reason" label="Reason for moving" error={errorOf("reason")} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={submitting || days.length === 0}>
        {submitting ? "Moving…" : "Move the appointment"}
      </Button>
    </form>
  );
}

export function CancelForm({ practiceId }: { practiceId: string }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(reasonSchema, (v) =>
    cancelInstallAction({ ...v, practiceId }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <TextAreaField id="cancel-reason" label="Reason for cancelling" error={errorOf("reason")} {...form.register("reason")} />
      <Button type="submit" variant="danger" disabled={submitting}>
        {submitting ? "Cancelling…" : "Cancel the appointment"}
      </Button>
    </form>
  );
}
