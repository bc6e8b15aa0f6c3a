// `npm start`: everything a new user needs, in one command. Starts the database (embedded
// PostgreSQL unless DATABASE_URL is set), applies migrations, seeds demo data into an empty
// database, builds the web app when its sources changed, then runs web + worker together.
//   flags: --dev (next dev instead of a production build), --fresh (drop and recreate the
//   database first; the end-to-end tests use it), --no-seed
//   env:   PORT (3000), PG_PORT (54321), PIMS_DB_NAME (pims_link), DATABASE_URL, SMTP_URL
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { buildIfStale } from "./next-build";
import { DEV_FULFILLMENT_SERVICE_KEY } from "../lib/auth/service-key";

const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);
const pgPort = Number(process.env.PG_PORT ?? 54321);
const dbName = process.env.PIMS_DB_NAME ?? "pims_link";
const log = (line: string) => console.log(`[pims-link] ${line}`);

function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  // Kept across restarts so sign-in sessions and progress links stay valid.
  const file = path.resolve(".data/nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function database() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    if (args.has("--fresh")) {
      const name = url.pathname.slice(1);
      const server = new URL(url);
      server.pathname = "/postgres";
      await createDatabaseIfMissing(server.toString(), name, { fresh: true });
    }
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dataDir: `.data/postgres-${pgPort}`, port: pgPort, database: dbName, freshDatabase: args.has("--fresh") });
}

const db = await database();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: secret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // The fulfilment system's service key (POST /api/fulfillment/v1/shipments): a documented development key outside production.
  ...(process.env.PIMS_LINK_ENV === "production" ? {} : { FULFILLMENT_SERVICE_KEY: process.env.FULFILLMENT_SERVICE_KEY ?? DEV_FULFILLMENT_SERVICE_KEY }),
};
Object.assign(process.env, env);

for (const name of await applyMigrations(db.url)) log(`migrated: ${name}`);
if (!args.has("--no-seed")) {
  const { seedDemoIfEmpty } = await import("../prisma/seed-demo");
  const seeded = await seedDemoIfEmpty();
  if (seeded) log(`seeded demo data: ${seeded.practices} practices`);
}
if (!args.has("--dev")) buildIfStale(env, log);

const children: ChildProcess[] = [];
// Started with node directly (no npx/sh in between) and kept in this script's process group, so
// a signal to the group (Ctrl-C, a test runner's kill) reaches them too.
const nextBin = path.resolve("node_modules/next/dist/bin/next");
const web = spawn(process.execPath, [nextBin, args.has("--dev") ? "dev" : "start", "-p", String(port)], { stdio: "inherit", env });
const worker = spawn(process.execPath, ["--import", "tsx", "lib/jobs/worker-main.ts"], { stdio: "inherit", env });
children.push(web, worker);

const { demoSignIns } = await import("../prisma/seed-demo");
log(`PIMS Link is starting on http://localhost:${port}`);
log(`sign in with any of these addresses; the link arrives in the demo mailbox at http://localhost:${port}/dev/mailbox`);
for (const line of await demoSignIns()) log(`  ${line}`);
if (env.FULFILLMENT_SERVICE_KEY === DEV_FULFILLMENT_SERVICE_KEY) log(`fulfilment service key (development): ${DEV_FULFILLMENT_SERVICE_KEY}`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const signalAll = (signal: NodeJS.Signals) => {
    for (const child of children) child.kill(signal);
  };
  signalAll("SIGTERM");
  const exited = Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(null) : c.once("exit", resolve)))));
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
