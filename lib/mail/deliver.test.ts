// Delivery by mode: the demo mailbox only in demo mode; in production without SMTP an email is
// not delivered and never shown as delivered.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "./outbox";
import { deliverPendingEmails } from "./deliver";
import { uid } from "@/tests/factories";

const saved = { mode: process.env.PIMS_LINK_ENV, smtp: process.env.SMTP_URL };
afterEach(() => {
  process.env.PIMS_LINK_ENV = saved.mode;
  process.env.SMTP_URL = saved.smtp;
  if (saved.mode === undefined) delete process.env.PIMS_LINK_ENV;
  if (saved.smtp === undefined) delete process.env.SMTP_URL;
});

/** Delivers until this row has been tried (other tests leave pending rows in the shared database). */
async function deliverUntilTried(id: string) {
  for (let round = 0; round < 500; round++) {
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    if (row.attempts > 0) return;
    if ((await deliverPendingEmails(db)) === 0) return;
  }
}

async function queueOne() {
  const to = `mode-${uid()}@test.example`;
  const row = await db.$transaction((tx) =>
    enqueueEmail(tx, { template: "test", to, content: { subject: "Hello", greeting: "Hi,", paragraphs: ["Body"] } }),
  );
  return row.id;
}

describe("email delivery by mode", () => {
  it("puts email in the demo mailbox in demo mode", async () => {
    delete process.env.PIMS_LINK_ENV;
    delete process.env.SMTP_URL;
    const id = await queueOne();
    await deliverUntilTried(id);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", transport: "mailbox" });
  });

  it("never marks an email delivered in production mode without SMTP", async () => {
    process.env.PIMS_LINK_ENV = "production";
    delete process.env.SMTP_URL;
    const id = await queueOne();
    await deliverUntilTried(id);
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    expect(row.sentAt).toBeNull();
    expect(row.transport).toBeNull();
    expect(row.lastError).toMatch(/SMTP_URL is not set/);
  });
});
