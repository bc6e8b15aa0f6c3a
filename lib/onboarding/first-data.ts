// Step 6: the pharmacy starts receiving data, the practice goes Live and the final confirmation
// goes to the primary contact and the staff owner. The sync engine calls this on the first batch
// it ever receives; until then staff record it by hand. Calling it twice is harmless.
import { db } from "@/lib/db/client";
import { practiceEmails, staffEmails } from "./emails";
import { sendJourneyEmail } from "./send-email";
import { practiceParties } from "./recipients";
import { SYSTEM, transition, type Actor } from "./transition";

export async function recordFirstDataReceived(practiceId: string, actor: Actor = { ...SYSTEM, label: "Sync agent" }) {
  return db.$transaction(async (tx) => {
    const current = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { status: true } });
    if (current.status === "LIVE") return { alreadyLive: true };
    await transition(tx, practiceId, "recordFirstData", actor);
    const p = await practiceParties(tx, practiceId);
    if (p.primaryContact) await sendJourneyEmail(tx, p, "live", p.primaryContact, practiceEmails.live(p, p.primaryContact), { actor });
    if (p.owner) await sendJourneyEmail(tx, p, "live-staff", p.owner, staffEmails.live(p, p.owner), { actor, audience: "staff" });
    return { alreadyLive: false };
  });
}
