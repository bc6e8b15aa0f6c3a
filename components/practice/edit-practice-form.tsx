"use client";
// The staff edit form: the creation form's fields prefilled, plus the staff owner. Changing the
// primary contact's email says what will happen before saving; saving with nothing changed says
// so and stays here; a save with changes goes back to the practice page with a confirmation.
import { useRouter } from "next/navigation";
import Link from "next/link";
import { editPracticeFormSchema, type EditPracticeInput } from "@/lib/onboarding/schemas";
import { editPracticeAction } from "@/lib/onboarding/edit-actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { PracticeFields } from "./practice-fields";

type Props = {
  practiceId: string;
  values: EditPracticeInput;
  partners: { id: string; name: string }[];
  partnerLocked: { value: string; reason: string } | null;
  staff: { id: string; label: string }[];
  /** What saving a new primary contact email sends, in words (lib/onboarding/edit-form.ts). */
  primaryChangeWarning: string;
};

export function EditPracticeForm({ practiceId, values, partners, partnerLocked, staff, primaryChangeWarning }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(editPracticeFormSchema, editPracticeAction, {
    defaultValues: { ...values, practiceId } as never,
    onSuccess: (result) => {
      const changed = (result.data as { changed: string[] } | undefined)?.changed ?? [];
      if (changed.length) router.push(`/practices/${practiceId}?edited=${changed.length}`);
    },
  });
  const email = form.watch("primaryEmail");
  const emailChanged = typeof email === "string" && email.trim().toLowerCase() !== values.primaryEmail.toLowerCase();
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Notice tone="error">{formError}</Notice>}
      {/* Only until the next edit: the message is about the values that were saved. */}
      {success && !formError && !form.formState.isDirty && <Notice tone="info">{success}</Notice>}
      <PracticeFields
        field={(name) => ({ ...form.register(name), error: errorOf(name) })}
        partners={{ options: partners, locked: partnerLocked }}
        primaryNotice={
          emailChanged && (
            <Notice tone="warning">
              <strong>New primary contact email.</strong> {primaryChangeWarning}
            </Notice>
          )
        }
      />
      <fieldset className="min-w-0 space-y-4">
        <legend className="text-base font-semibold">Onboarding team</legend>
        <div className="sm:w-1/2">
          <SelectField
            label="Staff owner"
            hint="Chases this practice when a step is late; replies to the practice's emails reach them."
            error={errorOf("ownerId")}
            {...form.register("ownerId")}
          >
            <option value="">Nobody</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Saving…" : "Save changes"}
        </Button>
        <Link className="text-sm underline" href={`/practices/${practiceId}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
