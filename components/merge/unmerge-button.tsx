"use client";
// Unmerge with a confirmation step: the first press asks, naming both records and what will
// happen; only "Yes, unmerge" acts. Focus moves into the question and back out on cancel.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { unmergeAction } from "@/lib/merge/actions";
import { useAnnounce } from "./announcer";

const BUTTON =
  "inline-flex items-center rounded-md border px-3 py-1 text-sm font-semibold shadow-sm disabled:cursor-not-allowed disabled:text-slate-400";

export function UnmergeButton({ practiceId, hdClientId, pair }: { practiceId: string; hdClientId: string; pair: string }) {
  const router = useRouter();
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const ids = { question: `unmerge-q-${hdClientId}`, note: `unmerge-note-${hdClientId}` };

  const wasAsking = useRef(false);
  useEffect(() => {
    // Into the question when it opens; back to the Unmerge button when it is cancelled.
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await unmergeAction({ practiceId, hdClientId, note: note || undefined }).catch(() => ({
      ok: false as const,
      error: "We could not reach PIMS Link. Try again.",
    }));
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    // The row leaves the list on refresh; the page-level announcer keeps the message.
    announce(result.message ?? "Unmerged.");
    router.refresh();
  }

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className={`${BUTTON} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        onClick={() => setAsking(true)}
      >
        Unmerge<span className="sr-only">{` ${pair}`}</span>
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={ids.question}
      className="max-w-sm rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p id={ids.question} className="font-medium text-amber-950">
        Unmerge {pair}?
      </p>
      <p className="mt-1 text-amber-950">
        Both records stay exactly as they are; the pet links go, and the engine will not merge this pair again on its own.
      </p>
      <label htmlFor={ids.note} className="mt-2 block font-medium text-slate-800">
        Note (optional)
      </label>
      <input
        id={ids.note}
        type="text"
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1"
      />
      {error && (
        <p role="alert" className="mt-2 text-red-800">
          {error}
        </p>
      )}
      <div className="mt-3 flex gap-2">
        <button
          ref={confirmRef}
          type="button"
          className={`${BUTTON} border-red-300 bg-white text-red-700 hover:bg-red-50`}
          onClick={confirm}
          disabled={busy}
        >
          {busy ? "Unmerging…" : "Yes, unmerge"}
        </button>
        <button
          type="button"
          className={`${BUTTON} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
          onClick={() => setAsking(false)}
          disabled={busy}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
