"use client";
// Link the home-delivery client to this PIMS client, with the reason kept in the decision.
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { useServerForm } from "@/components/forms/use-server-form";
import { linkClientAction } from "@/lib/merge/manual-link-actions";
import { linkClientSchema } from "@/lib/merge/manual-link-schemas";

export function LinkClientForm({
  practiceId,
  hdClientId,
  pimsClientId,
  label,
}: {
  practiceId: string;
  hdClientId: string;
  pimsClientId: string;
  label: string;
}) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(linkClientSchema, linkClientAction, {
    defaultValues: { practiceId, hdClientId, pimsClientId },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2" aria-label={`Link to ${label}`}>
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <TextAreaField
        label={`Why is this the same person as ${label}?`}
        hint="Kept with the decision, beside the fields compared above."
        error={errorOf("reason")}
        id={`client-reason-${pimsClientId}`}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Linking…" : `Link to ${label}`}
      </Button>
    </form>
  );
}
