// Issue 11's pages in a real browser: /analytics for staff (a 404 for a practice user), the
// branded 404 with its way back, and the pages that gained the projected go-live (board card,
// practice page, status page). axe on each; with SCREENSHOTS=1 each is saved at 1280 and 390 px
// wide to docs/screenshots/ for review.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const WIDTHS = [1280, 390] as const;

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("analytics for staff, 404 for a practice user; projections on board, practice and status pages", async ({
  browser,
  page,
}) => {
  const staff = await newSignedInPage(browser, DEMO.staff);
  await staff.goto("/analytics?days=365");
  for (const title of [
    "Time in each step",
    "Funnel by week",
    "On time by partner",
    "On time by staff owner",
    "Hold time",
    "Projected go-live",
  ]) {
    await expect(staff.getByRole("heading", { name: title })).toBeVisible();
  }
  await expect(staff.getByRole("table", { name: "Time in each step" })).toBeVisible();
  await staff.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(staff);
  await shoot(staff, "analytics");

  await staff.goto("/analytics?days=7");
  await expect(staff.getByText(/Choose a period of 30, 90, 180, 365 days; showing the last 90 days/)).toBeVisible();

  await staff.goto("/board");
  await expect(staff.getByText(/Projected live:/).first()).toBeVisible();
  await shoot(staff, "board");
  await staff
    .getByRole("region", { name: /Details complete/ })
    .getByRole("link")
    .first()
    .click();
  await staff.waitForURL(/\/practices\//);
  await expect(staff.getByText("Projected go-live:")).toBeVisible();
  await expect(staff.getByText("Slug for the CLI:")).toBeVisible();
  await shoot(staff, "practice-detail");
  const progress = await staff.getByRole("link", { name: "Read-only progress link" }).getAttribute("href");
  await page.goto(new URL(progress!).pathname);
  await expect(page.getByText(/^Done /).first()).toBeVisible();
  await expect(page.getByText(/^Planned by /).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "progress-page");

  const primary = await newSignedInPage(browser, "priya@stonegate-vet.demo");
  const response = await primary.goto("/analytics");
  expect(response?.status()).toBe(404);
  await expect(primary.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(primary.getByRole("link", { name: "Go to your start page" })).toBeVisible();
  await expectNoSeriousA11yViolations(primary);
  await shoot(primary, "not-found");
});
