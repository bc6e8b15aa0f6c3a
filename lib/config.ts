// Settings read from the environment, in one place. scripts/start.ts fills in the demo defaults.
export const config = {
  get appUrl() {
    return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  },
  /** A production deployment: no demo mailbox, no test clock. (NODE_ENV is "production" under `next start` everywhere.) */
  get isProduction() {
    return process.env.PIMS_LINK_ENV === "production";
  },
  /** The built-in mailbox (/dev/mailbox) exists everywhere except a production deployment. */
  get mailboxEnabled() {
    return !this.isProduction;
  },
  get smtpUrl() {
    return process.env.SMTP_URL || null;
  },
  get mailFrom() {
    return process.env.MAIL_FROM ?? "PIMS Link <onboarding@pimslink.example>";
  },
  get secret() {
    const secret = process.env.NEXTAUTH_SECRET;
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start generates one into .data/).");
    return secret;
  },
};
