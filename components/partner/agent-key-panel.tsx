"use client";
// The practice's sync-agent key: issue it, see it once, rotate or revoke it. The plaintext key
// lives only in this component's state after the action returns it; reloading loses it for good.
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { issueAgentKeyAction, revokeAgentKeyAction } from "@/lib/partner/actions";
import { issueKeySchema, revokeKeySchema } from "@/lib/partner/schemas";
import { useActionForm } from "@/components/forms/use-action-form";

export type KeyRow = { id: string; prefix: string; created: string; lastUsed: string | null; revoked: string | null };

export function AgentKeyPanel({
  practiceId,
  keys,
  canIssue,
  practiceName,
}: {
  practiceId: string;
  keys: KeyRow[];
  canIssue: boolean;
  practiceName: string;
}) {
  const [issued, setIssued] = useState<string | null>(null);
  // Kept here, not in the forms: a refusal refreshes the page and may remount them.
  const [flash, setFlash] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const fail = (text: string) => setFlash({ tone: "error", text });
  const active = keys.find((k) => !k.revoked) ?? null;

  return (
    <div className="space-y-4">
      {issued && <NewKey value={issued} onClose={() => setIssued(null)} practiceName={practiceName} />}
      {flash && !(issued && flash.tone === "success") && <Notice tone={flash.tone}>{flash.text}</Notice>}

      {keys.length === 0 ? (
        <p className="text-sm text-slate-600">
          No key issued yet. Issue one at the install and enter it in the agent on the practice server.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Agent keys">
          {keys.map((k) => (
            <li key={k.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
              <div className="min-w-0">
                <p className="font-mono text-sm text-slate-900">
                  {k.prefix}…{" "}
                  {k.revoked ? (
                    <span className="ml-1 rounded-full bg-zinc-200 px-2 py-0.5 font-sans text-xs font-semibold text-zinc-800">
                      Revoked
                    </span>
                  ) : (
                    <span className="ml-1 rounded-full bg-emerald-100 px-2 py-0.5 font-sans text-xs font-semibold text-emerald-900">
                      Active
                    </span>
                  )}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600">
                  <dt>Created</dt>
                  <dd>{k.created}</dd>
                  <dt>Last used</dt>
                  <dd>{k.lastUsed ?? "Never"}</dd>
                  {k.revoked && (
                    <>
                      <dt>Revoked</dt>
                      <dd>{k.revoked}</dd>
                    </>
                  )}
                </dl>
              </div>
              {!k.revoked && (
                <RevokeKey
                  practiceId={practiceId}
                  row={k}
                  onRevoked={(m) => {
                    setIssued(null);
                    setFlash(m ? { tone: "success", text: m } : null);
                  }}
                  onFail={fail}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canIssue ? (
        // Keyed by the active key, so a rotation starts from the key now on screen.
        <IssueKey
          key={active?.id ?? "none"}
          practiceId={practiceId}
          active={active}
          onIssued={(key) => {
            setFlash(null);
            setIssued(key);
          }}
          onFail={fail}
        />
      ) : (
        !active && (
          <p className="text-sm text-slate-600">A new key can be issued while the install is booked, installed or live.</p>
        )
      )}
    </div>
  );
}

function IssueKey({
  practiceId,
  active,
  onIssued,
  onFail,
}: {
  practiceId: string;
  active: KeyRow | null;
  onIssued: (key: string) => void;
  onFail: (error: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { onSubmit, isSubmitting } = useActionForm(issueKeySchema, issueAgentKeyAction, {
    defaultValues: { practiceId, replacesKeyId: active?.id },
    onSuccess: (r) => {
      if (typeof r.data === "string") onIssued(r.data);
    },
    onError: (r) => onFail(r.error),
  });

  if (!active) {
    return (
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Issuing…" : "Issue agent key"}
        </Button>
      </form>
    );
  }
  return (
    <div className="space-y-3">
      {!confirming ? (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Rotate key…
        </Button>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
          <p className="text-sm text-amber-950" id="rotate-warning">
            Rotating issues a new key and revokes <span className="font-mono">{active.prefix}…</span> at once. The agent on the
            practice server stops syncing until the new key is entered there.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={isSubmitting} aria-describedby="rotate-warning" autoFocus>
              {isSubmitting ? "Rotating…" : "Rotate key now"}
            </Button>
            <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

function RevokeKey({
  practiceId,
  row,
  onRevoked,
  onFail,
}: {
  practiceId: string;
  row: KeyRow;
  onRevoked: (message?: string) => void;
  onFail: (error: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const warningId = useId();
  const { onSubmit, isSubmitting } = useActionForm(revokeKeySchema, revokeAgentKeyAction, {
    defaultValues: { practiceId, keyId: row.id },
    onSuccess: (r) => onRevoked(r.message),
    onError: (r) => onFail(r.error),
  });
  if (!confirming) {
    return (
      <Button type="button" variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke key ${row.prefix}…`}>
        Revoke…
      </Button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="w-full space-y-3 rounded-md border border-red-200 bg-red-50 p-3 sm:w-auto sm:max-w-sm"
    >
      <p id={warningId} className="text-sm text-red-950">
        Revoke <span className="font-mono">{row.prefix}…</span>? The agent using it is refused from now on, until you issue a new
        key.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" disabled={isSubmitting} aria-describedby={warningId} autoFocus>
          {isSubmitting ? "Revoking…" : "Revoke key"}
        </Button>
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function NewKey({ value, onClose, practiceName }: { value: string; onClose: () => void; practiceName: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard access (e.g. plain http): select it so Ctrl+C works.
      input.current?.select();
      setCopied("failed");
    }
  };
  return (
    <div className="space-y-3 rounded-md border-2 border-amber-400 bg-amber-50 p-4">
      <h3 className="text-sm font-semibold text-amber-950">New agent key for {practiceName}</h3>
      <p className="text-sm text-amber-950">
        <strong>Copy it now: it will not be shown again.</strong> PIMS Link keeps only a fingerprint of it. Enter it in the sync
        agent on the practice server. If it is lost, rotate the key.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor="new-agent-key" className="block text-sm font-medium text-slate-800">
            New agent key
          </label>
          <input
            ref={input}
            id="new-agent-key"
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        <Button type="button" onClick={copy}>
          Copy key
        </Button>
      </div>
      <p role="status" className="text-sm text-amber-950">
        {copied === "yes"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Could not copy automatically: the key is selected, press Ctrl+C (⌘C on a Mac)."
            : ""}
      </p>
      <Button type="button" variant="secondary" onClick={onClose}>
        I have saved the key
      </Button>
    </div>
  );
}
