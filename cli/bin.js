#!/usr/bin/env node
// `npx pims-link <command>`: runs the TypeScript CLI (cli/index.ts) with no build step to
// remember. The first run after a source change bundles it with esbuild (about a second) into
// node_modules/.pims-link-cli, one chunk per command, so later runs start in a fraction of the
// time tsx needs to compile on the fly: `agent push` is run every few hours by scripts, and the
// delta benchmark counts its start. When the bundle cannot be built, tsx runs the sources.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Two folders below the root, like cli/index.ts, so `../../package.json`-style paths in the
// sources still resolve from the bundle.
const outDir = join(root, "node_modules", ".pims-link-cli");
const stamp = join(outDir, "built-from");

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ["cli", "lib"]) walk(join(root, dir));
  for (const file of ["tsconfig.json", "package.json"]) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

const isFresh = () => existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource();

async function bundle() {
  const { build } = await import("esbuild");
  // Built beside the final folder, then swapped in, so a CLI started meanwhile never sees half a bundle.
  const temp = `${outDir}.${process.pid}`;
  await build({
    entryPoints: [join(root, "cli", "index.ts")],
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: join(root, "tsconfig.json"),
    outdir: temp,
    outExtension: { ".js": ".mjs" },
    logLevel: "silent",
  });
  writeFileSync(join(temp, "built-from"), "");
  // Another run may have swapped in an identical bundle meanwhile (and may be running it).
  if (isFresh()) return rmSync(temp, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(temp, outDir);
  } catch {
    rmSync(temp, { recursive: true, force: true });
  }
}

async function runFromSources() {
  const { register } = await import("tsx/esm/api");
  // The tsconfig is named explicitly so the `@/` path alias resolves whatever the current folder is.
  register({ tsconfig: join(root, "tsconfig.json") });
  await import("./index.ts");
}

let fresh = isFresh();
if (!fresh && process.env.PIMS_LINK_CLI_NO_BUNDLE !== "1") {
  try {
    await bundle();
    fresh = true;
  } catch (error) {
    console.error(`pims-link: could not bundle the CLI (${error.message.split("\n")[0]}); running from the sources`);
  }
}
if (fresh && process.env.PIMS_LINK_CLI_NO_BUNDLE !== "1") await import(pathToFileURL(join(outDir, "index.mjs")).href);
else await runFromSources();
