"use client";
// The partner's journey moves on one practice: send the invitation (Queued), mark the install
// done or failed (Install scheduled). Which ones show is decided on the server by
// availableActions; the last success message stays after the page moves to the next status.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { markInstalledAction, markInstallFailedAction, sendInvitationAction } from "@/lib/partner/actions";
import { installFailedSchema, practiceIdSchema } from "@/lib/partner/schemas";
import { useActionForm } from "./use-action-form";

export type PartnerMove = "sendInvitation" | "markInstalled" | "markInstallFailed";

export function PracticeActions({ practiceId, moves, primaryContactName }: { practiceId: string; moves: PartnerMove[]; primaryContactName: string | null }) {
  const [done, setDone] = useState<string | null>(null);
  const onDone = (message?: string) => setDone(message ?? null);
  return (
    <div className="space-y-4">
      {done && <Notice tone="success">{done}</Notice>}
      {moves.includes("sendInvitation") && <SendInvitation practiceId={practiceId} primaryContactName={primaryContactName} onDone={onDone} />}
      {(moves.includes("markInstalled") || moves.includes("markInstallFailed")) && (
        <InstallOutcome practiceId={practiceId} canComplete={moves.includes("markInstalled")} canFail={moves.includes("markInstallFailed")} onDone={onDone} />
      )}
      {moves.length === 0 && !done && <p className="text-sm text-slate-600">Nothing for you to do on this practice right now.</p>}
    </div>
  );
}

type Done = { onDone: (message?: string) => void };

function SendInvitation({ practiceId, primaryContactName, onDone }: { practiceId: string; primaryContactName: string | null } & Done) {
  const { onSubmit, serverError, isSubmitting } = useActionForm(practiceIdSchema, sendInvitationAction, {
    defaultValues: { practiceId },
    onSuccess: (r) => onDone(r.message),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {serverError && <Notice tone="error">{serverError}</Notice>}
      <p className="text-sm text-slate-700">
        Emails {primaryContactName ?? "the primary contact"} a sign-in link to fill in the practice information, name a technical contact and accept your EULA.
      </p>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Sending…" : "Send invitation email"}</Button>
    </form>
  );
}

function InstallOutcome({ practiceId, canComplete, canFail, onDone }: { practiceId: string; canComplete: boolean; canFail: boolean } & Done) {
  const [failing, setFailing] = useState(false);
  const installed = useActionForm(practiceIdSchema, markInstalledAction, { defaultValues: { practiceId }, onSuccess: (r) => onDone(r.message) });
  const failed = useActionForm(installFailedSchema, markInstallFailedAction, {
    defaultValues: { practiceId, reason: "" },
    onSuccess: (r) => onDone(r.message),
  });
  const busy = installed.isSubmitting || failed.isSubmitting;
  const serverError = installed.serverError ?? failed.serverError;

  return (
    <div className="space-y-3">
      {serverError && <Notice tone="error">{serverError}</Notice>}
      <p className="text-sm text-slate-700">After the appointment, record how it went. The practice is emailed either way.</p>
      {!failing && (
        <div className="flex flex-wrap gap-3">
          {canComplete && (
            <form onSubmit={installed.onSubmit} noValidate>
              <Button type="submit" disabled={busy}>{installed.isSubmitting ? "Saving…" : "Mark install done"}</Button>
            </form>
          )}
          {canFail && (
            <Button type="button" variant="danger" disabled={busy} onClick={() => { installed.setServerError(null); setFailing(true); }}>
              Install failed…
            </Button>
          )}
        </div>
      )}
      {failing && (
        <form onSubmit={failed.onSubmit} noValidate className="space-y-3 rounded-md border border-red-200 bg-red-50/40 p-4">
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
            <Button type="button" variant="secondary" disabled={busy} onClick={() => { failed.setServerError(null); setFailing(false); }}>Cancel</Button>
          </div>
        </form>
      )}
    </div>
  );
}
