"use client";
// Last resort when the root layout itself fails: a whole document of its own (no layout, no
// styles beyond inline ones), still with a retry and a way back.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{ fontFamily: "system-ui, sans-serif", color: "#0f172a", margin: 0, padding: "48px 16px", textAlign: "center" }}
      >
        <p style={{ color: "#0f766e", fontWeight: 700 }}>PIMS Link</p>
        <h1 style={{ fontSize: 24 }}>Something went wrong</h1>
        <p>Please try again{error.digest ? ` (reference ${error.digest})` : ""}.</p>
        <p>
          <button type="button" onClick={reset} style={{ padding: "8px 16px", marginRight: 12 }}>
            Try again
          </button>
          {/* A full page load on purpose: the app's own navigation may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Go to your start page</a>
        </p>
      </body>
    </html>
  );
}
