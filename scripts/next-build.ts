// One answer to "is .next older than the code?" for the start script and the benchmarks, so a
// benchmark never measures yesterday's build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.endsWith(".test.ts")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no build or a source of the web app changed after it. */
function nextBuildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = Math.max(
    ...["app", "components", "lib", "public"].filter(existsSync).map(newestSource),
    statSync("package.json").mtimeMs,
  );
  return statSync(buildId).mtimeMs <= sources;
}

/** Runs `next build` when the build is stale (or `force`); exits the process if it fails. */
export function buildIfStale(env: NodeJS.ProcessEnv, log: (line: string) => void, force = false): void {
  if (!force && !nextBuildIsStale()) return;
  log("building the web app (next build)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error("next build failed");
    process.exit(1);
  }
}
