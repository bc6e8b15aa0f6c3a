// The app's "now" for time-judging code that runs in several processes (heartbeat route, alert
// job, fleet page). In production it is the system clock, always. Outside production a test
// may move it forward: the offset lives in the database (test_clock), so the web server and the
// worker see the same moved time, and tests never sleep through hours.
import { db } from "@/lib/db/client";
import { config } from "@/lib/config";

export class ClockRefused extends Error {
  constructor() {
    super("The clock cannot be moved in production (PIMS_LINK_ENV=production).");
  }
}

/** The current instant as the app judges it: the system clock plus any test offset. */
export async function appNow(): Promise<Date> {
  if (config.isProduction) return new Date();
  const rows = await db.$queryRaw<{ offset_ms: bigint }[]>`SELECT offset_ms FROM test_clock WHERE id = 1`;
  return new Date(Date.now() + Number(rows[0]?.offset_ms ?? 0));
}

/** Moves the app's time forward (or back) by `ms` on top of any earlier move. Tests only. */
export async function moveClock(ms: number): Promise<Date> {
  if (config.isProduction) throw new ClockRefused();
  await db.$executeRaw`INSERT INTO test_clock (id, offset_ms) VALUES (1, ${BigInt(Math.round(ms))})
    ON CONFLICT (id) DO UPDATE SET offset_ms = test_clock.offset_ms + EXCLUDED.offset_ms`;
  return appNow();
}

/** Back to the system clock. Tests only. */
export async function resetClock(): Promise<void> {
  if (config.isProduction) throw new ClockRefused();
  await db.$executeRaw`DELETE FROM test_clock`;
}
