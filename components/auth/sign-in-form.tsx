"use client";
// Email sign-in: asks next-auth to send a one-time link. The answer is the same whether or not
// the address has an account, so the form does not reveal who uses PIMS Link.
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/card";

const schema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the email address you were invited with")),
});

const FAILURES: Record<string, string> = {
  RateLimited:
    "Too many sign-in links were asked for this address. Please wait 15 minutes, then use the newest link you received.",
  InvalidEmail: "Enter a valid email address.",
  default: "We could not send a sign-in link just now. Please try again.",
};

export function SignInForm({ callbackUrl, mailboxEnabled }: { callbackUrl: string; mailboxEnabled: boolean }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema) });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFailed(null);
    const result = await signIn("email", { email, callbackUrl, redirect: false }).catch(() => null);
    if (!result || result.error) setFailed(FAILURES[result?.error ?? ""] ?? FAILURES.default);
    else setSentTo(email);
  });

  if (sentTo) {
    return (
      <Notice tone="success">
        <p className="font-semibold">Check your email</p>
        <p className="mt-1">
          If {sentTo} has a PIMS Link account, a sign-in link is on its way. It works once and expires in 24 hours.
        </p>
        {mailboxEnabled && (
          <p className="mt-2">
            Trying the demo? Open the{" "}
            <a className="underline" href={`/dev/mailbox?to=${encodeURIComponent(sentTo)}`}>
              demo mailbox
            </a>
            .
          </p>
        )}
      </Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failed && <Notice tone="error">{failed}</Notice>}
      <TextField
        label="Email address"
        type="email"
        autoComplete="email"
        error={formState.errors.email?.message}
        {...register("email")}
      />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
