"use client";
// Staff ask the agent to send its data again: a full reload, or the changes since a date.
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { useServerForm } from "@/components/forms/use-server-form";
import { requestResyncAction } from "@/lib/resync/actions";
import { resyncRequestSchema } from "@/lib/resync/schemas";

export function ResyncForm({ practiceId }: { practiceId: string }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(
    resyncRequestSchema,
    (v) => requestResyncAction({ ...v, practiceId }),
    {
      defaultValues: { mode: "full" },
    },
  );
  const mode = form.watch("mode");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Ask the agent for a re-sync">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">What should the agent send?</legend>
        <div className="mt-2 space-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="full" {...form.register("mode")} /> Full reload (every client and patient; missing ones are
            marked, never deleted)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="since" {...form.register("mode")} /> Changes since a date
          </label>
        </div>
      </fieldset>
      {mode === "since" && <TextField label="Changes since" type="date" error={errorOf("since")} {...form.register("since")} />}
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Asking…" : "Ask the agent"}
      </Button>
    </form>
  );
}
