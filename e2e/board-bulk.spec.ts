// The board table's bulk actions in a real browser, by keyboard and mouse: select two practices,
// a hold refused without a reason (the selection kept), held with one, resumed, a second resume
// refused by name; the Export CSV link downloads exactly the filtered rows; the same form as a
// plain post without JavaScript. axe on the table.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`;
const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-not-for-production" };
const cli = (...args: string[]) => execFileSync("npx", ["pims-link", ...args], { env, encoding: "utf8" }).trim();
const SHOTS = process.env.SCREENSHOTS ? (process.env.SCREENSHOTS_DIR ?? "docs/screenshots") : null;

test("bulk hold and resume from the table, refusals named, and the filtered CSV export", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const names = [`Bulk Alder Vets ${stamp}`, `Bulk Birch Vets ${stamp}`];
  for (const [i, name] of names.entries())
    cli("practice", "create", "--name", name, "--slug", `bulk-${i}-${stamp}`, "--partner", "IDEXX DataPoint");

  const staff = await newSignedInPage(browser, DEMO.staff);
  await staff.goto(`/board/table?q=${stamp}`);
  await expect(staff.getByText("Showing 1–2 of 2 practices")).toBeVisible();
  const count = staff.getByText(/of 2 on this page selected/);
  await expect(count).toHaveText("0 of 2 on this page selected");
  await staff.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(staff);

  // By keyboard: focus the first row's checkbox and press Space; the second by click.
  await staff.getByRole("checkbox", { name: `Select ${names[0]}` }).focus();
  await staff.keyboard.press("Space");
  await staff.getByRole("checkbox", { name: `Select ${names[1]}` }).check();
  await expect(count).toHaveText("2 of 2 on this page selected");
  await expect(staff.getByRole("checkbox", { name: "Select all practices on this page" })).toBeChecked();

  // A hold needs a reason, as a single hold does; the selection stays for the second try.
  await staff.getByRole("button", { name: "Put on hold" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "Give a reason for the hold" }).first()).toBeVisible();
  await expect(count).toHaveText("2 of 2 on this page selected");

  // Enter in the reason field holds (not the form's first button).
  await staff.getByLabel("Hold reason (required)").fill("Waiting for the new server");
  await staff.getByLabel("Hold reason (required)").press("Enter");
  await expect(staff.getByRole("status").filter({ hasText: "2 held." })).toBeVisible();
  await expect(staff.getByRole("table").getByText("On hold")).toHaveCount(2);
  await expect(staff.getByRole("table").getByText("Waiting for the new server")).toHaveCount(2);
  await expect(count).toHaveText("0 of 2 on this page selected");
  if (SHOTS)
    for (const width of [1280, 390]) {
      await staff.setViewportSize({ width, height: 900 });
      await staff.screenshot({ path: `${SHOTS}/table-bulk-result-${width}.png`, fullPage: true });
    }
  await staff.setViewportSize({ width: 1280, height: 720 });

  // The export carries the filters: exactly these two rows, now on hold.
  const exportLink = staff.getByRole("link", { name: /Export CSV/ });
  await expect(exportLink).toHaveAttribute("href", `/board/table/export?q=${stamp}`);
  const [download] = await Promise.all([staff.waitForEvent("download"), exportLink.click()]);
  const rows = parse(readFileSync((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.name, r.status, r.hold_or_cancel_reason]).sort()).toEqual([
    [names[0], "ON_HOLD", "Waiting for the new server"],
    [names[1], "ON_HOLD", "Waiting for the new server"],
  ]);

  // Select all, resume: both back; resuming again is refused for each, by name.
  await staff.getByRole("checkbox", { name: "Select all practices on this page" }).check();
  await expect(count).toHaveText("2 of 2 on this page selected");
  await staff.getByRole("button", { name: "Resume" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "2 resumed." })).toBeVisible();
  await expect(staff.getByRole("table").getByText("On hold")).toHaveCount(0);
  await staff.getByRole("checkbox", { name: "Select all practices on this page" }).check();
  await staff.getByRole("button", { name: "Resume" }).click();
  const refused = staff.getByRole("status").filter({ hasText: "0 resumed; 2 refused:" });
  await expect(refused).toBeVisible();
  for (const name of names) await expect(refused).toContainText(name);

  // Before (or without) JavaScript the same form is a plain post, and the answer is on the page.
  const plain = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await staff.context().storageState() })
  ).newPage();
  await plain.goto(`/board/table?q=${stamp}`);
  await plain.getByRole("checkbox", { name: `Select ${names[0]}` }).check();
  await plain.getByLabel("Hold reason (required)").fill("Plain post");
  await plain.getByRole("button", { name: "Put on hold" }).click();
  await expect(plain.getByRole("status").filter({ hasText: "1 held." })).toBeVisible();
  await expect(plain.getByRole("table").getByText("Plain post")).toHaveCount(1);
});
