// next-auth's endpoints (sign-in email, callback, session, sign-out), behind the checks of
// lib/auth/sign-in-guard.ts: a GET of the emailed link never signs in, bodies are limited, and
// sign-in emails are rate limited.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { redirectForGet, refusalForPost } from "@/lib/auth/sign-in-guard";

type Context = { params: Promise<{ nextauth: string[] }> };
const handler = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

export async function GET(request: Request, context: Context) {
  return redirectForGet(request) ?? handler(request, context);
}

export async function POST(request: Request, context: Context) {
  return (await refusalForPost(request)) ?? handler(request, context);
}
