"use client";
// Deletes one unbooked future slot. The server refuses booked ones; a second click on a slot
// that is already gone is answered "already deleted", never an error.
import { Button } from "@/components/ui/button";
import { deleteSlotAction } from "@/lib/partner/actions";
import { deleteSlotSchema } from "@/lib/partner/schemas";
import { useActionForm } from "@/components/forms/use-action-form";

export function DeleteSlotButton({ slotId, when }: { slotId: string; when: string }) {
  const { onSubmit, serverError, isSubmitting } = useActionForm(deleteSlotSchema, deleteSlotAction, {
    defaultValues: { slotId },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="ml-auto flex flex-col items-end gap-1">
      <Button
        type="submit"
        variant="danger"
        disabled={isSubmitting}
        aria-label={`Delete the slot ${when}`}
        className="px-3 py-1.5"
      >
        {isSubmitting ? "Deleting…" : "Delete"}
      </Button>
      {serverError && (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {serverError}
        </p>
      )}
    </form>
  );
}
