// Settings read from the environment, in one place. scripts/start.ts fills in the demo defaults
// and refuses a configuration its mode cannot run safely (lib/runtime/mode.ts).
import { modeOf } from "@/lib/runtime/mode";

export const config = {
  get mode() {
    return modeOf();
  },
  get appUrl() {
    return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  },
  /** Secure cookies and HSTS exactly when people reach the app over https. */
  get https() {
    return this.appUrl.startsWith("https://");
  },
  /** A production deployment: no demo mailbox, no test clock. (NODE_ENV is "production" under `next start` everywhere.) */
  get isProduction() {
    return modeOf() === "production";
  },
  /** The built-in mailbox (/dev/mailbox) and the demo users exist in demo mode only. */
  get mailboxEnabled() {
    return modeOf() === "demo";
  },
  get smtpUrl() {
    return process.env.SMTP_URL || null;
  },
  /** The pharmacy the practices know: named in every email's sender, greeting and signature. */
  get pharmacyName() {
    return process.env.PHARMACY_NAME?.trim() || "Evergreen Pet Pharmacy";
  },
  /** Sender address; its display name is the pharmacy's onboarding team unless MAIL_FROM names one. */
  get mailFrom() {
    return process.env.MAIL_FROM ?? `"${this.pharmacyName} onboarding team" <onboarding@pimslink.example>`;
  },
  /** Business days a practice has to complete its details after the partner's invitation. */
  get invitedLimitBusinessDays() {
    const days = Number(process.env.INVITED_LIMIT_BUSINESS_DAYS ?? 5);
    return Number.isInteger(days) && days > 0 && days <= 30 ? days : 5;
  },
  get secret() {
    const secret = process.env.NEXTAUTH_SECRET;
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start generates one into .data/).");
    return secret;
  },
};
