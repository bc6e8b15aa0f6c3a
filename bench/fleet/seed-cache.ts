// The seeded fleet is kept between runs as a template database: seeding 10 million records
// takes about a minute and VACUUM another, cloning the template (a file copy) a few seconds.
// The template's name carries the size and a fingerprint of the seeding code and the
// migrations, so a changed schema or seed gets a fresh one; `--reseed` forces it. Each run
// works on a fresh clone, so the load, the first load and the duplicate checks always start
// from the same state.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { seedFleet } from "./seed";

const TEMPLATE_PREFIX = "pims_link_fleet_seed_";

function seedFingerprint(opts: { practices: number; records: number }) {
  const hash = createHash("sha256").update(`${opts.practices}/${opts.records}`);
  hash.update(readFileSync(path.resolve(import.meta.dirname, "seed.ts")));
  const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
  for (const name of readdirSync(migrations).sort()) hash.update(name);
  return hash.digest("hex").slice(0, 12);
}

const urlOf = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * Makes `database` a fresh clone of the seeded fleet (seeding the template first when there is
 * none for this size and code). Returns how the seed was obtained, for the printout.
 */
export async function cloneSeededFleet(
  serverUrl: string,
  database: string,
  opts: { practices: number; records: number; reseed: boolean; log: (line: string) => void },
): Promise<{ seeded: "now" | "reused"; seedSeconds: number; cloneSeconds: number }> {
  const template = `${TEMPLATE_PREFIX}${opts.practices}_${seedFingerprint(opts)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const existing = await admin.query<{ datname: string; comment: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE $1`,
      [`${TEMPLATE_PREFIX}%`],
    );
    // Only the template of this size and code is kept (each is several GB at 2,000 practices);
    // one without its "seeded in" comment was interrupted while seeding.
    const kept = existing.rows.find((row) => row.datname === template && row.comment && !opts.reseed);
    for (const row of existing.rows) if (row !== kept) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);

    let seeded: "now" | "reused" = "reused";
    let seedSeconds = kept ? Number(kept.comment!.match(/seeded in ([\d.]+) s/)?.[1] ?? NaN) : NaN;
    if (!kept) {
      seeded = "now";
      const started = performance.now();
      await admin.query(`CREATE DATABASE "${template}"`);
      const url = urlOf(serverUrl, template);
      await applyMigrations(url);
      await seedFleet(url, opts);
      const seededAt = performance.now();
      // Frozen, hint bits set and the visibility map filled once here, as on a database that
      // autovacuum has been looking after (else the first reads of each clone rewrite every page).
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      await db.query("VACUUM (FREEZE, ANALYZE)");
      await db.end();
      opts.log(`VACUUM (FREEZE, ANALYZE): ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);
      seedSeconds = (performance.now() - started) / 1000;
      await admin.query(`COMMENT ON DATABASE "${template}" IS 'bench:fleet seed, seeded in ${seedSeconds.toFixed(1)} s'`);
    }
    const started = performance.now();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    // FILE_COPY: a checkpoint and a copy of the files, instead of writing every page through the WAL.
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}" STRATEGY FILE_COPY`);
    return { seeded, seedSeconds, cloneSeconds: (performance.now() - started) / 1000 };
  } finally {
    await admin.end();
  }
}
