// The database developer tools talk to: DATABASE_URL when set, else the demo's embedded cluster.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

export const DEMO_DB = { dataDir: ".data/postgres", port: 54321, database: "pims_link" };

export async function databaseUrlForTools(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const db = await startEmbeddedPostgres(DEMO_DB);
  return db.url;
}
