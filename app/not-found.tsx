// The branded "not found" page: what happened, and the ways back (home sends each person to
// their own work). Also what anyone gets for a page they may not see, so it never says which.
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">We could not find that page</h1>
      <p className="mt-3 text-slate-700">The link may be mistyped or out of date, or the page belongs to another account.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClass("primary")}>
          Go to your start page
        </Link>
        <Link href="/sign-in" className={buttonClass("secondary")}>
          Sign in with another email
        </Link>
      </div>
    </div>
  );
}
