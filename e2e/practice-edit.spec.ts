// Staff correct a practice after creating it, through the UI: a mistyped primary contact email is
// replaced, the new address gets the invitation and continues the wizard, the old address is told
// and its sign-in link no longer opens the practice, and the timeline shows before and after.
// Then resend and "Send a reminder now" from the practice page. With SHOTS_DIR set, the edit page
// and the practice page are saved at 1280 and 390 px (and neither may run wider than the screen).
import { expect, test, type Page } from "@playwright/test";
import {
  DEMO,
  expectNoSeriousA11yViolations,
  followSignInLink,
  linkIn,
  newSignedInPage,
  newestEmailId,
  readEmail,
} from "./helpers";

/** Each width in turn: a full-page screenshot when asked for, and nothing wider than the viewport. */
async function atWidths(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForLoadState("networkidle");
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}-${width}.png`, fullPage: true });
    // The innermost elements that stick out, so a failure names what to fix.
    const wide = await page.evaluate(
      (w) =>
        [...document.querySelectorAll("body *")]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > w + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > w + 1),
          )
          .slice(0, 5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px): ${el.textContent?.slice(0, 40)}`,
          ),
      width,
    );
    expect(wide, `${name} at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("staff change the primary contact; the new address continues, the old one is told and locked out", async ({ browser }) => {
  test.setTimeout(300_000);
  const id = Date.now().toString(36);
  const practiceName = `Edit Test Vet ${id}`;
  const oldEmail = `mistyped-${id}@edit.test`;
  const newEmail = `primary-${id}@edit.test`;

  // A practice queued and invited, the way the journey does it.
  const staff = await newSignedInPage(browser, DEMO.staff);
  await staff.goto("/practices/new");
  await staff.getByLabel("Practice name").fill(practiceName);
  await staff.getByLabel("Street address").fill("40 Orchard Lane");
  await staff.getByLabel("City").fill("Salem");
  await staff.getByLabel("State").fill("OR");
  await staff.getByLabel("ZIP code").fill("97301");
  await staff.getByLabel("Practice phone").fill("(503) 555-0120");
  await staff.getByLabel("Cornerstone version").fill("9.4");
  await staff.getByLabel("Approximate number of clients").fill("1800");
  await staff.getByLabel("Integration partner").selectOption({ label: "IDEXX DataPoint" });
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Pat Oldname");
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Email").fill(oldEmail);
  await staff.getByRole("button", { name: "Create practice" }).click();
  await expect(staff.getByRole("heading", { name: practiceName })).toBeVisible();
  const practiceUrl = staff.url();
  const practiceId = practiceUrl.split("/practices/")[1];
  for (const box of await staff.getByRole("group", { name: "Cornerstone prep checklist" }).getByRole("checkbox").all())
    await box.check();
  await staff.getByRole("button", { name: /Save checklist/ }).click();
  await expect(staff.getByText("Checklist saved.")).toBeVisible();
  await staff.getByRole("button", { name: "Add to partner queue" }).click();
  await expect(staff.getByText(/Added to the partner queue/)).toBeVisible();
  const partner = await newSignedInPage(browser, DEMO.partner);
  await partner.goto(`/partner/practices/${practiceId}`);
  await partner.getByRole("button", { name: "Send invitation email" }).click();
  await expect(partner.getByText("Invited", { exact: true }).first()).toBeVisible();
  const mailbox = await (await browser.newContext()).newPage();
  const oldInvitation = await readEmail(mailbox, oldEmail, /complete your PIMS integration details/);

  // The edit page: every field prefilled; the partner is fixed now that it has invited.
  await staff.goto(practiceUrl);
  await staff.getByRole("link", { name: "Edit practice" }).click();
  await expect(staff.getByRole("heading", { name: `Edit ${practiceName}` })).toBeVisible();
  await expect(staff.getByLabel("Practice name")).toHaveValue(practiceName);
  await expect(staff.getByLabel("ZIP code")).toHaveValue("97301");
  await expect(staff.getByRole("group", { name: "Primary contact" }).getByLabel("Email")).toHaveValue(oldEmail);
  await expect(staff.getByLabel("Integration partner")).toBeDisabled();
  await expect(staff.getByText(/The partner can no longer change: IDEXX DataPoint has already invited/)).toBeVisible();

  // Saving with nothing changed says so and records nothing.
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByText("Nothing changed: the practice already has these values.")).toBeVisible();
  await expect(staff).toHaveURL(/\/edit$/);

  // Bad input gets a plain message naming the field; nothing is saved.
  await staff.getByLabel("ZIP code").fill("973");
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByText("ZIP code must be 5 digits")).toBeVisible();
  await staff.getByLabel("ZIP code").fill("97301");

  // The new email: the page says what saving will send before it is saved.
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Pat Newname");
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Email").fill(newEmail);
  await staff.getByLabel("Cornerstone version").fill("9.5");
  await expect(staff.getByText(/The new address gets the invitation again/)).toBeVisible();
  await expect(staff.getByText(new RegExp(`The old address \\(${oldEmail}\\) is told`))).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await atWidths(staff, "practice-edit");
  await staff.getByRole("button", { name: "Save changes" }).click();

  // Back on the practice page with a confirmation; the timeline shows who, what, before and after.
  await staff.waitForURL(/\/practices\/[^/]+\?edited=2$/);
  await expect(staff.getByText(/Practice updated: 2 changes are on the timeline/)).toBeVisible();
  const timeline = staff.locator("section", { has: staff.getByRole("heading", { name: "Timeline" }) });
  const primaryChange = timeline.getByRole("listitem").filter({ hasText: "Primary contact changed" });
  await expect(primaryChange).toContainText(`Pat Oldname <${oldEmail}>`);
  await expect(primaryChange).toContainText(`Pat Newname <${newEmail}>`);
  await expect(primaryChange).toContainText("Olivia");
  await expect(timeline.getByRole("listitem").filter({ hasText: "Cornerstone version changed" })).toContainText(/9\.4.*9\.5/);
  await expect(staff.getByText(newEmail).first()).toBeVisible(); // the contacts card

  // The old address is told; its sign-in link no longer opens the practice.
  expect(await readEmail(mailbox, oldEmail, /no longer the integration's primary contact/)).toContain("Pat Newname");
  const old = await (await browser.newContext()).newPage();
  await old.goto(linkIn(oldInvitation));
  await old.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(old.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await old.goto(`/onboarding/${practiceId}`);
  await expect(old.getByRole("heading", { name: "We could not find that page" })).toBeVisible();

  // The new address gets the invitation, signs in from it and continues the wizard.
  const invitation = await readEmail(mailbox, newEmail, /complete your PIMS integration details/);
  const primary = await (await browser.newContext()).newPage();
  await followSignInLink(primary, invitation);
  await expect(primary.getByRole("heading", { name: practiceName })).toBeVisible();
  await expect(primary.getByText("Your turn (Primary contact)")).toBeVisible();
  await primary
    .getByRole("link", { name: /License agreement/ })
    .first()
    .click();
  await primary.getByLabel("Type your full name to sign").fill("Pat Newname");
  await primary.getByLabel(/I have read the agreement/).check();
  await primary.getByRole("button", { name: "Accept the agreement" }).click();
  await expect(primary.getByText(/Accepted by Pat Newname/)).toBeVisible();

  // Resend from the practice page: the invitation goes again to the new address, with a fresh link.
  await staff.goto(practiceUrl);
  const before = await newestEmailId(mailbox, newEmail, /complete your PIMS integration details/);
  const emails = staff.locator("section", { has: staff.getByRole("heading", { name: /Emails sent/ }) });
  const invitationRow = emails
    .getByRole("listitem")
    .filter({ hasText: `to ${newEmail}` })
    .filter({ hasText: /complete your PIMS/ });
  await invitationRow
    .getByRole("button", { name: /Resend/ })
    .first()
    .click();
  await expect(staff.getByText(new RegExp(`Resent to ${newEmail}`))).toBeVisible();
  const again = await readEmail(mailbox, newEmail, /complete your PIMS integration details/, before);
  expect(linkIn(again)).not.toBe(linkIn(invitation));
  await staff.goto(practiceUrl);
  const invitationsOnTimeline = staff
    .locator("section", { has: staff.getByRole("heading", { name: "Timeline" }) })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`complete your PIMS integration details.*to ${newEmail}`) });
  await expect(invitationsOnTimeline).toHaveCount(2); // the one the edit sent, and the resend

  // "Send a reminder now": the step waits on the primary contact, who gets the reminder.
  await expect(staff.getByText("to Pat Newname (primary contact)")).toBeVisible();
  await staff.getByRole("button", { name: "Send a reminder now" }).click();
  await expect(staff.getByText("Reminder sent. It is on the timeline.")).toBeVisible();
  expect(await readEmail(mailbox, newEmail, /Reminder: .*integration details are waiting/)).toContain(practiceName);
  await staff.goto(practiceUrl);
  await expect(staff.getByText("Reminder sent to Pat Newname")).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await atWidths(staff, "practice-page");
});
