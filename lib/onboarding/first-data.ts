// Step 6: the pharmacy starts receiving data, the practice goes Live and the final confirmation
// goes to the primary contact and the staff owner. The sync engine calls this on the first batch
// it ever receives; until then staff record it by hand. Calling it twice is harmless.
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { emails } from "./emails";
import { practiceParties } from "./recipients";
import { SYSTEM, type Actor } from "@/lib/auth/actor";
import { transition } from "./transition";

export async function recordFirstDataReceived(practiceId: string, actor: Actor = { ...SYSTEM, label: "Sync agent" }) {
  return db.$transaction(async (tx) => {
    const current = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { status: true } });
    if (current.status === "LIVE") return { alreadyLive: true };
    await transition(tx, practiceId, "recordFirstData", actor);
    const p = await practiceParties(tx, practiceId);
    const people = new Map<string, { name: string | null; email: string }>();
    for (const person of [p.primaryContact, p.owner]) if (person) people.set(person.email, person);
    for (const person of people.values()) {
      await enqueueEmail(tx, { practiceId, template: "live", to: person.email, content: emails.live(p, person), actorLabel: actor.label });
    }
    return { alreadyLive: false };
  });
}
