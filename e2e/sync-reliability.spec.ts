// Reliability of the sync path end to end, with real processes: the agent (`pims-link agent push`)
// pushes a first load over HTTP and, in the middle, either the web server or PostgreSQL itself
// is killed with SIGKILL; the server comes back (PostgreSQL by `npm start`'s own supervision) and
// the agent resumes from its checkpoint. The final counts must equal the export: nothing lost,
// nothing twice. No browser needed; this lives beside the e2e tests because it needs the build.
import { expect, test } from "@playwright/test";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const PORT = Number(process.env.E2E_SECOND_PORT ?? 3111);
const MAIN_PORT = Number(process.env.E2E_PORT ?? 3100); // the e2e web server: `npm start`, which supervises its PostgreSQL
const PG_PORT = process.env.E2E_PG_PORT ?? "54331";
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/pims_link_e2e`; // the e2e web server's database
const env = {
  ...process.env,
  DATABASE_URL,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production",
  APP_URL: `http://localhost:${PORT}`,
  NEXTAUTH_URL: `http://localhost:${PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
const cli = (...args: string[]) => execFileSync("npx", ["pims-link", ...args], { env, encoding: "utf8" }).trim();

function startServer(): ChildProcess {
  return spawn("npx", ["next", "start", "-p", String(PORT)], { env, detached: true, stdio: "ignore" });
}
function kill(server: ChildProcess) {
  try {
    process.kill(-server.pid!, "SIGKILL"); // the whole group: npx and the Next server under it
  } catch {
    /* already gone */
  }
}
async function waitUntilUp() {
  await expect(async () => {
    const response = await fetch(`http://localhost:${PORT}/sign-in`);
    expect(response.status).toBe(200);
  }).toPass({ timeout: 60_000, intervals: [250] });
}
function countRows(file: string) {
  // Generated files hold no quoted newlines, so data rows are lines minus the header.
  return readFileSync(file, "utf8").trim().split("\n").length - 1;
}

/** Every client and patient of the export stored, none rejected (the key (practice, pims id) makes twice impossible). */
async function expectExactlyTheExport(slug: string, dir: string) {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const practice = await db.query<{ id: string }>("SELECT id FROM practices WHERE slug = $1", [slug]);
    const id = practice.rows[0].id;
    const clients = await db.query<{ n: string }>("SELECT count(*) AS n FROM pims_clients WHERE practice_id = $1", [id]);
    const patients = await db.query<{ n: string }>("SELECT count(*) AS n FROM pims_patients WHERE practice_id = $1", [id]);
    expect(Number(clients.rows[0].n)).toBe(countRows(path.join(dir, "clients.csv")));
    expect(Number(patients.rows[0].n)).toBe(countRows(path.join(dir, "patients.csv")));
    const errors = await db.query<{ n: string }>("SELECT count(*) AS n FROM sync_errors WHERE practice_id = $1", [id]);
    expect(Number(errors.rows[0].n)).toBe(0);
  } finally {
    await db.end();
  }
}

function pushAgent(url: string, key: string, dir: string) {
  return spawn(
    "npx",
    ["pims-link", "agent", "push", "--url", url, "--key", key, "--dir", dir, "--batch-size", "500", "--concurrency", "1"],
    { env, stdio: "pipe" },
  );
}
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", resolve));
const ackedBatches = (dir: string) => {
  const checkpoint = path.join(dir, ".pims-link-push.json");
  return existsSync(checkpoint) ? Number(JSON.parse(readFileSync(checkpoint, "utf8")).acked) : 0;
};

test("PostgreSQL killed with SIGKILL during a first load: npm start restarts it and nothing answered is lost", async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-pgkill-"));
  const slug = `pg-kill-test-${Date.now().toString(36)}`;
  try {
    cli("generate", "--clients", "15000", "--seed", "12", "--out", dir, "--quiet");
    cli("practice", "create", "--name", "PG Kill Test Vet", "--slug", slug, "--partner", "IDEXX DataPoint");
    const key = cli("agent-key", "--practice", slug);
    // npm start runs its PostgreSQL durable: an answered commit is on disk.
    const settings = new pg.Client({ connectionString: DATABASE_URL });
    await settings.connect();
    for (const name of ["fsync", "synchronous_commit"]) expect((await settings.query(`SHOW ${name}`)).rows[0][name]).toBe("on");
    await settings.end();

    let agent = pushAgent(`http://localhost:${MAIN_PORT}`, key, dir);
    await expect(async () => expect(ackedBatches(dir)).toBeGreaterThanOrEqual(4)).toPass({ timeout: 120_000, intervals: [100] });
    // The postmaster of the e2e stack's embedded cluster (the lock file's first line).
    const lockFile = path.resolve(`.data/postgres-${PG_PORT}/postmaster.pid`);
    const postmaster = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    const ackedAtKill = ackedBatches(dir);

    // npm start notices and starts it again (a new postmaster on the same files).
    await expect(async () => {
      const pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
      expect(pid).not.toBe(postmaster);
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.end();
    }).toPass({ timeout: 60_000, intervals: [250] });

    let code = await exited(agent);
    if (code !== 0) {
      agent = pushAgent(`http://localhost:${MAIN_PORT}`, key, dir); // gave up while the database was down: resume
      code = await exited(agent);
    }
    expect(code).toBe(0);
    expect(ackedAtKill).toBeLessThan(countBatches(dir));
    await expectExactlyTheExport(slug, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function countBatches(dir: string) {
  return Math.ceil(countRows(path.join(dir, "clients.csv")) / 500) + Math.ceil(countRows(path.join(dir, "patients.csv")) / 500);
}

test("a first load killed in the middle resumes to exact counts", async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-kill-"));
  const slug = `kill-test-${Date.now().toString(36)}`;
  let server = startServer();
  try {
    cli("generate", "--clients", "15000", "--seed", "11", "--out", dir, "--quiet");
    cli("practice", "create", "--name", "Kill Test Vet", "--slug", slug, "--partner", "IDEXX DataPoint");
    const key = cli("agent-key", "--practice", slug);
    await waitUntilUp();

    const push = () => pushAgent(`http://localhost:${PORT}`, key, dir);
    let agent = push();
    const checkpoint = path.join(dir, ".pims-link-push.json");
    // Kill the server once a few batches are acknowledged, well before the end.
    await expect(async () => {
      expect(existsSync(checkpoint)).toBe(true);
      expect(JSON.parse(readFileSync(checkpoint, "utf8")).acked).toBeGreaterThanOrEqual(4);
    }).toPass({ timeout: 120_000, intervals: [100] });
    kill(server);
    server = startServer();
    await waitUntilUp();

    let code = await new Promise<number | null>((resolve) => agent.on("exit", resolve));
    if (code !== 0) {
      // The agent gave up while the server was down: running it again resumes from the checkpoint.
      agent = push();
      code = await new Promise<number | null>((resolve) => agent.on("exit", resolve));
    }
    expect(code).toBe(0);

    await expectExactlyTheExport(slug, dir);
  } finally {
    kill(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
