// `npm run test:pg -- <postgresql url> [vitest args]`: runs the Vitest suite (unit and
// integration tests) against a PostgreSQL given by URL instead of the embedded one. The tests
// make a fresh database `pims_link_test` on that server (the role needs CREATEDB); the URL's
// own database is only used to connect. CI runs it when TEST_PG_URL is set.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, exitOnSetupError } from "../lib/db/ensure-database";

const [url, ...vitestArgs] = process.argv.slice(2);
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error("usage: npm run test:pg -- postgresql://USER:PASSWORD@HOST:PORT/DATABASE [vitest args, e.g. lib/sync]");
  process.exit(2);
}
await ensureDatabase(url).catch(exitOnSetupError);
const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
await client.end();
const where = new URL(url);
console.log(`test:pg: PostgreSQL ${rows[0].server_version} at ${where.hostname}:${where.port || 5432}`);

const vitest = path.resolve("node_modules/vitest/vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", ...vitestArgs], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
process.exit(result.status ?? 1);
