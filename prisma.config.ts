// Prisma CLI configuration. Offline here, Prisma runs with its JS (wasm) engines and the pg
// driver adapter; see ../shared/docs/stack-notes.md and scripts/prisma-offline.js.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost:5432/none" }),
});
