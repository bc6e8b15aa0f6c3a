import { defineConfig } from "@playwright/test";

// Ports can be moved (E2E_PORT, E2E_PG_PORT) so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const PG_PORT = process.env.E2E_PG_PORT ?? "54331";

export default defineConfig({
  testDir: "e2e",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium (Playwright's own browser download is not reachable offline).
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The same start script as `npm start`, on its own port and a freshly created database.
    command: "npx tsx scripts/start.ts --fresh",
    url: `http://localhost:${PORT}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: false,
    // Let the start script stop Next, the worker and the database itself.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    // The suite signs the demo people in dozens of times in minutes; the limits themselves are
    // tested in lib/auth/sign-in-guard.integration.test.ts.
    env: {
      PORT: String(PORT),
      PG_PORT,
      PIMS_DB_NAME: "pims_link_e2e",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      SIGN_IN_EMAILS_PER_ADDRESS: "1000",
      SIGN_IN_EMAILS_PER_IP: "1000",
    },
  },
});
