"use client";
// The review queue's controls: Merge, Not the same person, Skip, Previous, with single-key
// shortcuts (M, N, S or J, K) for working through hundreds of pairs, and the same actions as
// ordinary buttons for Tab and Enter. After a decision the next pair loads and focus moves to
// its heading, so a keyboard or screen-reader user carries on from the top of the new pair.
// This component stays mounted from pair to pair, so its live region can announce what was
// just decided even when the queue runs empty.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action";
import { mergePairAction, rejectPairAction } from "@/lib/merge/actions";
import { pairDecisionSchema } from "@/lib/merge/review/schema";
import { Button } from "@/components/ui/button";

import { ITEM_HEADING_ID } from "./ids";

const subscribeToNothing = () => () => {};

type Current = { hdClientId: string; pimsClientId: string; label: string };
/** `summary` (heading, score) comes before the decision, `children` (the records, pets) after it:
 * the buttons then sit at the same height for every pair. */
type Props = {
  practiceId: string;
  current: Current | null;
  nextHref: string;
  previousHref: string | null;
  summary: ReactNode;
  children: ReactNode;
};

function Key({ children }: { children: string }) {
  return <kbd className="rounded border border-current/40 px-1.5 font-mono text-xs font-semibold">{children}</kbd>;
}

/** Typing in a field never triggers a shortcut; neither do keys with modifiers. */
function isShortcut(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target as HTMLElement | null;
  if (!target) return true;
  return !(target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function ReviewWorkspace({ practiceId, current, nextHref, previousHref, summary, children }: Props) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<"merge" | "reject" | null>(null);
  const shown = useRef<string | null | undefined>(undefined);
  // The key hints appear once the shortcuts listen (after hydration), never before.
  // useSyncExternalStore answers false while rendering on the server and during hydration, true after.
  const ready = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

  // A new pair on screen (after a decision, Skip or a link): clear the form, focus its heading.
  const hd = current?.hdClientId ?? null;
  useEffect(() => {
    if (shown.current !== undefined && shown.current !== hd) {
      setNote("");
      setNoteError(null);
      setError(null);
      setBusy(null);
      document.getElementById(ITEM_HEADING_ID)?.focus();
    }
    shown.current = hd;
  }, [hd]);

  const go = useCallback((href: string) => router.push(href, { scroll: true }), [router]);

  const decide = useCallback(
    async (kind: "merge" | "reject") => {
      if (!current || busy) return;
      const input = { practiceId, hdClientId: current.hdClientId, pimsClientId: current.pimsClientId, note: note || undefined };
      const parsed = pairDecisionSchema.safeParse(input);
      if (!parsed.success) {
        setNoteError(parsed.error.issues[0]?.message ?? "Check the note.");
        return;
      }
      setBusy(kind);
      setError(null);
      let result: ActionResult<unknown>;
      try {
        result = await (kind === "merge" ? mergePairAction : rejectPairAction)(input);
      } catch {
        result = { ok: false, error: "We could not reach PIMS Link. Check your connection and try again." };
      }
      if (!result.ok) {
        setBusy(null);
        setError(result.error);
        return;
      }
      setMessage(`${current.label}: ${result.message ?? "done."}`);
      // Still busy until the next pair is on screen, so a second key press cannot decide twice.
      go(nextHref);
    },
    [busy, current, go, nextHref, note, practiceId],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!current || !isShortcut(event)) return;
      const key = event.key.toLowerCase();
      if (key === "m") decide("merge");
      else if (key === "n") decide("reject");
      else if ((key === "s" || key === "j") && !busy) go(nextHref);
      else if (key === "k" && previousHref && !busy) go(previousHref);
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [busy, current, decide, go, nextHref, previousHref]);

  return (
    <div>
      <div role="status" aria-live="polite">
        {message && (
          <p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">{message}</p>
        )}
      </div>
      {summary}
      {current && (
        <section
          aria-labelledby="decision-heading"
          className="my-5 rounded-lg border-2 border-brand-700/30 bg-white p-4 shadow-sm"
        >
          <h2 id="decision-heading" className="sr-only">
            Decision
          </h2>
          <div className="flex flex-wrap items-end gap-4">
            <div className="min-w-64 flex-1">
              <label htmlFor="decision-note" className="block text-sm font-medium text-slate-800">
                Note <span className="font-normal text-slate-500">(optional, kept in the audit trail)</span>
              </label>
              <input
                id="decision-note"
                type="text"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                onKeyDown={(e) => {
                  // Escape leaves the field so the single-key shortcuts work again.
                  if (e.key === "Escape") (e.target as HTMLInputElement).blur();
                }}
                aria-invalid={Boolean(noteError)}
                aria-describedby={noteError ? "decision-note-error" : "decision-note-hint"}
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600"
              />
              {noteError ? (
                <p id="decision-note-error" role="alert" className="mt-1 text-sm text-red-700">
                  {noteError}
                </p>
              ) : (
                <p id="decision-note-hint" className="mt-1 text-xs text-slate-500">
                  Shortcut keys pause while you type here; press Esc to leave the field.
                </p>
              )}
            </div>
            <div className="flex flex-wrap gap-2">
              <Button type="button" onClick={() => decide("merge")} disabled={busy !== null} aria-keyshortcuts="M">
                {busy === "merge" ? "Merging…" : "Merge"} <Key>M</Key>
              </Button>
              <Button
                type="button"
                variant="danger"
                onClick={() => decide("reject")}
                disabled={busy !== null}
                aria-keyshortcuts="N"
              >
                {busy === "reject" ? "Saving…" : "Not the same person"} <Key>N</Key>
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => go(nextHref)}
                disabled={busy !== null}
                aria-keyshortcuts="S J"
              >
                Skip <Key>S</Key>
              </Button>
              {previousHref && (
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => go(previousHref)}
                  disabled={busy !== null}
                  aria-keyshortcuts="K"
                >
                  Previous <Key>K</Key>
                </Button>
              )}
            </div>
          </div>
          {error && (
            <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
              {error}
            </p>
          )}
          <p className={`mt-3 text-xs text-slate-600 ${ready ? "" : "invisible"}`}>
            Keys: <Key>M</Key> merge · <Key>N</Key> not the same person · <Key>S</Key> or <Key>J</Key> skip to the next pair ·{" "}
            <Key>K</Key> previous pair · or <Key>Tab</Key> to a button and press <Key>Enter</Key>.
          </p>
        </section>
      )}
      {children}
    </div>
  );
}
