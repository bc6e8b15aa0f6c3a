/**
 * Database access for the commands that need it (practice, agent-key, import-home-delivery).
 * The URL comes from `databaseUrlForTools()` (DATABASE_URL, else the demo's embedded cluster)
 * and migrations are applied first, so a fresh database works. Modules are imported lazily so
 * commands that never touch the database (generate, agent push) start fast.
 */
import { CliError } from "./shared";

let prepared: Promise<void> | null = null;

/** Points the app's modules at the tools database (migrated). Idempotent within a process. */
export async function prepareDatabase(): Promise<void> {
  prepared ??= (async () => {
    const { databaseUrlForTools } = await import("@/scripts/tool-database");
    const { applyMigrations } = await import("@/lib/db/migrate");
    let url: string;
    try {
      url = await databaseUrlForTools();
      process.env.DATABASE_URL = url;
      await applyMigrations(url);
    } catch (error) {
      prepared = null;
      const { DatabaseSetupError } = await import("@/lib/db/ensure-database");
      throw new CliError(error instanceof DatabaseSetupError ? error.message : `cannot reach the database: ${(error as Error).message}`);
    }
  })();
  return prepared;
}

/** The practice with this slug; a clear error (exit 1) when there is none. */
export async function practiceBySlug(slug: string) {
  await prepareDatabase();
  const { db } = await import("@/lib/db/client");
  const practice = await db.practice.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, status: true } });
  if (!practice) throw new CliError(`--practice: no practice with slug "${slug}" (create it with: pims-link practice create --name NAME --slug ${slug})`);
  return practice;
}

/** Closes the Prisma client and the pg pool if this process opened them. */
export async function closeDatabase(): Promise<void> {
  if (!prepared) return;
  const globals = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; pgPool?: { end(): Promise<void> } };
  await globals.prisma?.$disconnect().catch(() => undefined);
  await globals.pgPool?.end().catch(() => undefined);
  globals.pgPool = undefined;
}
