"use client";
// Uploads the two home-delivery CSVs to the route handler (multipart, so files of several MB
// pass) and shows its answer: the counts after a good import, or every problem found (file, row,
// column) when nothing was imported. The answer takes focus so keyboard and screen-reader users
// land on it.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { MAX_FILE_BYTES, UPLOAD_FIELDS, type UploadOutcome } from "@/lib/home-delivery/upload-form";
import { formatBytes } from "@/lib/http/limited-form-data";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { UploadProblems } from "./upload-problems";
import { formatCount } from "@/lib/format/numbers";

const FILES = [
  { name: UPLOAD_FIELDS.clients, label: "Home-delivery clients CSV", expected: "home-delivery-clients.csv" },
  { name: UPLOAD_FIELDS.pets, label: "Home-delivery pets CSV", expected: "home-delivery-pets.csv" },
] as const;

async function send(practiceId: string, form: FormData): Promise<UploadOutcome> {
  try {
    const response = await fetch(`/api/practices/${practiceId}/home-delivery`, { method: "POST", body: form });
    const body = (await response.json().catch(() => null)) as UploadOutcome | null;
    if (body && typeof body.ok === "boolean") return body;
    return {
      ok: false,
      error:
        response.status === 413
          ? `The upload is too large (limit ${formatBytes(MAX_FILE_BYTES)} per file).`
          : "The server did not answer as expected. Nothing was imported; please try again.",
    };
  } catch {
    return { ok: false, error: "The upload did not reach the server (network problem). Nothing was imported; please try again." };
  }
}

export function HomeDeliveryUploadForm({ practiceId }: { practiceId: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  const fieldError = (name: string) => (outcome && !outcome.ok ? outcome.fieldErrors?.[name]?.[0] : undefined);

  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        noValidate
        className="space-y-4"
        aria-describedby="upload-help"
        onSubmit={async (e) => {
          e.preventDefault();
          setSending(true);
          setOutcome(null);
          const result = await send(practiceId, new FormData(e.currentTarget));
          setSending(false);
          setOutcome(result);
          if (result.ok) {
            formRef.current?.reset();
            router.refresh();
          }
        }}
      >
        <p id="upload-help" className="text-sm text-slate-600">
          Choose both files; each may be up to {formatBytes(MAX_FILE_BYTES)}. Rows are added or updated by their id, and nothing
          is saved unless every row of both files is valid.
        </p>
        {FILES.map((f) => {
          const error = fieldError(f.name);
          return (
            <div key={f.name}>
              <label htmlFor={f.name} className="block text-sm font-medium text-slate-800">
                {f.label}
              </label>
              <input
                id={f.name}
                name={f.name}
                type="file"
                accept=".csv,text/csv"
                aria-required="true"
                aria-invalid={Boolean(error)}
                aria-describedby={error ? `${f.name}-error` : `${f.name}-hint`}
                className="mt-1 block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-50"
              />
              {error ? (
                <p id={`${f.name}-error`} className="mt-1 text-sm text-red-700">
                  {error}
                </p>
              ) : (
                <p id={`${f.name}-hint`} className="mt-1 text-xs text-slate-500">
                  Usually named <code>{f.expected}</code>.
                </p>
              )}
            </div>
          );
        })}
        <Button type="submit" disabled={sending}>
          {sending ? "Uploading and checking…" : "Upload and import"}
        </Button>
      </form>

      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {outcome?.ok && (
          <Notice tone="success">
            <p className="font-semibold">Imported.</p>
            <ul className="mt-1 list-disc pl-5">
              <li>
                Clients: {formatCount(outcome.clients.total)} ({formatCount(outcome.clients.new)} new,{" "}
                {formatCount(outcome.clients.updated)} updated)
              </li>
              <li>
                Pets: {formatCount(outcome.pets.total)} ({formatCount(outcome.pets.new)} new, {formatCount(outcome.pets.updated)}{" "}
                updated)
              </li>
            </ul>
            <p className="mt-2">
              {outcome.matchingQueued
                ? "Matching will run in the background: the new home-delivery clients are compared with the practice's PIMS clients."
                : "Matching will run once the practice's PIMS data arrives from the sync agent."}
            </p>
          </Notice>
        )}
        {outcome && !outcome.ok && (
          <Notice tone="error">
            <p className="font-semibold">{outcome.error}</p>
            {outcome.problems && outcome.problems.length > 0 && (
              <UploadProblems problems={outcome.problems} more={outcome.moreProblems ?? 0} />
            )}
          </Notice>
        )}
      </div>
    </div>
  );
}
