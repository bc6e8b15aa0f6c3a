// Writeback through the UI as the onboarding team: on the demo Live practice, ship an order from
// the pet page, see its lines queued or not eligible, see the reconciliation count them with a
// drill-down to the order, download the CSV, and retry a dead-lettered line. axe checks each page.
import { expect, test } from "@playwright/test";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const DEMO_LIVE_PRACTICE = /Silver Lake Pet Hospital/;

test("staff ship an order and see it in the reconciliation", async ({ browser }) => {
  test.setTimeout(180_000);
  const staff = await newSignedInPage(browser, DEMO.staff);
  await staff.goto("/board/table?q=Silver%20Lake");
  await staff.getByRole("link", { name: DEMO_LIVE_PRACTICE }).first().click();
  await staff.getByRole("link", { name: /Open writeback/ }).click();
  await expect(staff.getByRole("heading", { name: /^Writeback:/ })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  if (process.env.SCREENSHOTS) await staff.screenshot({ path: "docs/screenshots/writeback.png", fullPage: true });
  const writebackUrl = staff.url().split("#")[0];
  const shippedBefore = Number(await staff.getByRole("link", { name: /^Shipped lines: \d+/ }).textContent());

  // The first order waiting to ship: prescription drug, diet, OTC and a compounded line.
  const toShip = staff
    .getByRole("region", { name: /Orders waiting to ship/ })
    .or(staff.locator("section", { hasText: "Orders waiting to ship" }))
    .getByRole("link", { name: /^Order / })
    .first();
  const orderNumber = (await toShip.textContent())!.replace("Order ", "").trim();
  await toShip.click();
  const order = staff.getByRole("region", { name: `Order ${orderNumber}` });
  await expect(order).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // A bad tracking number is refused on the field; a good one ships the order.
  await order.getByLabel("Tracking number").fill("1Z");
  await order.getByRole("button", { name: "Mark shipped" }).click();
  await expect(order.getByText("A tracking number has at least 4 characters.")).toBeVisible();
  await order.getByLabel("Carrier").selectOption("FedEx");
  await order.getByLabel("Tracking number").fill(`7712${Date.now()}`);
  await order.getByRole("button", { name: "Mark shipped" }).click();
  // The form's own confirmation goes when the page refreshes without the form (the order is
  // shipped), so check what lasts: the shipment line and each line's writeback state.
  await expect(order.getByText(/Shipped .* · FedEx 7712\d+ · reported by Olivia Ortiz/)).toBeVisible();
  await expect(order.getByText("Queued for the agent")).toHaveCount(2);
  await expect(order.getByText("Not eligible: over the counter")).toBeVisible();
  await expect(order.getByText("Not eligible: compounding partner")).toBeVisible();
  await expect(order.getByRole("button", { name: "Mark shipped" })).toHaveCount(0);
  await expect(
    staff
      .getByRole("region", { name: "Writeback history" })
      .or(staff.locator("section", { hasText: "Writeback history" }))
      .getByText(/Shipped by Olivia Ortiz; not written back: compounded/),
  ).toBeVisible();
  if (process.env.SCREENSHOTS) await staff.screenshot({ path: "docs/screenshots/writeback-pet.png", fullPage: true });

  // The reconciliation counts the four new lines; the compounded one drills down to this order.
  await staff.goto(writebackUrl);
  await expect(staff.getByRole("link", { name: /^Shipped lines: \d+/ })).toHaveText(String(shippedBefore + 4));
  await staff.getByRole("link", { name: /Not eligible: compounding partner: \d+, show these lines/ }).click();
  await expect(staff.getByRole("heading", { name: /Lines: Not eligible: compounding partner/ })).toBeVisible();
  const drill = staff.getByRole("table", { name: "Shipped lines: Not eligible: compounding partner" });
  await expect(drill.getByRole("link", { name: orderNumber })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // CSV of the range holds the order's four lines.
  const href = await staff.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = await (await staff.request.get(href!)).text();
  expect(csv.split("\n")[0]).toContain("ship_date,order_number,line_no");
  expect(csv.split("\n").filter((line) => line.includes(`,${orderNumber},`))).toHaveLength(4);

  // The dead letter: retry sends the line back to the queue.
  const dead = staff.getByRole("table", { name: "Dead-lettered lines" });
  await expect(dead.getByRole("row")).toHaveCount(2); // header + the demo's dead line
  await dead.getByRole("button", { name: /^Retry / }).click();
  // Back in the queue: the dead letter is empty (the page refreshes after the action).
  await expect(staff.getByRole("table", { name: "Dead-lettered lines" })).toHaveCount(0);

  // The drill-down link opens the pet page at the order.
  await staff.goto(`${writebackUrl}?bucket=queued`);
  await staff
    .getByRole("table", { name: "Shipped lines: Queued for the agent" })
    .getByRole("link", { name: orderNumber })
    .first()
    .click();
  await expect(staff.getByRole("region", { name: `Order ${orderNumber}` })).toBeVisible();

  // Staff can also reach the pet from the practice's home-delivery records, by name.
  const petName = (await staff.getByRole("heading", { level: 1 }).textContent())!.replace(/ \(.*$/, "").trim();
  const petUrl = staff.url().split("#")[0];
  await staff.goto(writebackUrl.replace(/\/writebacks.*$/, "/home-delivery"));
  await staff.getByLabel("Pet or owner: name or id").fill(petName);
  await staff.getByRole("button", { name: "Find" }).click();
  const results = staff.getByRole("table", { name: `Pets matching ${petName}` });
  await expect(results).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await results.locator(`a[href="${new URL(petUrl).pathname}"]`).click();
  await expect(staff.getByRole("region", { name: `Order ${orderNumber}` })).toBeVisible();
});
