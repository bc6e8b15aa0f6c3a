import Link from "next/link";
import { Card } from "@/components/ui/card";
import { config } from "@/lib/config";

export default function CheckEmailPage() {
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <h1 className="mb-2 text-xl font-bold">Check your email</h1>
        <p className="text-sm text-slate-700">
          A sign-in link is on its way if the address has an account. It works once and expires in 24 hours.
        </p>
        {config.mailboxEnabled && (
          <p className="mt-3 text-sm">
            <Link className="underline" href="/dev/mailbox">
              Open the demo mailbox
            </Link>
          </p>
        )}
      </Card>
    </div>
  );
}
