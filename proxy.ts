// Runs before every request (Next 16's proxy, formerly middleware): refuses an address no route
// could handle (malformed %-escapes, NUL) with 400, and puts the security headers on every
// response, with a fresh CSP nonce for each page (lib/http/security-headers.ts).
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";
import { urlProblem } from "@/lib/http/request-url";
import { config as appConfig } from "@/lib/config";

export function proxy(request: NextRequest) {
  const headers = securityHeaders({ nonce: newNonce(), https: appConfig.https, dev: process.env.NODE_ENV === "development" });
  const problem = urlProblem(new URL(request.url));
  if (problem) {
    return NextResponse.json({ error: `bad request: ${problem}` }, { status: 400, headers });
  }
  // Next reads the nonce for its own scripts from the request's CSP header.
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
