"use client";
// The branded error page for a failure while rendering a page: an apology, a retry, and the
// way back. The reference (digest) lets the team find the logged error without showing it.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <p className="text-sm font-semibold text-red-700">Something went wrong</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">This page could not be shown</h1>
      <p className="mt-3 text-slate-700">
        It is our fault, not yours. Please try again; if it keeps happening, tell the onboarding team
        {error.digest ? ` the reference ${error.digest}` : ""}.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className={buttonClass("primary")}>
          Try again
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          Go to your start page
        </Link>
      </div>
    </div>
  );
}
