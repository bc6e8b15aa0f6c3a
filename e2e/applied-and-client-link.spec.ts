// After go-live, through the UI: an agent delta changes a client's email and a pet's weight and
// deceased status; the sync page lists exactly those under "Applied automatically" (filterable by
// kind), the batch page and the pet page show them, and an identical delta reads "Nothing to
// apply". Then staff link an unmatched home-delivery client by hand (search, side by side, a
// required reason), which releases its pet's waiting writeback line, and create a test order from
// the writebacks page. Every page is checked with axe and for fitting a 390 px screen.
// With SHOTS_DIR=/some/dir each page is saved there at 1280 and 390 px.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`;
const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXT_TELEMETRY_DISABLED: "1" };
const cli = (...args: string[]) => execFileSync("npx", ["pims-link", ...args], { env, encoding: "utf8" }).trim();
const csv = (header: string, rows: string[][]) => [header, ...rows.map((r) => r.join(","))].join("\n") + "\n";

const FIRST = "2026-11-01T10:00:00Z";
const LATER = "2026-11-20T10:00:00Z";
const maria = {
  client_id: "C1",
  first_name: "Maria",
  last_name: "Garcia",
  address1: "12 N Main St",
  city: "Portland",
  state: "OR",
  postal_code: "97201",
  home_phone: "(503) 555-0101",
  email: "maria@example.com",
  updated_at: FIRST,
};
const rex = {
  patient_id: "P1",
  client_id: "C1",
  name: "Rex",
  species: "Canine",
  weight: "22",
  weight_unit: "lb",
  updated_at: FIRST,
};

