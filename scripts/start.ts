// `npm start`: everything a new user needs, in one command. Checks the configuration for its
// mode (demo unless PIMS_LINK_ENV=production, see lib/runtime/mode.ts), starts the database
// (embedded PostgreSQL unless DATABASE_URL is set), applies migrations, seeds demo data into an
// empty database (demo mode only), builds the web app when its sources changed, then runs web +
// worker together. Demo mode listens on loopback only.
//   flags: --dev (next dev instead of a production build), --fresh (drop and recreate the
//   database first; the end-to-end tests use it), --no-seed
//   env:   PORT (3000), PG_PORT (54321), PIMS_DB_NAME (pims_link), DATABASE_URL, SMTP_URL
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createDatabaseIfMissing, startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { ensureDatabase, exitOnSetupError } from "../lib/db/ensure-database";
import { buildIfStale } from "./next-build";
import { DEV_FULFILLMENT_SERVICE_KEY } from "../lib/auth/service-key";
import { listenHost, modeOf, startupProblems } from "../lib/runtime/mode";

const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);
const pgPort = Number(process.env.PG_PORT ?? 54321);
const dbName = process.env.PIMS_DB_NAME ?? "pims_link";
const log = (line: string) => console.log(`[pims-link] ${line}`);

const mode = modeOf();
const problems = startupProblems(process.env);
if (problems.length) {
  for (const problem of problems) console.error(`[pims-link] cannot start: ${problem}`);
  process.exit(2);
}
const appUrl = (process.env.APP_URL ?? `http://localhost:${port}`).replace(/\/$/, "");

function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET; // required in production (checked above)
  // Kept across restarts so sign-in sessions and progress links stay valid.
  const file = path.resolve(".data/nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function database(): Promise<EmbeddedDatabase> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    if (args.has("--fresh")) {
      const name = url.pathname.slice(1);
      const server = new URL(url);
      server.pathname = "/postgres";
      await createDatabaseIfMissing(server.toString(), name, { fresh: true });
    } else if ((await ensureDatabase(process.env.DATABASE_URL)) === "created") {
      log(`created database ${url.pathname.slice(1)}`);
    }
    // An outside PostgreSQL is its operator's to supervise.
    return {
      url: process.env.DATABASE_URL,
      stop: async () => {},
      restart: async () => {},
      onUnexpectedExit: () => {},
      pid: () => undefined,
    };
  }
  return startEmbeddedPostgres({
    dataDir: `.data/postgres-${pgPort}`,
    port: pgPort,
    database: dbName,
    freshDatabase: args.has("--fresh"),
    log,
  });
}

const db = await database().catch(exitOnSetupError);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: secret(),
  // One address for links in emails and for next-auth's callbacks (and so its Secure cookies).
  NEXTAUTH_URL: appUrl,
  APP_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  // The fulfilment system's service key (POST /api/fulfillment/v1/shipments): a documented development key in demo mode.
  ...(mode === "production"
    ? {}
    : { FULFILLMENT_SERVICE_KEY: process.env.FULFILLMENT_SERVICE_KEY ?? DEV_FULFILLMENT_SERVICE_KEY }),
};
Object.assign(process.env, env);

for (const name of await applyMigrations(db.url)) log(`migrated: ${name}`);
const { seedDemoIfEmpty, demoUsersPresent, demoSignIns } = await import("../prisma/seed-demo");
if (mode === "production") {
  // The demo's people sign in through a mailbox anyone can read: they must not exist here.
  if (await demoUsersPresent()) {
    console.error(
      "[pims-link] cannot start: this database holds the demo's users; production needs a database of its own (DATABASE_URL).",
    );
    await db.stop();
    process.exit(2);
  }
} else if (!args.has("--no-seed")) {
  const seeded = await seedDemoIfEmpty();
  if (seeded) log(`seeded demo data: ${seeded.practices} practices`);
}
if (!args.has("--dev")) buildIfStale(env, log);

const children: ChildProcess[] = [];
// Started with node directly (no npx/sh in between) and kept in this script's process group, so
// a signal to the group (Ctrl-C, a test runner's kill) reaches them too.
const nextBin = path.resolve("node_modules/next/dist/bin/next");
const exitWithParent = ["--import", "./scripts/exit-with-parent.mjs"];
const host = listenHost(process.env);
const web = spawn(
  process.execPath,
  [...exitWithParent, nextBin, args.has("--dev") ? "dev" : "start", "-p", String(port), "-H", host],
  { stdio: "inherit", env },
);
const worker = spawn(process.execPath, [...exitWithParent, "--import", "tsx", "lib/jobs/worker-main.ts"], {
  stdio: "inherit",
  env,
});
children.push(web, worker);

if (mode === "demo") {
  log(`PIMS Link (demo mode, this machine only: ${host}) is starting on ${appUrl}`);
  log(`sign in with any of these addresses; the link arrives in the demo mailbox at ${appUrl}/dev/mailbox`);
  for (const line of await demoSignIns()) log(`  ${line}`);
} else {
  log(`PIMS Link (production mode) is starting on ${appUrl}, listening on ${host}:${port}`);
}
if (env.FULFILLMENT_SERVICE_KEY === DEV_FULFILLMENT_SERVICE_KEY)
  log(`fulfilment service key (development): ${DEV_FULFILLMENT_SERVICE_KEY}`);

let stopping = false;
// Supervision of the embedded PostgreSQL: if it dies, it is started again on the same files
// (crash recovery replays the WAL, so every answered commit is there); the web server and the
// worker reconnect on their next query. Dying again and again means something is wrong that a
// restart will not fix: then the whole stack stops with a non-zero exit, for a supervisor or a
// person to see, rather than serving against a dead database.
const RESTART_WINDOW_MS = 10 * 60_000;
const MAX_RESTARTS = 3;
const restarts: number[] = [];
db.onUnexpectedExit(async (code, signal) => {
  if (stopping) return;
  log(`PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`})`);
  const now = Date.now();
  while (restarts.length && restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
  if (restarts.length >= MAX_RESTARTS) {
    log(`PostgreSQL died ${MAX_RESTARTS + 1} times in ${RESTART_WINDOW_MS / 60_000} minutes: stopping PIMS Link`);
    return stop(1);
  }
  restarts.push(now);
  try {
    await db.restart();
    log("PostgreSQL restarted; crash recovery complete");
  } catch (error) {
    log(`PostgreSQL could not be restarted: ${(error as Error).message}`);
    await stop(1);
  }
});

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const signalAll = (signal: NodeJS.Signals) => {
    for (const child of children) child.kill(signal);
  };
  signalAll("SIGTERM");
  const exited = Promise.all(
    children.map(
      (c) => new Promise((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(null) : c.once("exit", resolve))),
    ),
  );
  // Next waits for open keep-alive connections on SIGTERM; do not let that hold the stop up.
  const timer = setTimeout(() => signalAll("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  await db.stop();
  process.exit(code);
}
// embedded-postgres exits the process from its own signal hook, possibly before stop() is done:
// whatever happens, no child outlives this script.
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
for (const child of children) child.on("exit", (code) => !stopping && stop(code ?? 1));
