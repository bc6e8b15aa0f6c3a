"use client";
// The table's bulk form: the rows' checkboxes (plain inputs rendered with the table), a
// select-all for this page, the count selected and the four actions. It posts through
// useActionState, so it also works as a plain form post before JavaScript loads; with
// JavaScript the selection survives a refused submit (React would reset the form otherwise).
import { createContext, startTransition, useActionState, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { bulkBoardAction } from "@/lib/board/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { UNASSIGNED } from "@/lib/board/filters";

type Owner = { id: string; name: string | null; email: string };
type Selection = { selected: number; total: number; toggleAll: (checked: boolean) => void };

const SelectionContext = createContext<Selection | null>(null);
const rowBoxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[name="practiceIds"]')];

export function BulkActionsForm({ owners, children }: { owners: Owner[]; children: ReactNode }) {
  const [state, submit, pending] = useActionState(bulkBoardAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [counts, setCounts] = useState({ selected: 0, total: 0 });

  const recount = useCallback(() => {
    const boxes = formRef.current ? rowBoxes(formRef.current) : [];
    setCounts({ selected: boxes.filter((b) => b.checked).length, total: boxes.length });
  }, []);
  const toggleAll = useCallback(
    (checked: boolean) => {
      if (formRef.current) for (const box of rowBoxes(formRef.current)) box.checked = checked;
      recount();
    },
    [recount],
  );

  // Row checkboxes are server-rendered inputs: their changes are counted as they bubble up.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    form.addEventListener("change", recount);
    recount();
    return () => form.removeEventListener("change", recount);
  }, [recount]);

  // After a successful action the rows may have changed (held practices leave a filtered view):
  // start from an empty selection and an empty reason.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
    recount();
  }, [state, recount]);

  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  const selectionError = fieldError("practiceIds");
  return (
    <SelectionContext.Provider value={{ ...counts, toggleAll }}>
      <form
        ref={formRef}
        action={submit}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => submit(data));
        }}
        aria-label="Bulk actions on the selected practices"
      >
        <fieldset className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <legend className="px-1 text-sm font-semibold text-slate-800">Bulk actions on the selected practices</legend>
          <p aria-live="polite" className="text-sm text-slate-700">
            <span className="font-semibold">{counts.selected}</span>
            {` of ${counts.total} on this page selected`}
          </p>
          <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-3">
            <div className="flex flex-wrap items-end gap-2">
              <div className="w-56 max-w-full">
                <SelectField label="New owner" name="ownerId" id="bulk-owner" defaultValue="" error={fieldError("ownerId")}>
                  <option value="">Choose a person…</option>
                  {owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name ?? o.email}
                    </option>
                  ))}
                  <option value={UNASSIGNED}>Nobody (unassign)</option>
                </SelectField>
              </div>
              <Button type="submit" name="action" value="assignOwner" variant="secondary" disabled={pending}>
                Assign owner
              </Button>
            </div>
            <div className="flex flex-wrap items-end gap-2">
              <div className="w-72 max-w-full">
                <TextField
                  label="Hold reason (required)"
                  name="reason"
                  id="bulk-reason"
                  maxLength={500}
                  error={fieldError("reason")}
                  // Enter here means "hold", not the form's first button (assign owner).
                  onKeyDown={(event) => {
                    if (event.key !== "Enter") return;
                    event.preventDefault();
                    formRef.current?.querySelector<HTMLButtonElement>('button[value="hold"]')?.click();
                  }}
                />
              </div>
              <Button type="submit" name="action" value="hold" variant="secondary" disabled={pending}>
                Put on hold
              </Button>
            </div>
            <div className="flex flex-wrap items-end gap-2">
              <Button type="submit" name="action" value="resume" variant="secondary" disabled={pending}>
                Resume
              </Button>
              <Button type="submit" name="action" value="remind" variant="secondary" disabled={pending}>
                Send a reminder
              </Button>
            </div>
          </div>
          <div className="mt-3" aria-live="polite">
            {pending && <p className="text-sm text-slate-600">Working on the selected practices…</p>}
            {!pending && state?.ok && <Notice tone={state.data?.failed.length ? "warning" : "success"}>{state.message}</Notice>}
            {!pending && state && !state.ok && <Notice tone="error">{selectionError ?? state.error}</Notice>}
          </div>
        </fieldset>
        {children}
      </form>
    </SelectionContext.Provider>
  );
}

/** The header checkbox: selects or clears every row of this page. Shown once JavaScript runs. */
export function SelectAllOnPage() {
  const selection = useContext(SelectionContext);
  const ref = useRef<HTMLInputElement>(null);
  const some = selection ? selection.selected > 0 && selection.selected < selection.total : false;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  // Counted only once JavaScript runs (0 rows before): a plain form post has no use for it.
  if (!selection || selection.total === 0) return null;
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all practices on this page"
      checked={selection.total > 0 && selection.selected === selection.total}
      onChange={(event) => selection.toggleAll(event.target.checked)}
      className="h-4 w-4 rounded border-slate-300"
    />
  );
}
