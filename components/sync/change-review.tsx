"use client";
// One pending change with its review form: Apply writes the PIMS values into the pharmacy's
// record, Dismiss keeps the record and needs a reason. A pet name is applied only when the
// reviewer confirms it is the same animal; its active prescriptions then need a new one.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action";
import { applyPendingChangeAction, dismissPendingChangeAction } from "@/lib/sync/actions";
import { applyChangeSchema, dismissChangeSchema } from "@/lib/sync/review-schema";
import { Button } from "@/components/ui/button";
import { ChangeDiff } from "./change-diff";
import type { ChangeView } from "./change-view";

const formSchema = applyChangeSchema.pick({ note: true, sameAnimalConfirmed: true });
const dismissNote = dismissChangeSchema.shape.note;
type Values = z.input<typeof formSchema>;

export function ChangeReview({
  practiceId,
  change,
  onDone,
}: {
  practiceId: string;
  change: ChangeView;
  onDone: (message: string) => void;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"apply" | "dismiss" | null>(null);
  const form = useForm<Values, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: { note: "", sameAnimalConfirmed: false },
  });
  const { errors } = form.formState;
  const ids = { note: `note-${change.id}`, same: `same-${change.id}`, title: `change-${change.id}` };

  async function run(kind: "apply" | "dismiss", call: () => Promise<ActionResult<unknown>>) {
    setBusy(kind);
    setFormError(null);
    const result = await call();
    setBusy(null);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0] && (field === "note" || field === "sameAnimalConfirmed"))
          form.setError(field, { message: messages[0] });
      }
      setFormError(result.error);
      return;
    }
    onDone(`${change.title} of ${change.subject}: ${result.message ?? "done."}`);
    router.refresh();
  }

  const apply = form.handleSubmit((values) => {
    if (change.isPetName && !values.sameAnimalConfirmed) {
      form.setError("sameAnimalConfirmed", { message: "Confirm this is the same animal before renaming it." });
      return;
    }
    return run("apply", () =>
      applyPendingChangeAction({
        practiceId,
        changeId: change.id,
        note: values.note || undefined,
        sameAnimalConfirmed: values.sameAnimalConfirmed,
      }),
    );
  });

  const dismiss = form.handleSubmit((values) => {
    const note = dismissNote.safeParse(values.note ?? "");
    if (!note.success) {
      form.setError("note", { message: note.error.issues[0]?.message ?? "Say why the change is not applied." });
      return;
    }
    return run("dismiss", () => dismissPendingChangeAction({ practiceId, changeId: change.id, note: note.data }));
  });

  return (
    <article aria-labelledby={ids.title} className="rounded-md border border-slate-200 p-4">
      <header className="mb-2">
        <h3 id={ids.title} className="font-semibold text-slate-900">
          {change.title}: {change.subject}
        </h3>
        <p className="text-xs text-slate-500">
          {change.pimsRef} · {change.origin}
        </p>
      </header>
      <ChangeDiff
        rows={change.rows}
        caption={`${change.title} of ${change.subject}: what the pharmacy has now and what the PIMS sent`}
      />
      <form onSubmit={apply} className="mt-3 space-y-3" noValidate>
        {change.isPetName && (
          <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <p>
              Only rename the pet if it is the same animal.{" "}
              {change.activePrescriptions > 0
                ? `Its ${change.activePrescriptions} active prescription${change.activePrescriptions === 1 ? "" : "s"} will be flagged: a new prescription must be written under the new name${change.newName ? ` “${change.newName}”` : ""}.`
                : "It has no active prescription; any new one is written under the new name."}
            </p>
            <label htmlFor={ids.same} className="mt-2 flex items-start gap-2 font-medium">
              <input
                id={ids.same}
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                aria-invalid={Boolean(errors.sameAnimalConfirmed)}
                aria-describedby={errors.sameAnimalConfirmed ? `${ids.same}-error` : undefined}
                {...form.register("sameAnimalConfirmed")}
              />
              I confirm this is the same animal
            </label>
            {errors.sameAnimalConfirmed && (
              <p id={`${ids.same}-error`} role="alert" className="mt-1 text-red-700">
                {errors.sameAnimalConfirmed.message}
              </p>
            )}
          </div>
        )}
        <div>
          <label htmlFor={ids.note} className="block text-sm font-medium text-slate-800">
            Note
          </label>
          <textarea
            id={ids.note}
            rows={2}
            aria-invalid={Boolean(errors.note)}
            aria-describedby={errors.note ? `${ids.note}-error` : `${ids.note}-hint`}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600"
            {...form.register("note")}
          />
          {errors.note ? (
            <p id={`${ids.note}-error`} role="alert" className="mt-1 text-sm text-red-700">
              {errors.note.message}
            </p>
          ) : (
            <p id={`${ids.note}-hint`} className="mt-1 text-xs text-slate-500">
              Optional when applying; required when dismissing (say why).
            </p>
          )}
        </div>
        {formError && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            {formError}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={busy !== null}>
            {busy === "apply" ? "Applying…" : "Apply change"}
          </Button>
          <Button type="button" variant="secondary" onClick={dismiss} disabled={busy !== null}>
            {busy === "dismiss" ? "Dismissing…" : "Dismiss"}
          </Button>
        </div>
      </form>
    </article>
  );
}
