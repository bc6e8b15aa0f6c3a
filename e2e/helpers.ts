// Shared steps of the end-to-end tests: reading the demo mailbox and signing in through it.
import { expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO = { staff: "olivia@pharmacy.demo", partner: "dana@datapoint.demo" };

/** The mailbox id of the newest email to `to` whose subject matches, or null. */
export async function newestEmailId(page: Page, to: string, subject: RegExp): Promise<string | null> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const link = page.getByRole("link", { name: subject }).first();
  return (await link.count()) ? await link.getAttribute("href") : null;
}

/**
 * Opens the newest email to `to` whose subject matches, and returns its plain text. With
 * `newerThan`, waits for an email other than that one (a second sign-in link, say).
 */
export async function readEmail(page: Page, to: string, subject: RegExp, newerThan: string | null = null): Promise<string> {
  await expect(async () => {
    const id = await newestEmailId(page, to, subject);
    expect(id).not.toBeNull();
    expect(id).not.toBe(newerThan);
  }).toPass({ timeout: 30_000 });
  await page.getByRole("link", { name: subject }).first().click();
  await page.getByText("Plain-text version").click();
  return (await page.locator("pre").textContent()) ?? "";
}

export function linkIn(text: string, pattern = /https?:\/\/\S+\/sign-in\/confirm\?\S+/): string {
  const match = text.match(pattern);
  if (!match) throw new Error(`no link in email:\n${text}`);
  return match[0];
}

/** Opens an emailed sign-in link and presses its one button (opening alone signs nobody in). */
export async function followSignInLink(page: Page, emailText: string) {
  await page.goto(linkIn(emailText));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Signs in the way a person does: ask for a link, read it in the mailbox, follow it. */
async function signIn(page: Page, email: string) {
  const previous = await newestEmailId(page, email, /sign-in link/);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
  const text = await readEmail(page, email, /sign-in link/, previous);
  await followSignInLink(page, text);
}

export async function newSignedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}
