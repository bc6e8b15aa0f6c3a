// Turns one email's content into matching HTML and plain-text bodies, so every email has both
// and they never say different things. The signature names the pharmacy, so practices see who
// writes to them (an email "on behalf of your pharmacy" reads like phishing).
import { config } from "@/lib/config";

export type EmailContent = {
  subject: string;
  preheader?: string;
  greeting?: string;
  paragraphs: string[];
  /** Label/value lines shown as a small table (appointment time, practice, ...). */
  facts?: [string, string][];
  button?: { label: string; url: string };
  /** Closing lines; the default is the pharmacy's onboarding team. */
  signature?: string[];
};

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderEmail(content: EmailContent): { subject: string; html: string; text: string } {
  const signature = content.signature ?? [`The ${config.pharmacyName} onboarding team`];
  const text = [
    content.greeting,
    ...content.paragraphs,
    content.facts?.map(([label, value]) => `${label}: ${value}`).join("\n"),
    content.button ? `${content.button.label}: ${content.button.url}` : undefined,
    signature.join("\n"),
  ]
    .filter(Boolean)
    .join("\n\n");

  const facts = content.facts?.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:16px 0">${content.facts
        .map(
          ([label, value]) =>
            `<tr><td style="padding:4px 16px 4px 0;color:#475569">${escape(label)}</td><td style="padding:4px 0;font-weight:600">${escape(value)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  const button = content.button
    ? `<p style="margin:24px 0"><a href="${escape(content.button.url)}" style="background:#0f766e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escape(content.button.label)}</a></p><p style="font-size:12px;color:#64748b">Or paste this link into your browser: ${escape(content.button.url)}</p>`
    : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(content.subject)}</title></head>
<body style="margin:0;background:#f1f5f9;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#0f172a">
${content.preheader ? `<div style="display:none">${escape(content.preheader)}</div>` : ""}
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="background:#ffffff;border-radius:8px;padding:24px;border:1px solid #e2e8f0">
<p style="font-weight:700;color:#0f766e;margin:0 0 16px">${escape(config.pharmacyName)}</p>
${content.greeting ? `<p>${escape(content.greeting)}</p>` : ""}
${content.paragraphs.map((p) => `<p style="line-height:1.5">${escape(p)}</p>`).join("\n")}
${facts}${button}
<p style="line-height:1.5;margin-top:24px">${signature.map(escape).join("<br>")}</p>
</div>
<p style="font-size:12px;color:#64748b;margin-top:16px">Sent by PIMS Link, the PIMS integration service of ${escape(config.pharmacyName)}.</p>
</div></body></html>`;
  return { subject: content.subject, html, text };
}
