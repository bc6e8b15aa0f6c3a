// Makes sure the database named by a DATABASE_URL exists before anything migrates or connects:
// creates it when the role may, and otherwise fails with one line that says what to run. Any
// PostgreSQL (managed or not, 15 or 18) is reached the same way; the password is never printed.
import pg from "pg";

/** A setup problem a person fixes outside the app; its message is one line, printed as is. */
export class DatabaseSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseSetupError";
  }
}

type PgError = Error & { code?: string };

function describe(url: URL) {
  const host = url.hostname || "localhost";
  return {
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
    role: decodeURIComponent(url.username) || process.env.PGUSER || "postgres",
    where: `${host}:${url.port || 5432}`,
    host,
    port: url.port || "5432",
  };
}

function quoteIdent(name: string) {
  return `"${name.replace(/"/g, '""')}"`;
}

/** One line for an error reaching the server (never the password, never a stack). */
function connectionProblem(error: PgError, where: string, role: string): DatabaseSetupError {
  const reason =
    error.code === "ECONNREFUSED"
      ? "connection refused (is PostgreSQL running there?)"
      : error.code === "ENOTFOUND"
        ? "host not found"
        : error.code === "28P01" || error.code === "28000"
          ? `role "${role}" was refused (check the user and password in DATABASE_URL)`
          : error.message.split("\n")[0];
  return new DatabaseSetupError(`cannot connect to PostgreSQL at ${where}: ${reason}`);
}

async function tryConnect(connectionString: string): Promise<PgError | null> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return error as PgError;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Returns "exists" or "created". Throws DatabaseSetupError when the server cannot be reached or
 * the database is missing and the role may not create it.
 */
export async function ensureDatabase(databaseUrl: string): Promise<"exists" | "created"> {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new DatabaseSetupError("DATABASE_URL is not a valid URL: expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
  }
  const { database, role, where, host, port } = describe(url);
  const first = await tryConnect(databaseUrl);
  if (!first) return "exists";
  if (first.code !== "3D000") throw connectionProblem(first, where, role);

  // The database is missing: create it from the server's maintenance database.
  const howTo = `ask an administrator to run: CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(role)};  (or: createdb -h ${host} -p ${port} -O ${role} ${database}), then start again`;
  for (const maintenance of ["postgres", "template1"]) {
    const serverUrl = new URL(url);
    serverUrl.pathname = `/${maintenance}`;
    const client = new pg.Client({ connectionString: serverUrl.toString(), connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      if ((error as PgError).code === "3D000" || (error as PgError).code === "42501") continue;
      throw connectionProblem(error as PgError, where, role);
    }
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
      return "created";
    } catch (error) {
      const code = (error as PgError).code;
      if (code === "42P04") return "exists"; // another process created it a moment ago
      if (code === "42501")
        throw new DatabaseSetupError(
          `database "${database}" does not exist on ${where} and role "${role}" may not create databases: ${howTo}`,
        );
      throw new DatabaseSetupError(
        `database "${database}" does not exist on ${where} and could not be created (${(error as Error).message.split("\n")[0]}): ${howTo}`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new DatabaseSetupError(
    `database "${database}" does not exist on ${where} and role "${role}" cannot open a maintenance database to create it: ${howTo}`,
  );
}

/** For entry points: prints a setup problem as its one line and exits 1; rethrows anything else. */
export function exitOnSetupError(error: unknown): never {
  if (error instanceof DatabaseSetupError) {
    console.error(`pims-link: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
