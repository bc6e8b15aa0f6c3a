// The database developer tools (CLI, seed, migrate) talk to: DATABASE_URL when set, else the
// embedded cluster `npm start` uses for the same PG_PORT and PIMS_DB_NAME, so tools and the app
// always see the same database. `describeToolDatabase` says which one, for the tools to print.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { ensureDatabase } from "../lib/db/ensure-database";

export type ToolDatabase = { kind: "url"; url: string } | { kind: "embedded"; port: number; dataDir: string; database: string };

/** Which database the tools use, from the environment (nothing is started). */
export function toolDatabase(env: Record<string, string | undefined> = process.env): ToolDatabase {
  if (env.DATABASE_URL) return { kind: "url", url: env.DATABASE_URL };
  const port = Number(env.PG_PORT ?? 54321);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PG_PORT must be a port number, not "${env.PG_PORT}"`);
  return { kind: "embedded", port, dataDir: `.data/postgres-${port}`, database: env.PIMS_DB_NAME ?? "pims_link" };
}

/** One line naming the database, the password left out. */
export function describeToolDatabase(target: ToolDatabase): string {
  if (target.kind === "url") {
    try {
      const url = new URL(target.url);
      url.password = "";
      return `database: ${url.toString().replace(/:@/, "@")} (from DATABASE_URL)`;
    } catch {
      return "database: DATABASE_URL (not a URL the tools can show)";
    }
  }
  return `database: embedded PostgreSQL on port ${target.port}, database ${target.database}, files in ${target.dataDir} (set PG_PORT or DATABASE_URL to use another)`;
}

export async function databaseUrlForTools(say: (line: string) => void = () => {}): Promise<string> {
  const target = toolDatabase();
  say(describeToolDatabase(target));
  if (target.kind === "url") {
    // A missing database is created when the role may; otherwise a one-line DatabaseSetupError.
    await ensureDatabase(target.url);
    return target.url;
  }
  const db = await startEmbeddedPostgres(target);
  return db.url;
}
