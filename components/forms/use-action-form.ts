"use client";
// react-hook-form wired to one server action: the form validates with the action's own zod
// schema, the action's field errors land on the same fields, and its other errors come back as
// one message. `isSubmitting` stays true until the action answers, so buttons can be disabled.
// A refusal that is not about a field (e.g. the practice moved on in another tab) also refreshes
// the page, so what is on screen catches up with the server.
import { useState } from "react";
import "@/lib/validation/plain-messages";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action";

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: {
    defaultValues: DefaultValues<z.input<S>>;
    onSuccess?: (result: Extract<ActionResult<T>, { ok: true }>) => void;
    onError?: (result: Extract<ActionResult<T>, { ok: false }>) => void;
  },
) {
  const router = useRouter();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
  });
  const [serverError, setServerError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    setMessage(null);
    let result: ActionResult<T>;
    try {
      // The parsed values are valid input too: the server parses them again.
      result = await action(values as z.input<S>);
    } catch {
      result = { ok: false, error: "We could not reach PIMS Link. Check your connection and try again." };
    }
    if (!result.ok) {
      const fields = Object.keys(form.getValues());
      for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (fields.includes(name) && messages?.[0])
          form.setError(name as Path<z.input<S>>, { type: "server", message: messages[0] });
      }
      setServerError(result.error);
      options.onError?.(result);
      if (!result.fieldErrors) router.refresh();
      return;
    }
    if (result.message) setMessage(result.message);
    options.onSuccess?.(result);
  });

  return { form, onSubmit, serverError, message, setServerError, setMessage, isSubmitting: form.formState.isSubmitting };
}
