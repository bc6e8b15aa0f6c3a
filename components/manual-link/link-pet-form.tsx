"use client";
// Link this pet to one PIMS patient, with the reason kept beside the link; or undo a wrong link.
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { useServerForm } from "@/components/forms/use-server-form";
import { linkPetAction, unlinkPetAction } from "@/lib/merge/manual-link-actions";
import { linkPetSchema, unlinkPetSchema } from "@/lib/merge/manual-link-schemas";

export function LinkPetForm({
  practiceId,
  hdPetId,
  pimsPatientId,
  label,
}: {
  practiceId: string;
  hdPetId: string;
  pimsPatientId: string;
  label: string;
}) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(linkPetSchema, linkPetAction, {
    defaultValues: { practiceId, hdPetId, pimsPatientId },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2" aria-label={`Link to ${label}`}>
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <TextAreaField
        label={`Why is this ${label}?`}
        error={errorOf("reason")}
        id={`reason-${pimsPatientId}`}
        {...form.register("reason")}
      />
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Linking…" : `Link to ${label}`}
      </Button>
    </form>
  );
}

export function UnlinkPetForm({ practiceId, hdPetId }: { practiceId: string; hdPetId: string }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(unlinkPetSchema, unlinkPetAction, {
    defaultValues: { practiceId, hdPetId },
  });
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-slate-700">This link is wrong</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2">
        {formError && <Notice tone="error">{formError}</Notice>}
        {success && <Notice tone="success">{success}</Notice>}
        <TextAreaField label="Why is the link wrong?" error={errorOf("reason")} id="unlink-reason" {...form.register("reason")} />
        <Button type="submit" variant="danger" disabled={submitting}>
          {submitting ? "Undoing…" : "Undo the link"}
        </Button>
      </form>
    </details>
  );
}
