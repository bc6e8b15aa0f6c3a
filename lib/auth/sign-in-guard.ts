// What stands in front of next-auth's own endpoints (app/api/auth/[...nextauth]/route.ts):
//  - a GET of the emailed link's target (/api/auth/callback/email) signs nobody in: it is sent
//    on to the confirmation page, whose one button signs in by POST. An email security scanner
//    that opens every link therefore never uses the link up before the person clicks it;
//  - every POST has a small body limit, and a sign-in email request is checked (a NUL or
//    a 50 MB address once answered 500) and rate limited per address and per client IP.
// Refusals answer next-auth's JSON shape ({ url } with ?error=...), which its signIn() reads.
import { config } from "@/lib/config";
import { isStorableText } from "@/lib/contracts/fields";
import { clientIp, consume } from "@/lib/http/rate-limits";

const MAX_AUTH_BODY_BYTES = 8 * 1024;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function refusal(status: number, error: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ url: `${config.appUrl}/sign-in?error=${error}`, error: message }, { status, headers });
}

/** For a GET: where the request goes instead of next-auth, or null to let next-auth answer. */
export function redirectForGet(request: Request): Response | null {
  const url = new URL(request.url);
  if (!url.pathname.endsWith("/callback/email")) return null;
  return Response.redirect(`${config.appUrl}/sign-in/confirm${url.search}`, 303);
}

async function limitedText(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_AUTH_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.clone().body!.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > MAX_AUTH_BODY_BYTES) {
      // Not awaited: a tee'd branch's cancel settles only once the other branch is cancelled too.
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** For a POST: the refusal to answer instead of next-auth, or null to let next-auth answer. */
export async function refusalForPost(request: Request): Promise<Response | null> {
  const text = await limitedText(request);
  if (text === null) return refusal(413, "Invalid", `the body is over the ${MAX_AUTH_BODY_BYTES}-byte limit`);
  if (!new URL(request.url).pathname.endsWith("/signin/email")) return null;
  let email: string;
  try {
    email = (new URLSearchParams(text).get("email") ?? "").trim().toLowerCase();
  } catch {
    return refusal(400, "InvalidEmail", "the form could not be read");
  }
  if (!email || email.length > 254 || !isStorableText(email) || !EMAIL.test(email))
    return refusal(400, "InvalidEmail", "enter a valid email address");
  for (const [limit, identity] of [
    ["signInPerIp", clientIp(request)],
    ["signInPerAddress", email],
  ] as const) {
    const over = await consume(limit, identity);
    if (over)
      return refusal(429, "RateLimited", `too many sign-in emails: retry in ${over.retryAfterSeconds} s`, {
        "Retry-After": String(over.retryAfterSeconds),
      });
  }
  return null;
}
