"use client";
// Signs out by POST (next-auth's signOut sends its CSRF token with it), then replaces this page
// in the history with the sign-in page, so Back does not return to a signed-in page.
import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="button"
      className="w-full"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ redirect: false });
        window.location.replace("/sign-in");
      }}
    >
      {busy ? "Signing out…" : "Sign out"}
    </Button>
  );
}
