// A raw pg pool for the sync hot path (unnest batches), beside Prisma for ordinary CRUD. The
// session time zone is UTC so timestamptz values land in Prisma's UTC `timestamp` columns as is.
import pg from "pg";

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.pgPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForPool.pgPool = new pg.Pool({
      connectionString,
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      options: "-c timezone=UTC",
    });
    // An idle connection dropped by the server (restart, shutdown) must not crash the process.
    globalForPool.pgPool.on("error", (error) => console.error(`database pool: ${error.message}`));
  }
  return globalForPool.pgPool;
}
