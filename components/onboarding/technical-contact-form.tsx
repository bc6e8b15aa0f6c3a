"use client";
import { technicalContactSchema } from "@/lib/onboarding/schemas";
import { designateTechnicalContactAction } from "@/lib/onboarding/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";

type Defaults = { self: boolean; name: string; email: string; phone: string; hours: string };

export function TechnicalContactForm({
  practiceId,
  defaults,
  readOnly,
}: {
  practiceId: string;
  defaults: Defaults;
  readOnly: boolean;
}) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(
    technicalContactSchema,
    (values) => designateTechnicalContactAction({ ...values, practiceId }),
    { defaultValues: defaults as never },
  );
  const { register, watch } = form;
  const self = watch("self");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <fieldset disabled={readOnly} className="space-y-4">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Who is the technical contact?</legend>
          <div className="mt-2 flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" value="false" checked={!self} onChange={() => form.setValue("self", false as never)} /> Someone
              else at the practice
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="true" checked={Boolean(self)} onChange={() => form.setValue("self", true as never)} /> Me
            </label>
          </div>
        </fieldset>
        {!self && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Name" autoComplete="off" error={errorOf("name")} {...register("name")} />
            <TextField
              label="Email"
              type="email"
              autoComplete="off"
              hint="We email them a sign-in link"
              error={errorOf("email")}
              {...register("email")}
            />
          </div>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={self ? "Your phone" : "Phone"} type="tel" error={errorOf("phone")} {...register("phone")} />
          <TextField
            label="Best hours to reach them"
            hint="e.g. Weekdays 8-10 am"
            error={errorOf("hours")}
            {...register("hours")}
          />
        </div>
        <p className="text-sm text-slate-600">
          The technical contact needs access to the server running Cornerstone. The partner cannot connect or reconnect to the
          server without them.
        </p>
        {!readOnly && (
          <Button type="submit" disabled={submitting}>
            {submitting ? "Saving…" : "Save technical contact"}
          </Button>
        )}
      </fieldset>
    </form>
  );
}
