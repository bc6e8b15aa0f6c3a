"use client";
// One "Resend" button of the practice's emails list: sends that email again (an invitation with a
// fresh sign-in link) and says what happened next to the button.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { resendEmailAction } from "@/lib/onboarding/edit-actions";
import type { ActionResult } from "@/lib/action";
import { Button } from "@/components/ui/button";

export function ResendEmailButton({
  practiceId,
  emailId,
  subject,
  goesTo,
}: {
  practiceId: string;
  emailId: string;
  subject: string;
  /** Set when a resend goes to someone else than the first recipient (the current contact). */
  goesTo: string | null;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const resend = () =>
    start(async () => {
      let outcome: ActionResult<unknown>;
      try {
        outcome = await resendEmailAction({ practiceId, emailId });
      } catch {
        outcome = { ok: false, error: "We could not reach PIMS Link. Check your connection and try again." };
      }
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  return (
    <div className="mt-1">
      {goesTo && <p className="mb-1 text-xs text-slate-600">A resend goes to the current {goesTo}, with a fresh sign-in link.</p>}
      <Button variant="secondary" className="px-3 py-1" onClick={resend} disabled={pending} aria-label={`Resend “${subject}”`}>
        {pending ? "Resending…" : "Resend"}
      </Button>
      <p role="status" className={`mt-1 text-xs ${result?.ok === false ? "text-red-700" : "text-emerald-800"}`}>
        {result ? (result.ok ? result.message : result.error) : ""}
      </p>
    </div>
  );
}
