"use client";
import { eulaSchema } from "@/lib/onboarding/schemas";
import { acceptEulaAction } from "@/lib/onboarding/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";

export function EulaForm({
  practiceId,
  eulaVersionId,
  defaultName,
}: {
  practiceId: string;
  eulaVersionId: string;
  defaultName: string;
}) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(
    eulaSchema,
    (values) => acceptEulaAction({ ...values, practiceId }),
    {
      defaultValues: { eulaVersionId, typedName: defaultName, agree: false as unknown as true },
    },
  );
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <input type="hidden" {...register("eulaVersionId")} />
      <TextField
        label="Type your full name to sign"
        autoComplete="name"
        error={errorOf("typedName")}
        {...register("typedName")}
      />
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            aria-invalid={Boolean(errorOf("agree"))}
            aria-describedby={errorOf("agree") ? "agree-error" : undefined}
            {...register("agree")}
          />
          <span>I have read the agreement and accept it on behalf of the practice.</span>
        </label>
        {errorOf("agree") && (
          <p id="agree-error" role="alert" className="mt-1 text-sm text-red-700">
            {errorOf("agree")}
          </p>
        )}
      </div>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Saving…" : "Accept the agreement"}
      </Button>
    </form>
  );
}
