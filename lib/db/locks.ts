// Every PostgreSQL advisory lock of the app, by name. Two locks are taken per practice:
// - `practiceSync`: one sync batch or sync review of a practice at a time (ingest-batch.ts, sync/review.ts);
// - `practiceLinks`: matching runs and staff merge decisions hold it exclusively, shipments
//   shared (a shipment never queues a line "waiting for a link" while a merge that links the pet commits).
// Keys are hashtext() of the names below, so a lock is the same from pg and from Prisma.
import type { PoolClient } from "pg";
import type { Tx } from "./client";

export const LOCKS = {
  practiceSync: (practiceId: string) => practiceId,
  practiceLinks: (practiceId: string) => `merge:${practiceId}`,
} as const;

/** Session lock of the migration runner (not per practice): keeps two runners (web + worker starting together) apart. */
export const MIGRATION_LOCK_KEY = 72_707_101;

type LockName = keyof typeof LOCKS;

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
