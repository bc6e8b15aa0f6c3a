"use client";
// Sends one dead-lettered line back to the queue with a fresh set of attempts.
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { retryWritebackAction } from "@/lib/writeback/actions";
import { retryItemActionSchema } from "@/lib/writeback/schemas";
import { useRouter } from "next/navigation";

export function RetryButton({ practiceId, itemId, what }: { practiceId: string; itemId: string; what: string }) {
  const router = useRouter();
  const { onSubmit, serverError, message, isSubmitting } = useActionForm(retryItemActionSchema, retryWritebackAction, {
    defaultValues: { practiceId, itemId },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col items-start gap-1">
      <Button type="submit" variant="secondary" disabled={isSubmitting} aria-label={`Retry ${what}`} className="px-3 py-1.5">
        {isSubmitting ? "Retrying…" : "Retry"}
      </Button>
      {message && (
        <p role="status" className="text-xs text-emerald-800">
          {message}
        </p>
      )}
      {serverError && (
        <p role="alert" className="text-xs text-red-700">
          {serverError}
        </p>
      )}
    </form>
  );
}
