// axe-core on the pages people use most: no serious or critical violation is allowed. With
// SCREENSHOTS=1 the same visits save full-page screenshots to docs/screenshots/ for review.
import { test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const DEMO_PRIMARY = "priya@stonegate-vet.demo";
const DEMO_TECHNICAL = "tom@foxrun-vet.demo";

async function check(page: Page, path: string, shot: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(page);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${shot}.png`, fullPage: true });
}

async function ownPracticePath(page: Page) {
  await page.goto("/");
  return new URL(page.url()).pathname; // "/" sends a practice user to their wizard
}

test("sign-in and board pages", async ({ browser, page }) => {
  await check(page, "/sign-in", "sign-in");
  const staff = await newSignedInPage(browser, "olivia@pharmacy.demo");
  await check(staff, "/board", "board");
  await check(staff, "/board/table?lateOnly=1", "board-table");
  await check(staff, "/practices/new", "practice-new");
  await staff.goto("/board");
  await staff
    .getByRole("region", { name: /Details complete/ })
    .getByRole("link")
    .first()
    .click();
  await staff.waitForURL(/\/practices\//);
  const practicePath = new URL(staff.url()).pathname;
  await check(staff, practicePath, "practice-detail");
  await check(staff, `${practicePath}/edit`, "practice-edit");
  await staff.goto(practicePath);
  const progress = await staff.getByRole("link", { name: "Read-only progress link" }).getAttribute("href");
  await check(page, new URL(progress!).pathname, "progress-page");
});

test("wizard pages", async ({ browser }) => {
  const primary = await newSignedInPage(browser, DEMO_PRIMARY);
  const base = await ownPracticePath(primary);
  await check(primary, base, "wizard-home");
  await check(primary, `${base}/info`, "wizard-info");
  await check(primary, `${base}/technical-contact`, "wizard-technical-contact");
  await check(primary, `${base}/eula`, "wizard-eula");
  const technical = await newSignedInPage(browser, DEMO_TECHNICAL);
  const techBase = await ownPracticePath(technical);
  await check(technical, `${techBase}/schedule`, "wizard-schedule");
});

test("partner pages", async ({ browser }) => {
  const partner = await newSignedInPage(browser, "dana@datapoint.demo");
  await check(partner, "/partner", "partner-queue");
  await check(partner, "/partner/slots", "partner-slots");
});
