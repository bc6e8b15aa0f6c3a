// The built-in mailbox: where emails land when no SMTP server is configured, so a person trying
// the demo can read sign-in links and notifications. Absent in a production deployment.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { config } from "@/lib/config";
import { PageHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Demo mailbox" };
export const dynamic = "force-dynamic";

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!config.mailboxEnabled) notFound();
  const { to } = await searchParams;
  const emails = await db.outboxEmail.findMany({
    where: { status: "SENT", transport: "mailbox", ...(to ? { toAddress: to.trim().toLowerCase() } : {}) },
    orderBy: { sentAt: "desc" },
    take: 100,
    select: { id: true, toAddress: true, subject: true, sentAt: true },
  });
  return (
    <div>
      <PageHeader title="Demo mailbox" subtitle="Emails PIMS Link sent while no SMTP server is configured. Newest first." />
      <form className="mb-4 flex items-end gap-2" method="get">
        <div className="w-80">
          <TextField label="Show emails to" name="to" type="email" defaultValue={to ?? ""} />
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {to && (
          <Link className="pb-2 text-sm underline" href="/dev/mailbox">
            Show all
          </Link>
        )}
      </form>
      {emails.length === 0 ? (
        <p className="text-sm text-slate-600">No emails yet. Emails appear here within a second or two of being sent.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {emails.map((e) => (
            <li key={e.id}>
              <Link href={`/dev/mailbox/${e.id}`} className="flex flex-wrap items-baseline gap-x-4 px-4 py-3 hover:bg-slate-50">
                <span className="font-medium text-slate-900">{e.subject}</span>
                <span className="text-sm text-slate-600">to {e.toAddress}</span>
                <span className="ml-auto text-xs text-slate-500">
                  {e.sentAt?.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
