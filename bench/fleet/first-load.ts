// Step "first load": how many times a raw COPY of the same rows the real first load takes. A
// generated export (pims-link generate) is pushed through the HTTP API by the agent simulator
// into a fresh practice; the same CSV files are COPYed as they are into two tables of text
// columns with the same primary keys. The ratio is push wall time / COPY wall time.
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { generatorFingerprint } from "../generator-fingerprint";

const FIRST_LOAD_KEY = "pl_agent_fleet_bench_first_load_k";

async function rawCopySeconds(url: string, dir: string): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const header = (file: string) => readFileSync(path.join(dir, file), "utf8").slice(0, 2000).split("\n")[0].split(",");
    const tables = [
      { file: "clients.csv", table: "raw_copy_clients", key: "client_id" },
      { file: "patients.csv", table: "raw_copy_patients", key: "patient_id" },
    ];
    for (const t of tables) {
      await db.query(`DROP TABLE IF EXISTS ${t.table}`);
      await db.query(
        `CREATE TABLE ${t.table} (practice_id text NOT NULL DEFAULT 'p', ${header(t.file)
          .map((c) => `"${c}" text`)
          .join(", ")}, PRIMARY KEY (practice_id, "${t.key}"))`,
      );
    }
    const started = performance.now();
    for (const t of tables)
      await pipeline(
        createReadStream(path.join(dir, t.file)),
        db.query(
          copyFrom(
            `COPY ${t.table} (${header(t.file)
              .map((c) => `"${c}"`)
              .join(", ")}) FROM STDIN (FORMAT csv, HEADER true)`,
          ),
        ),
      );
    const seconds = (performance.now() - started) / 1000;
    for (const t of tables) await db.query(`DROP TABLE ${t.table}`);
    return seconds;
  } finally {
    await db.end();
  }
}

export async function measureFirstLoad(
  url: string,
  base: string,
  clients: number,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
) {
  const dir = path.resolve(`.data/bench-fleet-first-load-${clients}-${generatorFingerprint()}`);
  if (!existsSync(path.join(dir, "patients.csv"))) {
    log(`generating a ${clients.toLocaleString("en-US")}-client export for the first load…`);
    const made = spawnSync(
      process.execPath,
      ["cli/bin.js", "generate", "--clients", String(clients), "--seed", "7", "--out", dir, "--quiet"],
      { env, stdio: "inherit" },
    );
    if (made.status !== 0) throw new Error("pims-link generate failed");
  }
  for (const file of readdirSync(dir)) if (file.startsWith(".pims-link")) rmSync(path.join(dir, file));
  const rows = (file: string) => readFileSync(path.join(dir, file), "utf8").split("\n").filter(Boolean).length - 1;
  const records = rows("clients.csv") + rows("patients.csv");

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO practices (id, slug, name, address1, city, state, postal_code, phone, time_zone, pims_version, approx_clients, status, installed_at, partner_id, updated_at)
       SELECT 'fleet-first-load', 'fleet-first-load', 'First Load Vet', '1 Main St', 'Portland', 'OR', '97201', '(503) 555-0100', 'America/Los_Angeles', '9.5', $1, 'INSTALLED', now(), id, now()
       FROM partners LIMIT 1`,
      [clients],
    );
    await db.query(
      `INSERT INTO agent_keys (id, practice_id, prefix, sha256) VALUES ('key-first-load', 'fleet-first-load', 'pl_agent_fleet', encode(sha256(convert_to($1, 'UTF8')), 'hex'))`,
      [FIRST_LOAD_KEY],
    );
  } finally {
    await db.end();
  }

  const copySeconds = await rawCopySeconds(url, dir);
  const started = performance.now();
  const push = spawn(process.execPath, ["cli/bin.js", "agent", "push", "--url", base, "--key", FIRST_LOAD_KEY, "--dir", dir], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => push.on("exit", resolve));
  if (code !== 0) throw new Error(`agent push exited with ${code}`);
  const pushSeconds = (performance.now() - started) / 1000;
  return { records, copySeconds, pushSeconds, ratio: pushSeconds / copySeconds };
}
