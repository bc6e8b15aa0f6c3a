// A DATABASE_URL naming a database that does not exist: created when the role may, otherwise
// one line saying what to run, from the real entry point (no stack trace).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uid } from "@/tests/factories";
import { DatabaseSetupError, ensureDatabase } from "./ensure-database";

const run = promisify(execFile);
const testUrl = new URL(process.env.DATABASE_URL!);
const limitedRole = `limited_${uid()}`;
const created: string[] = [];

function urlFor(database: string, role?: { name: string; password: string }) {
  const url = new URL(testUrl);
  url.pathname = `/${database}`;
  if (role) {
    url.username = role.name;
    url.password = role.password;
  }
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testUrl.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE ROLE "${limitedRole}" LOGIN NOCREATEDB PASSWORD 'limited-pass'`));
});

afterAll(async () => {
  await admin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS "${limitedRole}"`);
  });
});

describe("ensureDatabase", () => {
  it("creates a missing database when the role may, and finds it the second time", async () => {
    const name = `pims_missing_${uid()}`;
    created.push(name);
    expect(await ensureDatabase(urlFor(name))).toBe("created");
    expect(await ensureDatabase(urlFor(name))).toBe("exists");
    const found = await admin((c) => c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]));
    expect(found.rowCount).toBe(1);
  });

  it("says what to run when the role may not create databases", async () => {
    const name = `pims_denied_${uid()}`;
    const error = await ensureDatabase(urlFor(name, { name: limitedRole, password: "limited-pass" })).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseSetupError);
    expect(error.message).toContain(`CREATE DATABASE "${name}" OWNER "${limitedRole}"`);
    expect(error.message).not.toContain("limited-pass");
    expect(error.message).not.toContain("\n");
  });

  it("names an unreachable server in one line", async () => {
    const error = await ensureDatabase("postgresql://someone:secret@127.0.0.1:1/x").catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseSetupError);
    expect(error.message).toMatch(/^cannot connect to PostgreSQL at 127\.0\.0\.1:1: connection refused/);
  });

  it("`npm run db:migrate` prints one line and exits 1 instead of a stack trace", async () => {
    const name = `pims_denied_${uid()}`;
    const result: { code?: number; stderr: string } = await run(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
      env: { ...process.env, DATABASE_URL: urlFor(name, { name: limitedRole, password: "limited-pass" }) },
    }).catch((e) => e as { code: number; stderr: string; stdout: string });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^pims-link: database "pims_denied_\w+" does not exist on .* may not create databases: ask an administrator to run: CREATE DATABASE/,
    );
  }, 60_000);
});