/** The page fits the width: only tables scroll, inside their own box. */
async function expectFits(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // Polled: a chart takes a frame to follow the new width.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} fits ${width} px` })
      .toBeLessThanOrEqual(width);
    if (process.env.SHOTS_DIR)
      await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function pushDelta(request: APIRequestContext, key: string, clients: object[], patients: object[]) {
  const response = await request.post("/api/agent/v1/batches", {
    headers: { authorization: `Bearer ${key}` },
    data: {
      batch_id: `delta-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      mode: "delta",
      clients,
      patients,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { status: string; applied: number };
}

test("applied changes after a delta, a manual client link and a test order, through the pages", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const slug = `applied-${stamp}`;
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-applied-"));
  const clientHeader = "client_id,first_name,last_name,address1,city,state,postal_code,home_phone,email,updated_at";
  const patientHeader = "patient_id,client_id,name,species,weight,weight_unit,updated_at";
  writeFileSync(
    path.join(dir, "clients.csv"),
    csv(clientHeader, [
      Object.values(maria),
      ["C2", "Ann", "Lee", "5 Elm St", "Portland", "OR", "97203", "(503) 555-0103", "ann.lee@example.com", FIRST],
    ]),
  );
  writeFileSync(
    path.join(dir, "patients.csv"),
    csv(patientHeader, [Object.values(rex), ["P2", "C2", "Bella", "Canine", "40", "lb", FIRST]]),
  );
  writeFileSync(
    path.join(dir, "home-delivery-clients.csv"),
    csv("hd_client_id,first_name,last_name,address1,address2,city,state,postal_code,phone,email", [
      ["H1", "Maria", "Garcia", "12 N Main St", "", "Portland", "OR", "97201", "5035550101", "maria@example.com"],
      // Her maiden name, an old address and number: the engine cannot tell she is Ann Lee.
      ["H2", "Ann", "Carter", "880 Oak Ave", "", "Salem", "OR", "97301", "5035559999", "ann.carter@mail.example"],
    ]),
  );
  writeFileSync(
    path.join(dir, "home-delivery-pets.csv"),
    csv("hd_pet_id,hd_client_id,name,species,breed,birth_date,weight_lb", [
      ["HP1", "H1", "Rex", "Canine", "", "", ""],
      ["HP2", "H2", "Bella", "Canine", "", "", ""],
    ]),
  );
  const created = cli("practice", "create", "--name", `Applied Vet ${stamp}`, "--slug", slug, "--partner", "IDEXX DataPoint");
  const practiceId = created.match(/^id\t(\S+)/m)?.[1];
  expect(practiceId, created).toBeTruthy();
  const key = cli("agent-key", "--practice", slug);
  cli("agent", "push", "--url", BASE, "--key", key, "--dir", dir);
  cli("import-home-delivery", "--practice", slug, "--dir", dir);
  cli("match", "--practice", slug);
  // Bella's prescription ships before her client is linked: its line waits for the link.
  const order = `W${stamp}`.toUpperCase().replace(/[^A-Z0-9]/g, "");
  cli("order", "create", "--practice", slug, "--pet", "HP2", "--order", order, "--product", "Carprofen 75 mg chewable tablets");
  cli("order", "ship", "--order", order, "--tracking", `1Z${stamp}`.toUpperCase().replace(/[^A-Z0-9]/g, ""));

  // The delta: a new email, a new weight, and Rex reported deceased.
  const delta = await pushDelta(
    request,
    key,
    [{ ...maria, email: "maria.garcia@example.com", updated_at: LATER }],
    [{ ...rex, weight: "24.5", deceased: "Y", deceased_date: "2026-11-19", updated_at: LATER }],
  );
  expect(delta).toMatchObject({ status: "succeeded", applied: 2 });
  const again = await pushDelta(
    request,
    key,
    [{ ...maria, email: "maria.garcia@example.com", updated_at: LATER }],
    [{ ...rex, weight: "24.5", deceased: "Y", deceased_date: "2026-11-19", updated_at: LATER }],
  );
  expect(again).toMatchObject({ status: "nothing_to_apply", applied: 0 });

  const staff = await newSignedInPage(browser, DEMO.staff);
  await staff.goto(`/practices/${practiceId}/sync`);
  const applied = staff.getByRole("region", { name: /Applied automatically/ });
  // The first load is not "applied by the policy": only the delta's three field changes count.
  await expect(applied.getByRole("heading", { name: "Applied automatically (3)" })).toBeVisible();
  const changes = applied.getByRole("table", { name: /Changes the update policy applied by itself/ });
  await expect(changes.getByRole("row")).toHaveCount(4); // header + email, weight, deceased
  await expect(changes.getByRole("row", { name: /Email/ })).toContainText("maria@example.com");
  await expect(changes.getByRole("row", { name: /Email/ })).toContainText("maria.garcia@example.com");
  await expect(changes.getByRole("row", { name: /Weight/ })).toContainText("22 lb (9.98 kg)");
  await expect(changes.getByRole("row", { name: /Weight/ })).toContainText("24.5 lb (11.11 kg)");
  await expect(changes.getByRole("row", { name: /Deceased/ })).toContainText("Deceased on 2026-11-19");
  await applied.getByRole("link", { name: /^Weight \(1\)/ }).click();
  await expect(changes.getByRole("row")).toHaveCount(2);
  await expect(applied.getByRole("link", { name: /^Weight \(1\)/ })).toHaveAttribute("aria-current", "page");
  await expect(staff.getByRole("table", { name: /Batches received/ }).getByText("Nothing to apply")).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await applied.getByRole("link", { name: /^All field changes/ }).click();
  await expect(changes.getByRole("row")).toHaveCount(4);
  await expectFits(staff, "sync");

  // The batch page: its outcome and its three changes.
  await changes.getByRole("row", { name: /Email/ }).getByRole("link").click();
  await expect(staff.getByRole("heading", { name: /^Batch delta-/ })).toBeVisible();
  await expect(staff.getByText("Every record was accepted.")).toBeVisible();
  await expect(staff.getByRole("table", { name: /Changes the update policy applied from batch/ }).getByRole("row")).toHaveCount(
    4,
  );
  await expectNoSeriousA11yViolations(staff);
  await expectFits(staff, "batch");

  // The pet page: Rex's PIMS patient and its owner.
  await staff.goto(`/practices/${practiceId}/pets/HP1`);
  const petApplied = staff.getByRole("table", { name: "Changes applied automatically to PIMS patient P1 and its owner" });
  await expect(petApplied.getByRole("row")).toHaveCount(4); // header + email (owner), weight, deceased
  await expectNoSeriousA11yViolations(staff);
  await expectFits(staff, "pet");

  // Manual client link: Ann Carter (H2) is unmatched; staff find Ann Lee and link her with a reason.
  await staff.goto(`/practices/${practiceId}/merge/links?view=unmatched`);
  await staff.getByRole("link", { name: /^Link by hand\s*: Ann Carter$/ }).click();
  await expect(staff.getByRole("heading", { name: "Link Ann Carter by hand" })).toBeVisible();
  await staff.getByLabel("Search this practice's PIMS clients").fill("Ann Lee");
  await staff.getByRole("button", { name: "Search" }).click();
  const hit = staff.getByRole("list", { name: "PIMS clients found" }).getByRole("listitem").first();
  const side = hit.getByRole("table", { name: /The home-delivery client beside Ann Lee \(PIMS client C2\)/ });
  await expect(side.getByRole("row", { name: /^Name/ })).toContainText("Ann Carter");
  await expect(side.getByRole("row", { name: /^Name/ })).toContainText("Ann Lee");
  await expect(side.getByRole("row", { name: /^Phone/ })).toContainText("Differs");
  await expectNoSeriousA11yViolations(staff);
  // On a phone both values of each field stack, so the PIMS side is in sight without scrolling.
  await staff.setViewportSize({ width: 390, height: 900 });
  const stacked = hit.getByLabel(/The home-delivery client beside Ann Lee \(PIMS client C2\)/);
  await expect(stacked).toContainText("PIMS: Ann Lee");
  await expect(stacked).toContainText("Home delivery: Ann Carter");
  await staff.setViewportSize({ width: 1280, height: 720 });
  await expectFits(staff, "manual-link");
  const linkButton = hit.getByRole("button", { name: "Link to Ann Lee (PIMS client C2)" });
  await linkButton.click();
  await expect(hit.getByText(/Say why/)).toBeVisible();
  await hit.getByLabel(/Why is this the same person/).fill("Ann Carter married and moved: confirmed with her on the phone");
  await linkButton.click();
  // The page refreshes into its merged state (the form and its message go); the line is released.
  await expect(staff.getByText(/Merged with PIMS client C2 by \S/)).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Ann Carter: linked to PIMS client C2" })).toBeVisible();
  // Who linked it and why stay on the page, for whoever opens it next.
  await expect(staff.getByText("Ann Carter married and moved: confirmed with her on the phone")).toBeVisible();
  await expect(staff.getByRole("button", { name: /Unmerge/ })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await expectFits(staff, "manual-link-linked");

  // A test order from the writebacks page, for a linked pet.
  await staff.goto(`/practices/${practiceId}/writebacks`);
  await expect(staff.getByRole("table", { name: /Shipped lines/ }).getByRole("row", { name: new RegExp(order) })).toContainText(
    "Queued for the agent",
  );
  const form = staff.getByRole("form", { name: "Create a test order" });
  await form.getByLabel("Pet").selectOption("HP2");
  await form.getByLabel("Product").fill("Gabapentin 100 mg capsules");
  await form.getByLabel("Quantity").fill("zero");
  await form.getByRole("button", { name: "Create test order" }).click();
  await expect(form.getByText("Enter a quantity such as 30 or 2.5.")).toBeVisible();
  await form.getByLabel("Quantity").fill("60");
  await form.getByRole("button", { name: "Create test order" }).click();
  await expect(form.getByText(/^Order TEST-\d{8}-[0-9A-F]{6} created for pet HP2/)).toBeVisible();
  await expect(staff.getByRole("link", { name: /^Order TEST-/ })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await expectFits(staff, "writebacks");

  // The demo's Live practice has every kind of row (changes for review, paused prescriptions,
  // shipped lines): its pages must fit a phone too.
  await staff.goto("/board/table?q=Silver%20Lake");
  await staff
    .getByRole("link", { name: /Silver Lake Pet Hospital/ })
    .first()
    .click();
  const practiceUrl = staff.url().split("#")[0];
  await staff.getByRole("link", { name: /^Open sync/ }).click();
  await expect(staff.getByRole("heading", { name: /^Sync: Silver Lake/ })).toBeVisible();
  await expectFits(staff, "sync-demo");
  await staff.goto(practiceUrl);
  await staff.getByRole("link", { name: /^Open writeback/ }).click();
  await expect(staff.getByRole("heading", { name: /^Writeback:/ })).toBeVisible();
  await expectFits(staff, "writebacks-demo");
});
