import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { config } from "@/lib/config";
import { Card } from "@/components/ui/card";

export const dynamic = "force-dynamic";

type Attachment = { filename: string; contentType: string; content: string };

export default async function MailboxMessage({ params }: { params: Promise<{ id: string }> }) {
  if (!config.mailboxEnabled) notFound();
  const { id } = await params;
  const email = await db.outboxEmail.findUnique({ where: { id } });
  if (!email) notFound();
  const attachments = email.attachments as Attachment[];
  return (
    <div className="space-y-4">
      <Link className="text-sm underline" href={`/dev/mailbox?to=${encodeURIComponent(email.toAddress)}`}>
        Back to mailbox
      </Link>
      <Card>
        <h1 className="text-xl font-bold">{email.subject}</h1>
        <p className="text-sm text-slate-600">
          To {email.toAddress} · {email.sentAt?.toLocaleString("en-US")}
        </p>
        {attachments.length > 0 && (
          <ul className="mt-2 text-sm">
            {attachments.map((a) => (
              <li key={a.filename}>
                Attachment:{" "}
                <a
                  className="underline"
                  download={a.filename}
                  href={`data:${a.contentType.split(";")[0]};charset=utf-8,${encodeURIComponent(a.content)}`}
                >
                  {a.filename}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <iframe
        title={`Email: ${email.subject}`}
        srcDoc={email.html.replace("<head>", '<head><base target="_top">')}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        className="h-[36rem] w-full rounded-lg border border-slate-200 bg-white"
      />
      <details className="text-sm">
        <summary className="cursor-pointer">Plain-text version</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded bg-white p-4">{email.text}</pre>
      </details>
    </div>
  );
}
