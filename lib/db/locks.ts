// Every PostgreSQL advisory lock of the app, by name. Two locks are taken per practice:
// - `practiceSync`: one sync batch or sync review of a practice at a time (ingest-batch.ts, sync/review.ts);
// - `practiceLinks`: matching runs and staff merge decisions hold it exclusively, shipments
//   shared (a shipment never queues a line "waiting for a link" while a merge that links the pet commits).
// Keys are hashtext() of the names below, so a lock is the same from pg and from Prisma.
import type { PoolClient } from "pg";
import type { Tx } from "./client";
import { pool } from "./pool";

export const LOCKS = {
  practiceSync: (practiceId: string) => practiceId,
  practiceLinks: (practiceId: string) => `merge:${practiceId}`,
} as const;

/** Session lock of the migration runner (not per practice): keeps two runners (web + worker starting together) apart. */
export const MIGRATION_LOCK_KEY = 72_707_101;

/** Session lock around pg-boss queue creation (lib/jobs/define.ts ensureQueue). */
export const QUEUE_SETUP_LOCK_KEY = 72_707_102;

type LockName = keyof typeof LOCKS;

/** Runs `work` while holding a session-level advisory lock on one pooled connection. */
export async function withSessionLock<T>(key: number, work: () => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    client.release();
  }
}

/** Takes the transaction-scoped lock (released at COMMIT/ROLLBACK) on a pg client. */
export async function lockInTransaction(
  client: PoolClient,
  lock: LockName,
  practiceId: string,
  mode: "exclusive" | "shared" = "exclusive",
): Promise<void> {
  const fn = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
  await client.query(`SELECT ${fn}(hashtext($1))`, [LOCKS[lock](practiceId)]);
}

/** The same, inside a Prisma interactive transaction. */
export async function lockInPrismaTransaction(tx: Tx, lock: LockName, practiceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCKS[lock](practiceId)}))`;
}
