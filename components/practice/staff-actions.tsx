"use client";
// The staff action panel of a practice: only the moves the journey allows from here are shown;
// those needing a reason ask for one. Every button disables while its request runs.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addToQueueAction, recordFirstDataAction, sideStateAction } from "@/lib/onboarding/actions";
import type { ActionResult } from "@/lib/action";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/card";

type Move = "addToQueue" | "putOnHold" | "cancel" | "resume" | "recordFirstData";
const LABELS: Record<Move, string> = {
  addToQueue: "Add to partner queue",
  putOnHold: "Put on hold",
  cancel: "Cancel onboarding",
  resume: "Resume",
  recordFirstData: "Record first data received",
};

export function StaffActions({
  practiceId,
  moves,
  queueBlocked,
}: {
  practiceId: string;
  moves: Move[];
  queueBlocked: string | null;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [reasonFor, setReasonFor] = useState<"putOnHold" | "cancel" | null>(null);
  const [reason, setReason] = useState("");

  const run = (move: Move) =>
    start(async () => {
      const outcome =
        move === "addToQueue"
          ? await addToQueueAction({ practiceId })
          : move === "recordFirstData"
            ? await recordFirstDataAction({ practiceId })
            : await sideStateAction({ practiceId, action: move, reason: reason || undefined });
      setResult(outcome);
      if (outcome.ok) {
        setReasonFor(null);
        setReason("");
        router.refresh();
      }
    });

  if (moves.length === 0) return <p className="text-sm text-slate-600">No staff action is possible at this step.</p>;
  return (
    <div className="space-y-3">
      {result && <Notice tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.error}</Notice>}
      <div className="flex flex-wrap gap-2">
        {moves.map((move) =>
          move === "putOnHold" || move === "cancel" ? (
            <Button
              key={move}
              variant={move === "cancel" ? "danger" : "secondary"}
              onClick={() => setReasonFor(move)}
              disabled={pending}
              aria-expanded={reasonFor === move}
            >
              {LABELS[move]}…
            </Button>
          ) : (
            <Button
              key={move}
              onClick={() => run(move)}
              disabled={pending || (move === "addToQueue" && Boolean(queueBlocked))}
              title={move === "addToQueue" ? (queueBlocked ?? undefined) : undefined}
            >
              {pending ? "Working…" : LABELS[move]}
            </Button>
          ),
        )}
      </div>
      {moves.includes("addToQueue") && queueBlocked && <p className="text-sm text-amber-800">{queueBlocked}</p>}
      {reasonFor && (
        <form
          className="space-y-2 rounded-md border border-slate-200 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            run(reasonFor);
          }}
        >
          <TextAreaField
            label={`Reason to ${reasonFor === "cancel" ? "cancel" : "put on hold"}`}
            name="side-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
          <div className="flex gap-2">
            <Button type="submit" variant={reasonFor === "cancel" ? "danger" : "primary"} disabled={pending}>
              {LABELS[reasonFor]}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setReasonFor(null)}>
              Back
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
