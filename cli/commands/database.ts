/**
 * Database access for the commands that need it (practice, agent-key, import-home-delivery).
 * The URL comes from `databaseUrlForTools()` (DATABASE_URL, else the demo's embedded cluster)
 * and migrations are applied first, so a fresh database works. Modules are imported lazily so
 * commands that never touch the database (generate, agent push) start fast.
 */
import { CliError } from "./shared";

let prepared: Promise<string> | null = null;

export type Say = (text: string) => void;
const toStderr: Say = (text) => void process.stderr.write(text);

/**
 * Points the app's modules at the tools database (migrated), saying which database on stderr
 * (`say`), so a command never writes to an unexpected one silently. Idempotent within a process.
 */
export async function prepareDatabase(say: Say = toStderr): Promise<void> {
  if (prepared) {
    say(`${await prepared}\n`);
    return;
  }
  prepared = (async () => {
    const { databaseUrlForTools } = await import("@/scripts/tool-database");
    const { applyMigrations } = await import("@/lib/db/migrate");
    let url: string;
    let described = "";
    try {
      // Said before connecting, so a failure to reach it names the database tried.
      url = await databaseUrlForTools((line) => {
        described = line;
        say(`${line}\n`);
      });
      process.env.DATABASE_URL = url;
      await applyMigrations(url);
    } catch (error) {
      prepared = null;
      const { DatabaseSetupError } = await import("@/lib/db/ensure-database");
      throw new CliError(
        error instanceof DatabaseSetupError ? error.message : `cannot reach the database: ${(error as Error).message}`,
      );
    }
    return described;
  })();
  await prepared;
}

/** The practice with this slug; a clear error (exit 1) naming the nearest slugs when there is none. */
export async function practiceBySlug(slug: string, say?: Say) {
  await prepareDatabase(say);
  const { db } = await import("@/lib/db/client");
  const practice = await db.practice.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, status: true } });
  if (practice) return practice;
  const { nearestSlugs } = await import("./nearest-slugs");
  const all = await db.practice.findMany({ select: { slug: true, name: true } });
  const near = nearestSlugs(slug, all);
  const hint = near.length
    ? `did you mean ${near.map((p) => `"${p.slug}" (${p.name})`).join(", ")}?`
    : "list the practices with: pims-link practice list";
  throw new CliError(`--practice: no practice with slug "${slug}"; ${hint}`);
}

/** Closes the Prisma client and the pg pool if this process opened them. */
export async function closeDatabase(): Promise<void> {
  if (!prepared) return;
  const globals = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; pgPool?: { end(): Promise<void> } };
  await globals.prisma?.$disconnect().catch(() => undefined);
  await globals.pgPool?.end().catch(() => undefined);
  globals.pgPool = undefined;
}
