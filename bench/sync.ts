// `npm run bench:sync`: the first load of a large practice through the real path. Generates
// 100,000 clients (+ about 150,000 patients) with `pims-link generate`, starts its own
// PostgreSQL and `next start`, pushes the export through the HTTP API with the agent simulator
// (`pims-link agent push`), then a 1,000-row delta. Prints wall time, records/s and the peak
// memory of server and agent. Targets here: first load under 15 s, delta under 1 s, server
// peak under 500 MB. Flags: --clients N (default 100000).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { generatorFingerprint } from "./generator-fingerprint";
import { trackPeakMemory } from "./process-memory";
import { buildIfStale } from "../scripts/next-build";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";

const argClients = process.argv.indexOf("--clients");
const CLIENTS = argClients > 0 ? Number(process.argv[argClients + 1]) : 100_000;
const PORT = 3220;
const URL_BASE = `http://localhost:${PORT}`;
const WORK = path.resolve(`.data/bench-sync-${CLIENTS}`);
const log = (line: string) => console.log(`[bench:sync] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
  return result.stdout.trim();
}

async function timedPush(args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const agent = spawn(process.execPath, ["cli/bin.js", "agent", "push", ...args], { env, stdio: ["ignore", "pipe", "inherit"] });
  const memory = trackPeakMemory(agent.pid!);
  let out = "";
  agent.stdout.on("data", (chunk) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => agent.on("exit", resolve));
  memory.stop();
  if (code !== 0) throw new Error(`agent push failed (exit ${code}):\n${out}`);
  return { seconds: (performance.now() - started) / 1000, agentPeak: memory.peak(), summary: out.trim() };
}

/** A delta export: 600 clients with a new email, 400 patients with a new weight, all newer. */
function writeDelta(fullDir: string, deltaDir: string) {
  mkdirSync(deltaDir, { recursive: true });
  const later = new Date(Date.now() + 3_600_000).toISOString();
  const clients = parse(readFileSync(path.join(fullDir, "clients.csv")), { columns: true, to: 600 }) as Record<string, string>[];
  const patients = parse(readFileSync(path.join(fullDir, "patients.csv")), { columns: true, to: 400 }) as Record<
    string,
    string
  >[];
  for (const c of clients) Object.assign(c, { email: `moved.${c.client_id}@example.net`, updated_at: later });
  for (const p of patients) Object.assign(p, { weight: String((Number(p.weight) || 10) + 1), updated_at: later });
  writeFileSync(path.join(deltaDir, "clients.csv"), stringify(clients, { header: true }));
  writeFileSync(path.join(deltaDir, "patients.csv"), stringify(patients, { header: true }));
  return clients.length + patients.length;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main() {
  log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const db = await startEmbeddedPostgres({
    dataDir: ".data/bench-sync-postgres",
    port: 54344,
    database: "pims_link_bench_sync",
    freshDatabase: true,
  });
  await applyMigrations(db.url);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: "bench",
    APP_URL: URL_BASE,
    NEXTAUTH_URL: URL_BASE,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let server: ChildProcess | null = null;
  try {
    const exportDir = path.join(WORK, `export-${generatorFingerprint()}`);
    if (!existsSync(path.join(exportDir, "patients.csv"))) {
      log(`generating ${CLIENTS.toLocaleString("en-US")} clients…`);
      run(
        process.execPath,
        ["cli/bin.js", "generate", "--clients", String(CLIENTS), "--seed", "42", "--out", exportDir, "--quiet"],
        env,
      );
    }
    const rows = (file: string) => readFileSync(path.join(exportDir, file), "utf8").split("\n").filter(Boolean).length - 1;
    const totalRecords = rows("clients.csv") + rows("patients.csv");
    for (const file of readdirSync(exportDir))
      if (file.startsWith(".pims-link")) spawnSync("rm", ["-f", path.join(exportDir, file)]);
    buildIfStale(env, log);

    run(
      process.execPath,
      [
        "cli/bin.js",
        "practice",
        "create",
        "--name",
        "Bench Vet",
        "--slug",
        "bench-vet",
        "--clients",
        String(CLIENTS),
        "--partner",
        "Bench Partner",
        "--create-partner",
      ],
      env,
    );
    const key = run(process.execPath, ["cli/bin.js", "agent-key", "--practice", "bench-vet"], env);

    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: "ignore" });
    const serverMemory = trackPeakMemory(server.pid!);
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
    serverMemory.reset();

    log(`first load: ${totalRecords.toLocaleString("en-US")} records through ${URL_BASE}/api/agent/v1/batches`);
    const full = await timedPush(["--url", URL_BASE, "--key", key, "--dir", exportDir], env);
    const fullServerPeak = serverMemory.peak();

    const deltaDir = path.join(WORK, "delta");
    const deltaRecords = writeDelta(exportDir, deltaDir);
    spawnSync("rm", ["-f", path.join(deltaDir, ".pims-link-push.json")]);
    const delta = await timedPush(["--url", URL_BASE, "--key", key, "--dir", deltaDir, "--delta", "--restart"], env);
    serverMemory.stop();

    console.log("\n" + full.summary + "\n\n" + delta.summary + "\n");
    console.log("| run | records | wall time | records/s | server peak RSS | agent peak RSS | target |");
    console.log("| --- | --- | --- | --- | --- | --- | --- |");
    console.log(
      `| first load | ${totalRecords.toLocaleString("en-US")} | ${full.seconds.toFixed(2)} s | ${Math.round(totalRecords / full.seconds).toLocaleString("en-US")} | ${mb(fullServerPeak)} | ${mb(full.agentPeak)} | < 15 s, server < 500 MB |`,
    );
    console.log(
      `| delta | ${deltaRecords.toLocaleString("en-US")} | ${delta.seconds.toFixed(2)} s | ${Math.round(deltaRecords / delta.seconds).toLocaleString("en-US")} | ${mb(serverMemory.peak())} | ${mb(delta.agentPeak)} | < 1 s |`,
    );
    console.log(
      `\nload average after: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
  } finally {
    server?.kill("SIGTERM");
    await db.stop();
  }
}

await main();
process.exit(0);
