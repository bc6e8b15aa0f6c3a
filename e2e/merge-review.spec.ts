// The merge review queue as staff work it: from the board's "to review" badge into the queue,
// skip a pair and come back (S, K), merge one with the M key, mark the next "not the same
// person" with Tab and Enter, see the counts follow, then unmerge the merged pair on the links page and find the
// unmatched clients with their pets. The data is the demo seed's Live practice (a generated
// PIMS export, home-delivery records, one matching run), so counts are read, not assumed.
// With SCREENSHOTS=1 it saves docs/screenshots/merge-review.png, merge-links.png and
// merge-board-badge.png.
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`; // the e2e web server's database
const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXT_TELEMETRY_DISABLED: "1" };
const cli = (...args: string[]) => execFileSync("npx", ["pims-link", ...args], { env, encoding: "utf8" }).trim();

/** "3 of 6 left" -> 3 */
async function leftInQueue(page: Page): Promise<number> {
  const text = (await page.locator("#queue-progress").textContent()) ?? "";
  const match = text.match(/^([\d,]+) of [\d,]+ left/);
  return match ? Number(match[1].replace(/,/g, "")) : 0;
}

async function count(page: Page, label: string): Promise<number> {
  const value = page
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");
  return Number(((await value.textContent()) ?? "").replace(/[^\d]/g, ""));
}

const heading = (page: Page) => page.locator("#review-item-heading");

test("staff work through the merge review queue with the keyboard, then unmerge", async ({ browser }) => {
  test.setTimeout(240_000);
  const staff = await newSignedInPage(browser, DEMO.staff);

  // The board shows which practice has pairs to review; the badge leads to its queue.
  await staff.goto("/board");
  const badge = staff.getByRole("link", { name: /\d+ to review/ }).first();
  await expect(badge).toBeVisible();
  const onBoard = Number(((await badge.textContent()) ?? "").match(/(\d+) to review/)![1]);
  await badge.click();
  await staff.waitForURL(/\/practices\/[^/]+\/merge$/);
  const queueUrl = staff.url();
  const practiceUrl = queueUrl.replace(/\/merge$/, "");

  const start = await leftInQueue(staff);
  expect(start).toBe(onBoard);
  expect(start).toBeGreaterThanOrEqual(2);
  await expect(heading(staff)).toHaveText(new RegExp(`^Pair 1 of ${start}: `));
  await expect(staff.getByRole("table", { name: /field by field/ })).toBeVisible();
  await expect(staff.getByRole("table", { name: /Pets of both clients/ })).toBeVisible();
  // The shortcuts are live once their hints show.
  await expect(staff.getByText(/Keys:/)).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  if (process.env.SCREENSHOTS) await staff.screenshot({ path: "docs/screenshots/merge-review.png", fullPage: true });
  const mergedByStaff = await count(staff, "Merged by staff");
  const rejected = await count(staff, "Not the same person");

  // S skips without deciding (focus follows to the new pair's heading); K goes back.
  const top = await heading(staff).textContent();
  await staff.keyboard.press("s");
  await expect(heading(staff)).toHaveText(new RegExp(`^Pair 2 of ${start}: `));
  await expect(heading(staff)).toBeFocused();
  await staff.keyboard.press("k");
  await expect(heading(staff)).toHaveText(top!);
  expect(await leftInQueue(staff)).toBe(start);

  // M merges the pair on screen; the next pair loads and its heading takes the focus.
  const first = top!.replace(/^Pair 1 of \d+: /, "");
  await staff.keyboard.press("m");
  await expect(staff.getByRole("status").filter({ hasText: /Merged home-delivery client/ })).toContainText(
    first.split(" and ")[0],
  );
  await expect(heading(staff)).toHaveText(new RegExp(`^Pair 1 of ${start - 1}: `));
  await expect(heading(staff)).toBeFocused();
  expect(await leftInQueue(staff)).toBe(start - 1);
  expect(await count(staff, "Merged by staff")).toBe(mergedByStaff + 1);

  // Tab and Enter work too: "Not the same person" on the next pair, with a note.
  const second = ((await heading(staff).textContent()) ?? "").replace(/^Pair 1 of \d+: /, "");
  await staff.keyboard.press("Tab");
  await expect(staff.getByLabel(/Note/)).toBeFocused();
  await staff.keyboard.type("different people, checked the phone numbers");
  await staff.keyboard.press("Tab");
  await staff.keyboard.press("Tab");
  await expect(staff.getByRole("button", { name: /Not the same person/ })).toBeFocused();
  await staff.keyboard.press("Enter");
  await expect(staff.getByRole("status").filter({ hasText: /Not the same person/ })).toContainText(second.split(" and ")[0]);
  const left = start - 2;
  // The next pair, or the empty queue, takes the focus.
  await expect(heading(staff)).toHaveText(left > 0 ? new RegExp(`^Pair 1 of ${left}: `) : "Nothing waits for review");
  await expect(heading(staff)).toBeFocused();
  if (left > 0) await expect(staff.getByLabel(/Note/)).toHaveValue("");
  expect(await leftInQueue(staff)).toBe(left);
  expect(await count(staff, "Not the same person")).toBe(rejected + 1);

  // The practice page and the board count the same.
  await staff.goto(practiceUrl);
  await expect(
    staff.getByText(
      left === 0
        ? "No possible match waits for review."
        : `${left} possible ${left === 1 ? "match waits" : "matches wait"} for review.`,
    ),
  ).toBeVisible();
  await staff.goto("/board");
  if (left > 0) {
    const after = staff.getByRole("link", { name: new RegExp(`^${left} to review`) }).first();
    await expect(after).toBeVisible();
    if (process.env.SCREENSHOTS)
      await after.locator("xpath=ancestor::article").screenshot({ path: "docs/screenshots/merge-board-badge.png" });
  } else {
    await expect(staff.getByRole("link", { name: /to review/ })).toHaveCount(0);
  }

  // The links page: the staff merge, who made it, and unmerge after a confirmation.
  await staff.goto(`${queueUrl}/links?view=merged&by=staff`);
  const firstHd = first.split(" and ")[0];
  const row = staff.getByRole("row").filter({ hasText: firstHd.replace(/ \(.*$/, "") });
  await expect(row).toContainText("Staff: Olivia");
  await expectNoSeriousA11yViolations(staff);
  if (process.env.SCREENSHOTS) await staff.screenshot({ path: "docs/screenshots/merge-links.png", fullPage: true });
  await row.getByRole("button", { name: /^Unmerge/ }).click();
  await expect(staff.getByRole("group", { name: /Unmerge .*\?/ })).toBeVisible();
  await expect(staff.getByRole("button", { name: "Yes, unmerge" })).toBeFocused();
  await staff.getByLabel("Note (optional)").fill("merged the wrong client");
  await staff.getByRole("button", { name: "Yes, unmerge" }).click();
  await expect(staff.getByText(/Unmerged home-delivery client/)).toBeVisible();
  await staff.reload();
  expect(await count(staff, "Merged by staff")).toBe(mergedByStaff);
  expect(await count(staff, "Not the same person")).toBe(rejected + 2);

  // Unmatched clients are listed with their pets, never dropped; the rejected list keeps notes.
  await staff.getByRole("link", { name: /^Unmatched \(/ }).click();
  await expect(staff.getByRole("table", { name: /without a PIMS match/ })).toBeVisible();
  // The list is paged; find the unmerged client the way staff would, by name.
  await staff.getByLabel("Name or id").fill(firstHd.replace(/ \(.*$/, ""));
  await staff.getByLabel("Name or id").press("Enter");
  await expect(staff.getByRole("row").filter({ hasText: firstHd.replace(/ \(.*$/, "") })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("link", { name: /^Not the same person \(/ }).click();
  await expect(staff.getByRole("row").filter({ hasText: "different people, checked the phone numbers" })).toBeVisible();
  await expect(staff.getByRole("row").filter({ hasText: "merged the wrong client" })).toBeVisible();
});

// A home-delivery client whose clinic keeps two charts for her (same name and address): the
// engine cannot tell which chart is hers, so the pair waits for a person, and the review page
// shows the competing chart beside the proposed one, with the reason in plain words.
// With SCREENSHOTS=1 it saves docs/screenshots/merge-review-competitor.png (1280 px) and
// merge-review-competitor-390.png (390 px).
test("the review page shows the competing candidate beside the proposed one", async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-competitor-"));
  try {
    const stamp = "2026-11-20T10:00:00Z";
    const csv = (header: string, rows: string[][]) => [header, ...rows.map((r) => r.join(","))].join("\n") + "\n";
    writeFileSync(
      path.join(dir, "clients.csv"),
      csv(
        "client_id,first_name,last_name,address1,address2,city,state,postal_code,home_phone,cell_phone,work_phone,email,inactive,updated_at",
        [
          ["C1", "Maria", "Garcia", "12 N Main St", "", "Portland", "OR", "97201", "", "", "", "", "N", stamp],
          ["C2", "Maria", "Garcia", "12 N Main St", "", "Portland", "OR", "97201", "", "", "", "", "N", stamp],
          ["C3", "Robert", "Lee", "5 Elm St", "", "Portland", "OR", "97203", "(503) 555-0103", "", "", "", "N", stamp],
        ],
      ),
    );
    writeFileSync(
      path.join(dir, "patients.csv"),
      csv("patient_id,client_id,name,species,breed,sex,birth_date,weight,weight_unit,deceased,deceased_date,updated_at", [
        ["P1", "C1", "Luna", "Feline", "", "F", "", "", "", "N", "", stamp],
        ["P2", "C2", "Rocky", "Canine", "", "M", "", "", "", "N", "", stamp],
      ]),
    );
    writeFileSync(
      path.join(dir, "home-delivery-clients.csv"),
      csv("hd_client_id,first_name,last_name,address1,address2,city,state,postal_code,phone,email", [
        ["H1", "Maria", "Garcia", "12 N Main St", "", "Portland", "OR", "97201", "", ""],
      ]),
    );
    writeFileSync(
      path.join(dir, "home-delivery-pets.csv"),
      csv("hd_pet_id,hd_client_id,name,species,breed,birth_date,weight_lb", []),
    );
    const slug = `competitor-${Date.now().toString(36)}`;
    const created = cli("practice", "create", "--name", "Two Charts Vet", "--slug", slug, "--partner", "IDEXX DataPoint");
    const practiceId = created.match(/^id\t(\S+)/m)?.[1];
    expect(practiceId, created).toBeTruthy();
    cli("agent", "push", "--url", `http://localhost:${PORT}`, "--key", cli("agent-key", "--practice", slug), "--dir", dir);
    cli("import-home-delivery", "--practice", slug, "--dir", dir);
    expect(cli("match", "--practice", slug)).toMatch(/1 to review/);

    const staff = await newSignedInPage(browser, DEMO.staff);
    await staff.goto(`/practices/${practiceId}/merge`);
    await expect(heading(staff)).toHaveText(/^Pair 1 of 1: Maria Garcia and Maria Garcia/);
    const table = staff.getByRole("table", { name: /field by field.*competing PIMS client C[12]/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /PIMS, proposed \(C[12]\)/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /Competing PIMS client \(C[12]\)/ })).toBeVisible();
    // The competitor is shown as a record (its address), not only as an id.
    await expect(table.getByRole("row", { name: /^Street/ }).getByRole("cell", { name: /^12 N Main St$/i })).toHaveCount(3);
    await expect(staff.getByText(/Another PIMS client, Maria Garcia \(PIMS C[12]\), fits almost as well/)).toBeVisible();
    // Plain words on the main view: no bits or raw weights until the technical details are opened.
    await expect(staff.getByText(/bits/)).toBeHidden();
    await expectNoSeriousA11yViolations(staff);
    if (process.env.SCREENSHOTS) await staff.screenshot({ path: "docs/screenshots/merge-review-competitor.png", fullPage: true });
    await staff.setViewportSize({ width: 390, height: 844 });
    await expect(table).toBeVisible();
    // On a narrow screen the competitor moves out of the table into its own card.
    await expect(staff.getByRole("heading", { name: /^Competing PIMS client C[12]$/ })).toBeVisible();
    // Nothing runs off the side of a phone screen (wide tables scroll inside their card).
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (process.env.SCREENSHOTS)
      await staff.screenshot({ path: "docs/screenshots/merge-review-competitor-390.png", fullPage: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
