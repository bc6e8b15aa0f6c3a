// Security and operations, as a browser and a client see them: demo mode serves this machine
// only; every response carries the security headers; a bad address is a 400; the emailed
// sign-in link survives a mail scanner, keeps its deep link, and sign-out is by POST with Back
// showing sign-in; a person of two practices lands on the link's practice and can switch.
import { expect, test } from "@playwright/test";
import { networkInterfaces } from "node:os";
import pg from "pg";
import { expectNoSeriousA11yViolations, followSignInLink, linkIn, newestEmailId, readEmail } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`;
const TECH = "tom@foxrun-vet.demo";

test("demo mode listens on loopback only", async () => {
  expect((await fetch(`http://127.0.0.1:${PORT}/sign-in`)).status).toBe(200);
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal);
  test.skip(!outside, "no non-loopback interface on this machine");
  await expect(fetch(`http://${outside!.address}:${PORT}/sign-in`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
});

test("security headers on pages, API answers and static files; no X-Powered-By", async ({ page }) => {
  const pageResponse = await fetch(`${BASE}/sign-in`);
  const csp = pageResponse.headers.get("content-security-policy") ?? "";
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  const html = await pageResponse.text();
  expect(html).toContain(`nonce="${nonce}"`); // Next put this response's nonce on its scripts
  const second = (await fetch(`${BASE}/sign-in`)).headers.get("content-security-policy");
  expect(second).not.toBe(csp); // a fresh nonce per response
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)![0];
  for (const response of [
    pageResponse,
    await fetch(`${BASE}/api/agent/v1/heartbeat`, { method: "POST" }),
    await fetch(`${BASE}${asset}`),
  ]) {
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("strict-transport-security")).toBeNull(); // plain-http demo
  }
  // The page still works under the policy: the client-side form validates.
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter the email address you were invited with")).toBeVisible();
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test("a malformed escape or NUL in any address is a 400, never a 500", async () => {
  for (const path of [
    "/practices/%E0%A4%A",
    "/practices/%00",
    "/board/table?q=%00",
    "/status/%ZZ",
    "/api/practices/%E0/home-delivery",
    "/onboarding/%C0%AF",
  ]) {
    expect((await fetch(`${BASE}${path}`, { redirect: "manual" })).status, path).toBe(400);
  }
  expect(
    (
      await fetch(`${BASE}/api/agent/v1/heartbeat`, {
        method: "POST",
        headers: { authorization: "Bearer x" },
        body: "x".repeat(100_000),
      })
    ).status,
  ).toBe(401);
});

test("the emailed link survives a scanner, keeps the deep link, and sign-out is by POST", async ({ browser }) => {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const { rows } = await db.query<{ id: string; name: string }>("SELECT id, name FROM practices ORDER BY name LIMIT 2 OFFSET 3");
  const tech = await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [TECH]);
  const own = await db.query<{ id: string; name: string }>(
    "SELECT id, name FROM practices WHERE technical_contact_id = $1 LIMIT 1",
    [tech.rows[0].id],
  );
  // Tom looks after a second clinic's server: a person of two practices.
  const second = rows.find((r) => r.id !== own.rows[0].id)!;
  await db.query("UPDATE practices SET technical_contact_id = $1 WHERE id = $2", [tech.rows[0].id, second.id]);
  await db.end();

  const context = await browser.newContext();
  const page = await context.newPage();
  const mailbox = await context.newPage();
  const previous = await newestEmailId(mailbox, TECH, /sign-in link/);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/onboarding/${second.id}`)}`);
  await page.getByLabel("Email address").fill(TECH);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
  const text = await readEmail(mailbox, TECH, /sign-in link/, previous);

  // A mail scanner opens the link (and the raw next-auth target) with plain GETs: nobody is signed in, the link stays good.
  const link = linkIn(text);
  for (const url of [link, link.replace("/sign-in/confirm", "/api/auth/callback/email")]) {
    const scanned = await fetch(url, { redirect: "follow" });
    expect(scanned.status).toBe(200);
    expect(scanned.headers.get("set-cookie") ?? "").not.toContain("session-token");
  }
  await page.goto(link);
  await expectNoSeriousA11yViolations(page);
  await followSignInLink(page, text);
  await expect(page).toHaveURL(new RegExp(`/onboarding/${second.id}$`));
  const switcher = page.getByRole("navigation", { name: "Your practices" });
  await expect(switcher.getByRole("link", { name: second.name })).toHaveAttribute("aria-current", "page");
  await switcher.getByRole("link", { name: own.rows[0].name }).click();
  await expect(page).toHaveURL(new RegExp(`/onboarding/${own.rows[0].id}$`));

  // Sign-out: the app's own page, by POST; Back afterwards shows sign-in, not the practice.
  await page.getByRole("link", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign out of PIMS Link" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to PIMS Link" })).toBeVisible();
  await context.close();
});
