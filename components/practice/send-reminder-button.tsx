"use client";
// "Send a reminder now": the current step's reminder to the contact it waits on, outside the
// automatic schedule. The result is shown beside the button and the reminder lands on the timeline.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { sendReminderAction } from "@/lib/onboarding/edit-actions";
import type { ActionResult } from "@/lib/action";
import { Button } from "@/components/ui/button";

export function SendReminderButton({ practiceId, to }: { practiceId: string; to: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const send = () =>
    start(async () => {
      let outcome: ActionResult<unknown>;
      try {
        outcome = await sendReminderAction({ practiceId });
      } catch {
        outcome = { ok: false, error: "We could not reach PIMS Link. Check your connection and try again." };
      }
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Button variant="secondary" onClick={send} disabled={pending} aria-describedby="reminder-to">
        {pending ? "Sending…" : "Send a reminder now"}
      </Button>
      <span id="reminder-to" className="text-sm text-slate-600">
        to {to}
      </span>
      <p role="status" className={`w-full text-sm ${result?.ok === false ? "text-red-700" : "text-emerald-800"}`}>
        {result ? (result.ok ? result.message : result.error) : ""}
      </p>
    </div>
  );
}
