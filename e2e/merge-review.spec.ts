// The merge review queue as staff work it: from the board's "to review" badge into the queue,
// skip a pair and come back (S, K), merge one with the M key, mark the next "not the same
// person" with Tab and Enter, see the counts follow, then unmerge the merged pair on the links page and find the
// unmatched clients with their pets. The data is the demo seed's Live practice (a generated
// PIMS export, home-delivery records, one matching run), so counts are read, not assumed.
// With SCREENSHOTS=1 it saves docs/screenshots/merge-review.png, merge-links.png and
// merge-board-badge.png.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

/** "3 of 6 left" -> 3 */
async function leftInQueue(page: Page): Promise<number> {
  const text = (await page.locator("#queue-progress").textContent()) ?? "";
  const match = text.match(/^([\d,]+) of [\d,]+ left/);
  return match ? Number(match[1].replace(/,/g, "")) : 0;
}

async function count(page: Page, label: string): Promise<number> {
  const value = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
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
  await expect(staff.getByRole("status").filter({ hasText: /Merged home-delivery client/ })).toContainText(first.split(" and ")[0]);
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
  await expect(staff.getByText(left === 0 ? "No possible match waits for review." : `${left} possible ${left === 1 ? "match waits" : "matches wait"} for review.`)).toBeVisible();
  await staff.goto("/board");
  if (left > 0) {
    const after = staff.getByRole("link", { name: new RegExp(`^${left} to review`) }).first();
    await expect(after).toBeVisible();
    if (process.env.SCREENSHOTS) await after.locator("xpath=ancestor::article").screenshot({ path: "docs/screenshots/merge-board-badge.png" });
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
