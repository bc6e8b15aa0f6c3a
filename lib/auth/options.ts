// next-auth configuration: email sign-in links only, database sessions. Only people PIMS Link
// already knows (invited by staff or created by the seed) can sign in; a link for an unknown
// address is never sent, so the sign-in form does not reveal who has an account.
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { confirmationUrl, SIGN_IN_LINK_HOURS } from "./sign-in-link";
import { config } from "@/lib/config";

export const authOptions: NextAuthOptions = {
  // The v4 adapter's types predate Prisma 6's generated client; the runtime API is the same.
  adapter: PrismaAdapter(db as never),
  session: { strategy: "database", maxAge: 30 * 24 * 3600 },
  // From APP_URL, not next-auth's own NEXTAUTH_URL guess: https means __Secure- cookies.
  useSecureCookies: config.https,
  pages: { signIn: "/sign-in", signOut: "/sign-out", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [
    EmailProvider({
      maxAge: SIGN_IN_LINK_HOURS * 3600,
      // Placeholder: sendVerificationRequest below writes to the outbox; the worker delivers.
      server: "smtp://unused.invalid",
      async sendVerificationRequest({ identifier, url }) {
        const user = await db.user.findUnique({ where: { email: identifier.toLowerCase() } });
        if (!user) return;
        await db.$transaction((tx) =>
          enqueueEmail(tx, {
            template: "sign-in-link",
            to: identifier,
            content: {
              subject: "Your PIMS Link sign-in link",
              greeting: user.name ? `Hello ${user.name},` : "Hello,",
              paragraphs: [
                `Use the button below to sign in to PIMS Link. The link works once and expires in ${SIGN_IN_LINK_HOURS} hours.`,
                "If you did not ask to sign in, you can ignore this email.",
              ],
              button: { label: "Sign in to PIMS Link", url: confirmationUrl(url) },
            },
          }),
        );
      },
    }),
  ],
  callbacks: {
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true; // unknown addresses get no email (see above)
      const known = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      return Boolean(known);
    },
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
};
