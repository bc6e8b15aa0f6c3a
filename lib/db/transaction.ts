// One transaction on the raw pg pool, for the set-based code (sync, matching, writeback) whose
// SQL Prisma does not express (FOR UPDATE SKIP LOCKED, unnest, advisory locks): BEGIN, the
// work, COMMIT; ROLLBACK on any error; the connection always goes back to the pool.
import type { PoolClient } from "pg";
import { pool } from "./pool";

export async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
