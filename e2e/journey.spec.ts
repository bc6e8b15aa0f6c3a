// The whole integration journey through the UI, as the four kinds of user, each signing in via
// the demo mailbox: staff create and queue a practice, the partner invites, staff correct the
// primary contact's mistyped email, the primary contact completes the three parts, the technical
// contact books and moves the install, the partner installs, first data makes it Live. Then the board and the read-only progress page are checked.
import { expect, test } from "@playwright/test";
import { DEMO, followSignInLink, newSignedInPage, readEmail } from "./helpers";

test("a practice goes from creation to Live through every role", async ({ browser }) => {
  test.setTimeout(300_000); // many sign-ins through the mailbox, on a 2-core machine
  const id = Date.now().toString(36);
  const practiceName = `Journey Test Vet ${id}`;
  const primaryEmail = `primary-${id}@journey.test`;
  const mistypedEmail = `primray-${id}@journey.test`; // what staff first typed
  const techEmail = `tech-${id}@journey.test`;

  // 1. Staff create the practice, tick the prep checklist and queue it.
  const staff = await newSignedInPage(browser, DEMO.staff);
  await staff.goto("/practices/new");
  await staff.getByLabel("Practice name").fill(practiceName);
  await staff.getByLabel("Street address").fill("12 Harbor Way");
  await staff.getByLabel("City").fill("Tacoma");
  await staff.getByLabel("State").fill("WA");
  await staff.getByLabel("ZIP code").fill("98402");
  await staff.getByLabel("Practice phone").fill("(253) 555-0110");
  await staff.getByLabel("Time zone").selectOption("America/Los_Angeles");
  await staff.getByLabel("Cornerstone version").fill("9.5");
  await staff.getByLabel("Approximate number of clients").fill("3200");
  await staff.getByLabel("Integration partner").selectOption({ label: "IDEXX DataPoint" });
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Name").fill("Pat Journey");
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Email").fill(mistypedEmail);
  // Bad input is refused with a field-level message and nothing is created.
  await staff.getByLabel("ZIP code").fill("98");
  await staff.getByRole("button", { name: "Create practice" }).click();
  await expect(staff.getByText("ZIP code must be 5 digits")).toBeVisible();
  await staff.getByLabel("ZIP code").fill("98402");
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
  await expect(staff.getByText("Queued", { exact: true }).first()).toBeVisible();

  // 2. The (mistyped) primary contact address is told it is queued; the partner sends the invitation.
  const mailbox = await (await browser.newContext()).newPage();
  expect(await readEmail(mailbox, mistypedEmail, /integration queue/)).toContain("Within 48 hours");

  const partner = await newSignedInPage(browser, DEMO.partner);
  await partner.goto(`/partner/practices/${practiceId}`);
  await partner.getByRole("button", { name: "Send invitation email" }).click();
  await expect(partner.getByText("Invited", { exact: true }).first()).toBeVisible();

  // 2b. The practice calls: nobody got the invitation. Staff correct the primary contact's email;
  // the right address gets the invitation again and the mistyped one is told.
  await staff.goto(practiceUrl);
  await staff.getByRole("link", { name: "Edit practice" }).click();
  await staff.getByRole("group", { name: "Primary contact" }).getByLabel("Email").fill(primaryEmail);
  await expect(staff.getByText(/gets the invitation again/)).toBeVisible();
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByText(/Practice updated/)).toBeVisible();
  expect(await readEmail(mailbox, mistypedEmail, /no longer the integration's primary contact/)).toContain("Pat Journey");

  // 3. The primary contact follows the invitation link (it signs them in) and fills the parts.
  const invitation = await readEmail(mailbox, primaryEmail, /complete your PIMS integration details/);
  const primaryContext = await browser.newContext({ viewport: { width: 390, height: 844 } }); // a phone
  const primary = await primaryContext.newPage();
  await followSignInLink(primary, invitation);
  await expect(primary.getByRole("heading", { name: practiceName })).toBeVisible();
  await expect(primary.getByText("Your turn (Primary contact)")).toBeVisible();

  await primary
    .getByRole("link", { name: /License agreement/ })
    .first()
    .click();
  await primary.getByRole("button", { name: "Accept the agreement" }).click();
  await expect(primary.getByText("Tick the box to accept the agreement")).toBeVisible();
  await primary.getByLabel("Type your full name to sign").fill("Pat Journey");
  await primary.getByLabel(/I have read the agreement/).check();
  await primary.getByRole("button", { name: "Accept the agreement" }).click();
  await expect(primary.getByText(/Accepted by Pat Journey/)).toBeVisible();

  await primary
    .getByRole("link", { name: /Technical contact/ })
    .first()
    .click();
  await primary.getByLabel("Name").fill("Terry Journey");
  await primary.getByLabel("Email").fill(techEmail);
  await primary.getByLabel("Phone").fill("253-555-0142");
  await primary.getByLabel("Best hours to reach them").fill("Weekdays 8-10 am");
  await primary.getByRole("button", { name: "Save technical contact" }).click();
  await expect(primary.getByText("Saved.", { exact: true })).toBeVisible();

  await primary
    .getByRole("link", { name: /Practice information/ })
    .first()
    .click();
  await expect(primary.getByLabel("Practice name")).toHaveValue(practiceName);
  await primary.getByLabel("Suite or unit (optional)").fill("Suite 200");
  await primary.getByRole("button", { name: "Save practice information" }).click();
  await expect(primary.getByText(/details complete!/)).toBeVisible();

  // 4. The technical contact signs in from their email and books the install.
  const techInvite = await readEmail(mailbox, techEmail, /technical contact/);
  const tech = await (await browser.newContext()).newPage();
  await followSignInLink(tech, techInvite);
  await tech.getByRole("link", { name: "Book the install" }).click();
  await tech.getByRole("radio").first().check();
  await tech.getByRole("button", { name: "Book this time" }).click();
  // The page re-renders with the booked appointment (the booking form and its notice go away).
  await expect(tech.getByRole("heading", { name: "Your install appointment" })).toBeVisible();
  expect(await readEmail(mailbox, techEmail, /install booked/)).toContain("calendar invite is attached");

  // The technical contact moves it: one "moved" invite that updates the calendar event, no "cancelled".
  await tech.getByRole("radio").first().check();
  await tech.getByLabel("Reason for moving").fill("Server room is being painted");
  await tech.getByRole("button", { name: "Move the appointment" }).click();
  expect(await readEmail(mailbox, techEmail, /install moved/)).toContain("updates the event already in your calendar");
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(techEmail)}`);
  await expect(mailbox.getByRole("link", { name: /cancelled/i })).toHaveCount(0);

  // 5. The partner marks the install done; the appointment has not started, so it asks why first.
  await partner.goto(`/partner/practices/${practiceId}`);
  await partner.getByRole("button", { name: "Mark install done…" }).click();
  await partner.getByRole("button", { name: "Confirm: install done" }).click();
  await expect(partner.getByText(/before its appointment|has not started yet/).first()).toBeVisible();
  await partner.getByLabel("Why mark the install done now? (required)").fill("The technical contact was free this morning");
  await partner.getByRole("button", { name: "Confirm: install done" }).click();
  await expect(partner.getByText("Installed", { exact: true }).first()).toBeVisible();

  // 6. First data arrives (recorded by staff until the sync engine exists) -> Live.
  await staff.goto(practiceUrl);
  await staff.getByRole("button", { name: "Record first data received" }).click();
  // The confirmation notice goes when the page refreshes (no staff action is left at Live), so
  // check what lasts: the Live step in the timeline.
  await expect(staff.getByText("Installed → Live")).toBeVisible();
  expect(await readEmail(mailbox, primaryEmail, /is live/)).toContain("receiving");

  // The board shows it in the Live column; the timeline holds every step.
  await staff.goto("/board");
  await expect(staff.getByRole("region", { name: /Live/ }).getByRole("link", { name: practiceName })).toBeVisible();
  await staff.goto(practiceUrl);
  await expect(staff.getByText("Installed → Live")).toBeVisible();
  await expect(staff.getByText("Draft → Queued").or(staff.getByText("Preparing → Queued"))).toBeVisible();

  // The read-only progress page works without signing in.
  const progressHref = await staff.getByRole("link", { name: "Read-only progress link" }).getAttribute("href");
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(progressHref!);
  await expect(anonymous.getByRole("heading", { name: new RegExp(practiceName) })).toBeVisible();
  await expect(anonymous.getByText("Live since")).toBeVisible();
  await anonymous.goto(progressHref!.replace(/.$/, (c) => (c === "a" ? "b" : "a")));
  await expect(anonymous.getByText(/could not be found|404/i).first()).toBeVisible();
});
