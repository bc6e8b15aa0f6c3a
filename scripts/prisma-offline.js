#!/usr/bin/env node
// Runs the Prisma CLI without letting it download native engines (no internet here): with
// engine "js" they are never executed, so pointing these variables at a placeholder file is enough.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(".data/prisma-engines");
const placeholder = path.join(dir, "placeholder");
if (!existsSync(placeholder)) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(placeholder, 'unused: Prisma runs with engine "js"\n');
}
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
  PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  // `prisma generate` reads env("DATABASE_URL") but never connects: a placeholder is enough.
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder",
};
const result = spawnSync("npx", ["prisma", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
