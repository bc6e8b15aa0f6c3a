"use client";
// The form flavour most pages use: useActionForm plus a success message, an `errorOf(field)`
// shortcut and a page refresh after success, so server-rendered parts show the new state.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action";
import { useActionForm } from "./use-action-form";

export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, T = unknown>(
  schema: S,
  action: (values: z.output<S>) => Promise<ActionResult<T>>,
  opts: {
    defaultValues?: DefaultValues<z.input<S>>;
    onSuccess?: (result: ActionResult<T> & { ok: true }) => void;
    successMessage?: string;
  } = {},
) {
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const { form, onSubmit, serverError, isSubmitting } = useActionForm(
    schema,
    action as (input: z.input<S>) => Promise<ActionResult<T>>,
    {
      defaultValues: opts.defaultValues ?? ({} as DefaultValues<z.input<S>>),
      onSuccess: (result) => {
        setSuccess(result.message ?? opts.successMessage ?? "Saved.");
        opts.onSuccess?.(result);
        router.refresh();
      },
      onError: () => setSuccess(null),
    },
  );
  const errorOf = (name: string) => (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;
  return { form, onSubmit, formError: serverError, success, errorOf, submitting: isSubmitting };
}
