import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import "@/lib/validation/plain-messages";
import { getCurrentUser } from "@/lib/auth/session";
import { config } from "@/lib/config";

export const metadata: Metadata = {
  title: { default: "PIMS Link", template: "%s · PIMS Link" },
  description: "Connect veterinary practices' PIMS to the home-delivery pharmacy",
};

const NAV: Record<string, { href: string; label: string }[]> = {
  STAFF: [
    { href: "/board", label: "Queue board" },
    { href: "/board/table", label: "Table" },
    { href: "/integrations", label: "Integrations" },
    { href: "/analytics", label: "Analytics" },
    { href: "/practices/new", label: "New practice" },
    { href: "/users", label: "Users" },
  ],
  PARTNER: [
    { href: "/partner", label: "Request queue" },
    { href: "/partner/slots", label: "Install slots" },
  ],
  PRACTICE: [],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand-700">
              PIMS Link
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-4 text-sm">
              {(user ? NAV[user.role] : []).map((item) => (
                <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand-700">
                  {item.label}
                </Link>
              ))}
              {config.mailboxEnabled && (
                <Link href="/dev/mailbox" className="text-slate-500 hover:text-brand-700">
                  Demo mailbox
                </Link>
              )}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              {user ? (
                <>
                  <span className="text-slate-600">{user.name ?? user.email}</span>
                  <Link href="/sign-out" className="text-slate-700 underline">
                    Sign out
                  </Link>
                </>
              ) : (
                <Link href="/sign-in" className="text-slate-700 underline">
                  Sign in
                </Link>
              )}
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
