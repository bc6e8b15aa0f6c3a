// `npm run bench:match`: accuracy and speed of home-delivery matching through the whole path.
// For each set: `pims-link generate` (PIMS export + home-delivery records + truth.csv), a
// practice, `import-home-delivery`, the PIMS export pushed through the HTTP API by the agent
// simulator (`agent push` against `next start`), `pims-link match`, `export-links`, then
// links.csv scored against truth.csv (bench/accuracy.ts). Each seed runs twice: the normal
// profile and the thin one (`generate --profile thin`: phones, emails and pets blank for a
// share of records, swapped and split names, house-number and ZIP slips, moves without
// contact data), printed side by side. Targets (issue 13): normal sets precision of automatic
// merges >= 99.9%, recall (merged or in review with the right candidate) >= 99.5%, review share
// <= 3%; thin sets precision >= 99.5%, recall >= 90%, review share <= 12%; 10,000 home-delivery
// clients against 100,000 PIMS clients matched in < 5 s.
// Flags: --quick (only the 20,000-client sets). Ports: BENCH_PORT, BENCH_PG_PORT (defaults 3221, 54345).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readLinksCsv, readTruthCsv } from "../lib/contracts";
import { generatorFingerprint } from "./generator-fingerprint";
import { buildIfStale } from "../scripts/next-build";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { scoreLinks } from "./accuracy";

const PORT = Number(process.env.BENCH_PORT ?? 3221);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54345);
const URL_BASE = `http://localhost:${PORT}`;
const WORK = path.resolve(".data/bench-match");
const QUICK = process.argv.includes("--quick");
const SIZES = [
  { seed: 1, clients: 20_000, hdRatio: 0.1 },
  { seed: 2, clients: 20_000, hdRatio: 0.1 },
  { seed: 3, clients: 20_000, hdRatio: 0.1 },
  ...(QUICK ? [] : [{ seed: 4, clients: 100_000, hdRatio: 0.1 }]),
];
const PROFILES = ["normal", "thin"] as const;
const SETS = SIZES.flatMap((size) => PROFILES.map((profile) => ({ ...size, profile })));
const log = (line: string) => console.log(`[bench:match] ${line}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, ["cli/bin.js", ...args], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.status !== 0) throw new Error(`pims-link ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}`);
  return result.stdout.trim();
}

async function runAsync(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["cli/bin.js", ...args], { env, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`pims-link ${args.join(" ")} failed (exit ${code}):\n${out}`);
  return out.trim();
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

async function main() {
  log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}, load ${load()}`);
  const database = await startEmbeddedPostgres({
    dataDir: ".data/bench-match-postgres",
    port: PG_PORT,
    database: "pims_link_bench_match",
    freshDatabase: true,
    durability: "volatile",
  });
  await applyMigrations(database.url);
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench",
    APP_URL: URL_BASE,
    NEXTAUTH_URL: URL_BASE,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let server: ChildProcess | null = null;
  const table: string[] = [];
  try {
    buildIfStale(env, log);
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: "ignore" });
    for (let i = 0; ; i++) {
      if (
        (await fetch(`${URL_BASE}/sign-in`)
          .then((r) => r.status)
          .catch(() => 0)) === 200
      )
        break;
      if (i > 600) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 100));
    }

    for (const set of SETS) {
      const name = `${set.profile}, seed ${set.seed}, ${set.clients.toLocaleString("en-US")} PIMS clients`;
      const dir = path.join(WORK, `${set.profile}-seed-${set.seed}-${set.clients}-${generatorFingerprint()}`);
      if (!existsSync(path.join(dir, "truth.csv"))) {
        log(`${name}: generating…`);
        run(
          [
            "generate",
            "--clients",
            String(set.clients),
            "--seed",
            String(set.seed),
            "--hd-ratio",
            String(set.hdRatio),
            "--profile",
            set.profile,
            "--out",
            dir,
            "--quiet",
          ],
          env,
        );
      }
      for (const file of readdirSync(dir)) if (file.startsWith(".pims-link")) spawnSync("rm", ["-f", path.join(dir, file)]);
      const slug = `bench-match-${set.profile}-${set.seed}-${set.clients}`;
      run(
        [
          "practice",
          "create",
          "--name",
          `Bench Match ${set.profile} ${set.seed}`,
          "--slug",
          slug,
          "--clients",
          String(set.clients),
          "--partner",
          "Bench Partner",
          "--create-partner",
        ],
        env,
      );
      const key = run(["agent-key", "--practice", slug], env);
      log(`${name}: ${run(["import-home-delivery", "--practice", slug, "--dir", dir], env)}`);
      log(`${name}: pushing the PIMS export through ${URL_BASE}…`);
      await runAsync(["agent", "push", "--url", URL_BASE, "--key", key, "--dir", dir], env);
      const loadBefore = load();
      const matched = await runAsync(["match", "--practice", slug], env);
      log(`${name}: ${matched}`);
      const seconds = Number(/ in ([\d.]+) s/.exec(matched)?.[1] ?? NaN);
      const pairs = /(\d+) pairs compared \(at most (\d+)/.exec(matched);
      const linksFile = path.join(dir, "links.csv");
      run(["export-links", "--practice", slug, "--out", linksFile], env);
      const links = await readLinksCsv(linksFile);
      const truth = await readTruthCsv(path.join(dir, "truth.csv"));
      if (links.errors.length || truth.errors.length)
        throw new Error(`${name}: unreadable links.csv/truth.csv (${links.errors.length + truth.errors.length} row errors)`);
      const a = scoreLinks(links.rows, truth.rows);
      const perHd = pairs ? `${(Number(pairs[1]) / Math.max(1, a.hdClients)).toFixed(1)} (max ${pairs[2]})` : "?";
      table.push(
        `| ${name} | ${a.hdClients.toLocaleString("en-US")} | ${a.truePairs.toLocaleString("en-US")} | ${a.merged} | ${pct(a.precision)} (${a.merged - a.mergedRight} wrong) | ${pct(a.recall)} (${a.missed} missed) | ${pct(a.reviewShare)} (${a.review}) | ${perHd} | ${seconds.toFixed(2)} s | ${loadBefore} |`,
      );
    }
    console.log(
      "\n| set | HD clients | true pairs | merged | precision of merges | recall | review share | pairs compared per HD client | matching time | load avg before |",
    );
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const line of table) console.log(line);
    console.log(
      "\ntargets: normal precision >= 99.9%, recall >= 99.5%, review share <= 3%; thin precision >= 99.5%, recall >= 90%, review share <= 12%; " +
        `10k HD vs 100k PIMS < 5 s (time it on an idle machine); load average after: ${load()}`,
    );
  } finally {
    server?.kill("SIGTERM");
    await database.stop();
  }
}

await main();
process.exit(0);
