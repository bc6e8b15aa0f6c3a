// The database developer tools talk to: DATABASE_URL when set, else the demo's embedded cluster.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { ensureDatabase } from "../lib/db/ensure-database";

// Same folder and port as `npm start` uses by default, so tools see the demo database.
export const DEMO_DB = { dataDir: ".data/postgres-54321", port: 54321, database: "pims_link" };

export async function databaseUrlForTools(): Promise<string> {
  if (process.env.DATABASE_URL) {
    // A missing database is created when the role may; otherwise a one-line DatabaseSetupError.
    await ensureDatabase(process.env.DATABASE_URL);
    return process.env.DATABASE_URL;
  }
  const db = await startEmbeddedPostgres(DEMO_DB);
  return db.url;
}
