"use client";
// The partner's journey moves on one practice: send the invitation (Queued), mark the install
// done or failed (Install scheduled). Which ones show is decided on the server by
// availableActions. The outcome is kept here, above the forms, so it stays on screen after the
// page moves to the next status (or, after a refusal, refreshes to the current one).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { markInstalledAction, markInstallFailedAction, sendInvitationAction } from "@/lib/partner/actions";
import { installFailedSchema, practiceIdSchema } from "@/lib/partner/schemas";
import { useActionForm } from "@/components/forms/use-action-form";

export type PartnerMove = "sendInvitation" | "markInstalled" | "markInstallFailed";

export function PracticeActions({ practiceId, moves, primaryContactName, idleNote }: { practiceId: string; moves: PartnerMove[]; primaryContactName: string | null; idleNote: string | null }) {
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const report: Report = {
    onDone: (message) => setOutcome(message ? { tone: "success", text: message } : null),
    onFail: (error) => setOutcome({ tone: "error", text: error }),
    clear: () => setOutcome(null),
  };
  return (
    <div className="space-y-4">
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      {moves.includes("sendInvitation") && <SendInvitation practiceId={practiceId} primaryContactName={primaryContactName} {...report} />}
      {(moves.includes("markInstalled") || moves.includes("markInstallFailed")) && (
        <InstallOutcome practiceId={practiceId} canComplete={moves.includes("markInstalled")} canFail={moves.includes("markInstallFailed")} {...report} />
      )}
      {moves.length === 0 && !outcome && idleNote && <p className="text-sm text-slate-600">{idleNote}</p>}
    </div>
  );
}

type Report = { onDone: (message?: string) => void; onFail: (error: string) => void; clear: () => void };

function SendInvitation({ practiceId, primaryContactName, onDone, onFail, clear }: { practiceId: string; primaryContactName: string | null } & Report) {
  const { onSubmit, isSubmitting } = useActionForm(practiceIdSchema, sendInvitationAction, {
    defaultValues: { practiceId },
    onSuccess: (r) => onDone(r.message),
    onError: (r) => onFail(r.error),
  });
  return (
    <form onSubmit={(e) => { clear(); return onSubmit(e); }} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">
        Emails {primaryContactName ?? "the primary contact"} a sign-in link to fill in the practice information, name a technical contact and accept your EULA.
      </p>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Sending…" : "Send invitation email"}</Button>
    </form>
  );
}

function InstallOutcome({ practiceId, canComplete, canFail, onDone, onFail, clear }: { practiceId: string; canComplete: boolean; canFail: boolean } & Report) {
  const [failing, setFailing] = useState(false);
  const installed = useActionForm(practiceIdSchema, markInstalledAction, {
    defaultValues: { practiceId },
    onSuccess: (r) => onDone(r.message),
    onError: (r) => onFail(r.error),
  });
  const failed = useActionForm(installFailedSchema, markInstallFailedAction, {
    defaultValues: { practiceId, reason: "" },
    onSuccess: (r) => onDone(r.message),
    onError: (r) => onFail(r.error),
  });
  const busy = installed.isSubmitting || failed.isSubmitting;

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">After the appointment, record how it went. The practice is emailed either way.</p>
      {!failing && (
        <div className="flex flex-wrap gap-3">
          {canComplete && (
            <form onSubmit={(e) => { clear(); return installed.onSubmit(e); }} noValidate>
              <Button type="submit" disabled={busy}>{installed.isSubmitting ? "Saving…" : "Mark install done"}</Button>
            </form>
          )}
          {canFail && (
            <Button type="button" variant="danger" disabled={busy} onClick={() => { clear(); setFailing(true); }}>
              Install failed…
            </Button>
          )}
        </div>
      )}
      {failing && (
        <form onSubmit={(e) => { clear(); return failed.onSubmit(e); }} noValidate className="space-y-3 rounded-md border border-red-200 bg-red-50/40 p-4">
          <h3 className="text-sm font-semibold text-slate-900">Record a failed install</h3>
          <TextAreaField
            label="What went wrong? (required)"
            hint="The practice and the technical contact read this; say what they need to fix before a new appointment."
            autoFocus
            error={failed.form.formState.errors.reason?.message}
            {...failed.form.register("reason")}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={busy}>{failed.isSubmitting ? "Saving…" : "Record failed install"}</Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => { clear(); setFailing(false); }}>Cancel</Button>
          </div>
        </form>
      )}
    </div>
  );
}
