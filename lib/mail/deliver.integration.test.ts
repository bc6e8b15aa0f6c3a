// Outbox delivery with two workers at once and a slow SMTP server (a real one, smtp-server):
// every email reaches the server exactly once, even when a batch takes longer than a database
// transaction may stay open.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { uid } from "@/tests/factories";
import { deliverPendingEmails } from "./deliver";

const received: string[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      let text = "";
      stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      // 700 ms a message: a batch of 10 outlives Prisma's 5 s interactive-transaction timeout.
      stream.on("end", () =>
        setTimeout(() => {
          received.push(text.match(/^Subject: (.*)$/im)?.[1]?.trim() ?? "");
          callback();
        }, 700),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("deliverPendingEmails", () => {
  it("sends each email once with two workers delivering at the same time, however slow the SMTP server", async () => {
    // Older due emails of other tests would be claimed first: make them not due.
    await db.outboxEmail.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 86_400_000) } });
    const run = uid();
    const subjects = Array.from({ length: 10 }, (_, i) => `Delivery test ${run} #${i}`);
    await db.outboxEmail.createMany({
      data: subjects.map((subject) => ({
        template: "test",
        toAddress: "ops@test.example",
        subject,
        html: "<p>x</p>",
        text: "x",
        nextAttemptAt: new Date(Date.now() - 1000),
      })),
    });
    const [a, b] = await Promise.all([deliverPendingEmails(db), deliverPendingEmails(db)]);
    expect(a + b).toBe(10);
    // Each worker goes round again, as the worker loop does: nothing is due any more.
    expect(await Promise.all([deliverPendingEmails(db), deliverPendingEmails(db)])).toEqual([0, 0]);
    expect(received.filter((s) => s.includes(run)).sort()).toEqual([...subjects].sort());
    const rows = await db.outboxEmail.findMany({ where: { subject: { in: subjects } } });
    expect(rows.every((row) => row.status === "SENT" && row.attempts === 1 && row.transport === "smtp")).toBe(true);
  }, 30_000);
});
