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
import { installedSchema, installFailedSchema, practiceIdSchema } from "@/lib/partner/schemas";
import { useActionForm } from "@/components/forms/use-action-form";

export type PartnerMove = "sendInvitation" | "markInstalled" | "markInstallFailed";

export function PracticeActions({
  practiceId,
  moves,
  primaryContactName,
  idleNote,
  appointmentLabel = null,
}: {
  practiceId: string;
  moves: PartnerMove[];
  primaryContactName: string | null;
  idleNote: string | null;
  /** When the booked appointment has not started yet: its time, and the forms ask why mark it now. */
  appointmentLabel?: string | null;
}) {
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const report: Report = {
    onDone: (message) => setOutcome(message ? { tone: "success", text: message } : null),
    onFail: (error) => setOutcome({ tone: "error", text: error }),
    clear: () => setOutcome(null),
  };
  return (
    <div className="space-y-4">
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      {moves.includes("sendInvitation") && (
        <SendInvitation practiceId={practiceId} primaryContactName={primaryContactName} {...report} />
      )}
      {(moves.includes("markInstalled") || moves.includes("markInstallFailed")) && (
        <InstallOutcome
          practiceId={practiceId}
          canComplete={moves.includes("markInstalled")}
          canFail={moves.includes("markInstallFailed")}
          early={appointmentLabel}
          {...report}
        />
      )}
      {moves.length === 0 && !outcome && idleNote && <p className="text-sm text-slate-600">{idleNote}</p>}
    </div>
  );
}

type Report = { onDone: (message?: string) => void; onFail: (error: string) => void; clear: () => void };

function SendInvitation({
  practiceId,
  primaryContactName,
  onDone,
  onFail,
  clear,
}: { practiceId: string; primaryContactName: string | null } & Report) {
  const { onSubmit, isSubmitting } = useActionForm(practiceIdSchema, sendInvitationAction, {
    defaultValues: { practiceId },
    onSuccess: (r) => onDone(r.message),
    onError: (r) => onFail(r.error),
  });
  return (
    <form
      onSubmit={(e) => {
        clear();
        return onSubmit(e);
      }}
      noValidate
      className="space-y-3"
    >
      <p className="text-sm text-slate-700">
        Emails {primaryContactName ?? "the primary contact"} a sign-in link to fill in the practice information, name a technical
        contact and accept your EULA.
      </p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Sending…" : "Send invitation email"}
      </Button>
    </form>
  );
}

function InstallOutcome({
  practiceId,
  canComplete,
  canFail,
  early,
  onDone,
  onFail,
  clear,
}: { practiceId: string; canComplete: boolean; canFail: boolean; early: string | null } & Report) {
  const [failing, setFailing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const installed = useActionForm(installedSchema, markInstalledAction, {
    defaultValues: { practiceId, earlyReason: "" },
    onSuccess: (r) => onDone(r.message),
    onError: (r) => onFail(r.error),
  });
  const failed = useActionForm(installFailedSchema, markInstallFailedAction, {
    defaultValues: { practiceId, reason: "", earlyReason: "" },
    onSuccess: (r) => onDone(r.message),
    onError: (r) => onFail(r.error),
  });
  const busy = installed.isSubmitting || failed.isSubmitting;

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">After the appointment, record how it went. The practice is emailed either way.</p>
      {!failing && !confirming && (
        <div className="flex flex-wrap gap-3">
          {canComplete && early && (
            <Button
              type="button"
              disabled={busy}
              onClick={() => {
                clear();
                setConfirming(true);
              }}
            >
              Mark install done…
            </Button>
          )}
          {canComplete && !early && (
            <form
              onSubmit={(e) => {
                clear();
                return installed.onSubmit(e);
              }}
              noValidate
            >
              <Button type="submit" disabled={busy}>
                {installed.isSubmitting ? "Saving…" : "Mark install done"}
              </Button>
            </form>
          )}
          {canFail && (
            <Button
              type="button"
              variant="danger"
              disabled={busy}
              onClick={() => {
                clear();
                setFailing(true);
              }}
            >
              Install failed…
            </Button>
          )}
        </div>
      )}
      {confirming && early && (
        <form
          onSubmit={(e) => {
            clear();
            return installed.onSubmit(e);
          }}
          noValidate
          className="space-y-3 rounded-md border border-amber-200 bg-amber-50/40 p-4"
        >
          <h3 className="text-sm font-semibold text-slate-900">The appointment ({early}) has not started yet</h3>
          <TextAreaField
            id="done-early-reason"
            label="Why mark the install done now? (required)"
            hint="Recorded on the practice's timeline, e.g. the technical contact was free earlier."
            autoFocus
            error={installed.form.formState.errors.earlyReason?.message}
            {...installed.form.register("earlyReason", {
              validate: (v) => (v?.trim() ? true : "Say why the install is done before its appointment"),
            })}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={busy}>
              {installed.isSubmitting ? "Saving…" : "Confirm: install done"}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => {
                clear();
                setConfirming(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
      {failing && (
        <form
          onSubmit={(e) => {
            clear();
            return failed.onSubmit(e);
          }}
          noValidate
          className="space-y-3 rounded-md border border-red-200 bg-red-50/40 p-4"
        >
          <h3 className="text-sm font-semibold text-slate-900">Record a failed install</h3>
          <TextAreaField
            label="What went wrong? (required)"
            hint="The practice and the technical contact read this; say what they need to fix before a new appointment."
            autoFocus
            error={failed.form.formState.errors.reason?.message}
            {...failed.form.register("reason")}
          />
          {early && (
            <TextAreaField
              id="failed-early-reason"
              label={`The appointment (${early}) has not started yet: why record it now? (required)`}
              error={failed.form.formState.errors.earlyReason?.message}
              {...failed.form.register("earlyReason", {
                validate: (v) => (v?.trim() ? true : "Say why the install is recorded before its appointment"),
              })}
            />
          )}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={busy}>
              {failed.isSubmitting ? "Saving…" : "Record failed install"}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => {
                clear();
                setFailing(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
