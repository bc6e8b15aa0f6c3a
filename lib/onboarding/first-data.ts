// Step 6: the pharmacy starts receiving data, the practice goes Live and the final confirmation
// goes to the primary contact and the staff owner. The sync engine calls this on the first batch
// it ever receives; until then staff record it by hand. Calling it twice is harmless.
import { db } from "@/lib/db/client";
import { practiceEmails, staffEmails } from "./emails";
import { sendJourneyEmail } from "./send-email";
import { practiceParties } from "./recipients";
import { SYSTEM, type Actor } from "@/lib/auth/actor";
import { transition } from "./transition";

export async function recordFirstDataReceived(practiceId: string, actor: Actor = { ...SYSTEM, label: "Sync agent" }) {
  return db.$transaction(async (tx) => {
    const current = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { status: true } });
    if (current.status === "LIVE") return { alreadyLive: true };
    await transition(tx, practiceId, "recordFirstData", actor);
    const p = await practiceParties(tx, practiceId);
    if (p.primaryContact)
      await sendJourneyEmail(tx, p, "live", p.primaryContact, practiceEmails.live(p, p.primaryContact), { actor });
    if (p.owner) await sendJourneyEmail(tx, p, "live-staff", p.owner, staffEmails.live(p, p.owner), { actor, audience: "staff" });
    return { alreadyLive: false };
  });
}

/** For the sync path, after its batch has committed: a failure is logged, never thrown (the batch is stored). */
export async function recordFirstDataSafely(practiceId: string): Promise<void> {
  try {
    await recordFirstDataReceived(practiceId);
  } catch (error) {
    console.error(
      `first data received not recorded for ${practiceId} (the onboarding.first-data job retries it): ${(error as Error).message}`,
    );
  }
}

/**
 * Makes Live every Installed practice whose agent has stored records since the install: the
 * durable half of the step (the `onboarding.first-data` job). Returns how many went Live.
 */
export async function recordPendingFirstData(log: (line: string) => void = console.error): Promise<number> {
  const waiting = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM practices p
    WHERE p.status = 'INSTALLED'
      AND EXISTS (SELECT 1 FROM sync_batches b WHERE b.practice_id = p.id AND b.applied > 0 AND b.received_at >= p.installed_at)
    LIMIT 500`;
  let live = 0;
  for (const { id } of waiting) {
    try {
      if (!(await recordFirstDataReceived(id)).alreadyLive) live += 1;
    } catch (error) {
      log(`first data received not recorded for ${id}: ${(error as Error).message}`);
    }
  }
  return live;
}
