// Authors a new migration: `npm run db:diff -- <name>` diffs prisma/schema.prisma against the
// snapshot of the schema the previous migration was made from, writes
// prisma/migrations/<timestamp>_<name>/migration.sql and updates the snapshot.
// (`prisma migrate dev` cannot run offline here: see ../shared/docs/stack-notes.md.)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrlForTools } from "./tool-database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name_in_snake_case>");
  process.exit(2);
}
const snapshot = path.resolve("prisma/migrations/schema-snapshot.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const url = await databaseUrlForTools();
const sql = execFileSync(
  "node",
  ["scripts/prisma-offline.js", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!sql.trim() || sql.includes("-- This is an empty migration.")) {
  console.log("schema unchanged: no migration written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.resolve("prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
process.exit(0);
