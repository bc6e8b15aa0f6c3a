// Vitest global setup: a real PostgreSQL for integration tests. DATABASE_URL (when set) names a
// server to use; otherwise an embedded cluster under .data/test-postgres. Either way the tests
// get a freshly created, migrated database of their own.
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";

const TEST_DB = "pims_link_test";

export default async function setup(project: TestProject) {
  let url: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    await createDatabaseIfMissing(server.toString(), TEST_DB, { fresh: true });
    server.pathname = `/${TEST_DB}`;
    url = server.toString();
  } else {
    // A throw-away cluster: speed over durability, asked for explicitly.
    const db = await startEmbeddedPostgres({
      dataDir: ".data/test-postgres",
      port: Number(process.env.TEST_PG_PORT ?? 54329),
      database: TEST_DB,
      freshDatabase: true,
      durability: "volatile",
    });
    url = db.url;
    stop = db.stop;
  }
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  return async () => {
    await stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
