"use client";
// react-hook-form wired to a server action: the same zod schema validates in the browser and on
// the server; server field errors land on their fields, other errors in a form-level notice.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action";

export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, T = unknown>(
  schema: S,
  action: (values: z.output<S>) => Promise<ActionResult<T>>,
  opts: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (result: ActionResult<T> & { ok: true }) => void; successMessage?: string } = {},
) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: opts.defaultValues,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSuccess(null);
    let result: ActionResult<T>;
    try {
      result = await action(values);
    } catch {
      result = { ok: false, error: "We could not reach PIMS Link. Check your connection and try again." };
    }
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) form.setError(field as Path<z.input<S>>, { message: messages[0] });
      }
      setFormError(result.error);
      return;
    }
    setSuccess(result.message ?? opts.successMessage ?? "Saved.");
    opts.onSuccess?.(result);
    router.refresh();
  });
  const errorOf = (name: string) => (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;
  return { form, onSubmit, formError, success, errorOf, submitting: form.formState.isSubmitting };
}
