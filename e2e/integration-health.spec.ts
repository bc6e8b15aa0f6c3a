// After go-live, end to end: a Live practice's agent goes silent (the app's clock is moved
// forward through /dev/clock, never slept); the alert opens and its emails arrive in the demo
// mailbox; the fleet page shows it failing; the technical contact books a reconnect session from
// the partner's slots; the partner sees it in its queue; a heartbeat closes the case and the
// next evaluation closes the alert with recovery emails.
// The worker's own alert job (every minute) reads the same moved clock and may evaluate first:
// the spec therefore checks this practice's alerts, never the counts one evaluation returns.
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage, readEmail } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`;
const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-not-for-production" };
const cli = (...args: string[]) => execFileSync("npx", ["pims-link", ...args], { env, encoding: "utf8" }).trim();

async function moveClock(page: Page, body: { advance_minutes: number } | { reset: true }) {
  const response = await page.request.post("/dev/clock", { data: body });
  expect(response.status()).toBe(200);
  return (await response.json()) as { now: string; alerts: { opened: number; closed: number } };
}

async function shoot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `docs/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a silent agent opens an alert, the technical contact books a reconnect, a heartbeat recovers it", async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const slug = `silent-${stamp}`;
  const name = `Quiet Creek Vet ${stamp}`;
  const technical = `tech-${stamp}@quietcreek.example`;
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-silent-"));
  cli("generate", "--clients", "20", "--seed", "7", "--out", dir, "--quiet");
  cli("practice", "create", "--name", name, "--slug", slug, "--partner", "IDEXX DataPoint");
  const key = cli("agent-key", "--practice", slug);

  // The practice belongs to the demo partner, is owned by Olivia, and has a technical contact;
  // the partner has an open slot three days out.
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  let practiceId = "";
  try {
    const ids = await db.query<{ partner: string; owner: string }>(
      `SELECT (SELECT partner_id FROM users WHERE email = $1) AS partner, (SELECT id FROM users WHERE email = $2) AS owner`,
      [DEMO.partner, DEMO.staff],
    );
    const { partner, owner } = ids.rows[0];
    const tech = await db.query<{ id: string }>(
      `INSERT INTO users (id, email, name, role) VALUES (gen_random_uuid()::text, $1, 'Theo Tech', 'PRACTICE') RETURNING id`,
      [technical],
    );
    const updated = await db.query<{ id: string }>(
      `UPDATE practices SET partner_id = $1, owner_id = $2, technical_contact_id = $3 WHERE slug = $4 RETURNING id`,
      [partner, owner, tech.rows[0].id, slug],
    );
    practiceId = updated.rows[0].id;
    await db.query(
      `INSERT INTO install_slots (id, partner_id, starts_at, ends_at) VALUES (gen_random_uuid()::text, $1, (now() + interval '3 days') AT TIME ZONE 'UTC', (now() + interval '3 days 2 hours') AT TIME ZONE 'UTC')`,
      [partner],
    );
  } finally {
    await db.end();
  }
  // The first load makes it Live; the agent then goes quiet.
  cli("agent", "push", "--url", BASE, "--key", key, "--dir", dir);

  const staff = await newSignedInPage(browser, DEMO.staff);
  try {
    await staff.goto(`/practices/${practiceId}`);
    await expect(staff.getByText(/Health: (Healthy|Warning)/)).toBeVisible();

    // Seven hours of silence, in one request.
    await moveClock(staff, { advance_minutes: 7 * 60 });
    await expect.poll(() => openAlertRules(practiceId)).toContain("agent_silent");
    // Same path as before with only a hash: reload, or the browser keeps the earlier render.
    await staff.goto(`/practices/${practiceId}#alerts`);
    await staff.reload();
    const health = staff.getByRole("region", { name: "Integration health" });
    await expect(health.getByText("Health: Failing")).toBeVisible();
    await expect(health.getByText("Error: Sync agent silent")).toBeVisible();
    await expect(health.getByText(/Waiting for the technical contact to book a session/)).toBeVisible();
    await expectNoSeriousA11yViolations(staff);

    // The fleet lists it failing, with its open alert.
    await staff.goto(`/integrations?state=failing&sort=heartbeat`);
    await expect(staff.getByRole("heading", { name: "Integrations" })).toBeVisible();
    const row = staff.getByRole("row", { name: new RegExp(name) });
    await expect(row.getByText("Health: Failing")).toBeVisible();
    await expect(row.getByRole("link", { name: "1 open" })).toBeVisible();
    await expectNoSeriousA11yViolations(staff);
    await staff.goto(`/integrations?partnerId=${await partnerIdOf(practiceId)}&state=failing`);
    await shoot(staff, "integrations");

    // Emails: the owner in staff words, the technical contact in the practice's.
    const ownerMail = await readEmail(staff, DEMO.staff, new RegExp(`Alert: ${name}: sync agent silent`));
    expect(ownerMail).toContain("You will get one reminder a day");
    const techMail = await readEmail(staff, technical, /your home-delivery pharmacy connection needs you/);
    expect(techMail).toContain(`Book a reconnect session: ${BASE}/onboarding/${practiceId}/schedule`);

    // The technical contact books a reconnect session on the same booking page as the install.
    const tech = await newSignedInPage(browser, technical);
    await tech.goto(`/onboarding/${practiceId}`);
    await expect(tech.getByText("The sync agent on your server has stopped reporting.")).toBeVisible();
    await expectNoSeriousA11yViolations(tech);
    await shoot(tech, "practice-integration");
    await tech.getByRole("link", { name: "Book a reconnect session" }).click();
    await expect(tech.getByRole("heading", { name: "Reconnect the sync agent" })).toBeVisible();
    await tech.getByRole("radio").first().check();
    await tech.getByRole("button", { name: "Book this time" }).click();
    await expect(tech.getByText(/Reconnect session booked for/)).toBeVisible();
    await expectNoSeriousA11yViolations(tech);
    await shoot(tech, "reconnect-booking");
    await tech.context().close();

    // The partner sees it in its request queue.
    const partner = await newSignedInPage(browser, DEMO.partner);
    await partner.goto("/partner");
    const requests = partner.getByRole("region", { name: /Reconnect requests/ });
    await expect(requests.getByRole("link", { name })).toBeVisible();
    await expect(requests.getByText(/Session booked:/).first()).toBeVisible();
    await partner.context().close();

    // The agent comes back: its heartbeat closes the case; the next evaluation closes the alert.
    const beat = await staff.request.post("/api/agent/v1/heartbeat", {
      headers: { authorization: `Bearer ${key}` },
      data: { agent_version: "2.4.0", pims_version: "9.5" },
    });
    expect(await beat.json()).toEqual({ ok: true, resync: null });
    await moveClock(staff, { advance_minutes: 1 });
    await expect.poll(() => openAlertRules(practiceId)).toEqual([]);
    await staff.goto(`/practices/${practiceId}#alerts`);
    await expect(health.getByText("Open alerts (0)")).toBeVisible();
    await expect(health.getByText(/Closed .*: the agent sent a heartbeat/)).toBeVisible();
    await expect(staff.getByText("Health: Failing")).toHaveCount(0);
    const recovered = await readEmail(staff, DEMO.staff, new RegExp(`Resolved: ${name}: sync agent silent`));
    expect(recovered).toContain("closed by itself");
    const techRecovered = await readEmail(staff, technical, /the pharmacy connection is working again/);
    expect(techRecovered).toContain("There is nothing more to do");
  } finally {
    await moveClock(staff, { reset: true }).catch(() => undefined);
  }
});

async function openAlertRules(practiceId: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const open = await db.query<{ rule: string }>(
      `SELECT rule FROM integration_alerts WHERE practice_id = $1 AND closed_at IS NULL ORDER BY rule`,
      [practiceId],
    );
    return open.rows.map((r) => r.rule);
  } finally {
    await db.end();
  }
}

async function partnerIdOf(practiceId: string): Promise<string> {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    return (await db.query<{ partner_id: string }>(`SELECT partner_id FROM practices WHERE id = $1`, [practiceId])).rows[0]
      .partner_id;
  } finally {
    await db.end();
  }
}
