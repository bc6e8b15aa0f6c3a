"use client";
import { useRouter } from "next/navigation";
import { createPracticeSchema } from "@/lib/onboarding/schemas";
import { createPracticeAction } from "@/lib/onboarding/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { PracticeFields } from "./practice-fields";

export function CreatePracticeForm({ partners }: { partners: { id: string; name: string }[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useServerForm(createPracticeSchema, createPracticeAction, {
    defaultValues: { timeZone: "America/Chicago", partnerId: partners[0]?.id ?? "", address2: "", primaryPhone: "" } as never,
    onSuccess: (result) => router.push(`/practices/${(result.data as { id: string }).id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Notice tone="error">{formError}</Notice>}
      <PracticeFields field={(name) => ({ ...form.register(name), error: errorOf(name) })} partners={{ options: partners }} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Creating…" : "Create practice"}
      </Button>
    </form>
  );
}
