// `npm start` refuses a configuration its mode cannot run safely, before it starts anything.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !["PIMS_LINK_ENV", "SMTP_URL", "NEXTAUTH_SECRET", "APP_URL", "NEXTAUTH_URL", "DATABASE_URL"].includes(k),
    ),
  );
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-seed"], {
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("npm start by mode", () => {
  it("refuses production without SMTP_URL and NEXTAUTH_SECRET", () => {
    const run = start({ PIMS_LINK_ENV: "production", APP_URL: "https://pims.example.com" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot start: Production mode needs SMTP_URL/);
    expect(run.stderr).toMatch(/cannot start: Production mode needs NEXTAUTH_SECRET/);
  });

  it("refuses a demo with an APP_URL others could reach", () => {
    const run = start({ APP_URL: "https://pims.example.com" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Demo mode .* not a local address/);
  });
});
