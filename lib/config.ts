// Settings read from the environment, in one place. scripts/start.ts fills in the demo defaults.
export const config = {
  get appUrl() {
    return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  },
  /** The built-in mailbox (/dev/mailbox) exists everywhere except a production deployment. */
  get mailboxEnabled() {
    return process.env.PIMS_LINK_ENV !== "production";
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
