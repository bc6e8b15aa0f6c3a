// Staff upload of a practice's home-delivery files through the page: a missing file and a file
// with bad rows are refused with every problem listed (and nothing loaded), a good pair is
// imported with its counts, and matching is queued because the practice already has PIMS data.
// With SCREENSHOTS=1 the error list and the success state are saved to docs/screenshots/.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO, expectNoSeriousA11yViolations, newSignedInPage } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`; // the e2e web server's database
const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXT_TELEMETRY_DISABLED: "1" };
const cli = (...args: string[]) => execFileSync("npx", ["pims-link", ...args], { env, encoding: "utf8" }).trim();
const dataRows = (file: string) => readFileSync(file, "utf8").trim().split("\n").length - 1;

test("staff upload home-delivery files: problems listed row by row, then a good import with its counts", async ({ browser }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-hd-upload-"));
  try {
    // A practice with PIMS data already synced, and its home-delivery files.
    const slug = `hd-upload-${Date.now().toString(36)}`;
    cli("generate", "--clients", "50", "--seed", "3", "--out", dir, "--quiet");
    const created = cli("practice", "create", "--name", "Upload Test Vet", "--slug", slug, "--partner", "IDEXX DataPoint");
    const practiceId = created.match(/^id\t(\S+)/m)?.[1];
    expect(practiceId, created).toBeTruthy();
    const key = cli("agent-key", "--practice", slug);
    cli("agent", "push", "--url", `http://localhost:${PORT}`, "--key", key, "--dir", dir);
    const clientsFile = path.join(dir, "home-delivery-clients.csv");
    const petsFile = path.join(dir, "home-delivery-pets.csv");
    const badPets = path.join(dir, "bad-pets.csv");
    writeFileSync(
      badPets,
      [
        "hd_pet_id,hd_client_id,name,species,breed,birth_date,weight_lb",
        "BP1,HD000001,Rex,Dog,,2019-02-30,",
        "BP2,HD999999,Tom,Cat,,,",
        "BP3,HD000001,Bella,Dog,,,heavy",
        ",HD000001,Nameless,Dog,,,",
      ].join("\n") + "\n",
    );

    const staff = await newSignedInPage(browser, DEMO.staff);
    await staff.goto(`/practices/${practiceId}`);
    await staff.getByRole("link", { name: "Upload or view home-delivery clients and pets" }).click();
    await expect(staff.getByRole("heading", { name: "Home-delivery records: Upload Test Vet" })).toBeVisible();
    await expect(staff.getByTestId("hd-clients")).toHaveText("0");
    await expect(staff.getByText("Nothing imported yet")).toBeVisible();
    const clientsInput = staff.getByLabel("Home-delivery clients CSV");
    const petsInput = staff.getByLabel("Home-delivery pets CSV");
    const upload = staff.getByRole("button", { name: "Upload and import" });

    // Only one file chosen: the other is named.
    await clientsInput.setInputFiles(clientsFile);
    await upload.click();
    await expect(staff.getByText("Choose the home-delivery pets file.")).toBeVisible();
    await expect(petsInput).toHaveAttribute("aria-invalid", "true");

    // Bad rows: every problem with file, row and column; nothing loaded.
    await clientsInput.setInputFiles(clientsFile);
    await petsInput.setInputFiles(badPets);
    await upload.click();
    const alert = staff.getByRole("alert").filter({ hasText: "problems found in the files" });
    await expect(alert).toContainText("4 problems found in the files. Nothing was imported");
    const problems = alert.getByRole("table", { name: "Problems found in the uploaded files" });
    await expect(problems.getByRole("row")).toHaveCount(5); // header + 4
    await expect(problems.getByRole("row").nth(1)).toContainText(/bad-pets\.csv\s*1\s*birth_date/);
    await expect(problems.getByRole("row").nth(2)).toContainText(
      /bad-pets\.csv\s*2\s*hd_client_id\s*client "HD999999" is not in/,
    );
    await expect(problems.getByRole("row").nth(3)).toContainText(/bad-pets\.csv\s*3\s*weight_lb/);
    await expect(problems.getByRole("row").nth(4)).toContainText(/bad-pets\.csv\s*4\s*hd_pet_id/);
    await staff.reload();
    await expect(staff.getByTestId("hd-clients")).toHaveText("0");
    await clientsInput.setInputFiles(clientsFile);
    await petsInput.setInputFiles(badPets);
    await upload.click();
    await expect(alert).toBeVisible();
    await expectNoSeriousA11yViolations(staff);
    if (process.env.SCREENSHOTS)
      await staff.screenshot({ path: "docs/screenshots/home-delivery-upload-errors.png", fullPage: true });

    // The good pair: counts, and matching queued (the practice has PIMS data).
    const clients = dataRows(clientsFile);
    const pets = dataRows(petsFile);
    await clientsInput.setInputFiles(clientsFile);
    await petsInput.setInputFiles(petsFile);
    await upload.click();
    const done = staff.getByRole("status").filter({ hasText: "Imported." });
    await expect(done).toContainText(`Clients: ${clients} (${clients} new, 0 updated)`);
    await expect(done).toContainText(`Pets: ${pets} (${pets} new, 0 updated)`);
    await expect(done).toContainText("Matching will run in the background");
    await expect(staff.getByTestId("hd-clients")).toHaveText(String(clients));
    await expect(staff.getByTestId("hd-pets")).toHaveText(String(pets));
    await expect(staff.getByText(/by Olivia Ortiz/)).toBeVisible();
    // Next streams the metadata after a refresh: axe reads the page once its title is back.
    await expect(staff).toHaveTitle(/Home-delivery records/);
    await expectNoSeriousA11yViolations(staff);
    if (process.env.SCREENSHOTS) await staff.screenshot({ path: "docs/screenshots/home-delivery-upload.png", fullPage: true });

    // Uploading the same files again updates, never duplicates.
    await clientsInput.setInputFiles(clientsFile);
    await petsInput.setInputFiles(petsFile);
    await upload.click();
    await expect(done).toContainText(`Clients: ${clients} (0 new, ${clients} updated)`);
    await expect(staff.getByTestId("hd-clients")).toHaveText(String(clients));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
