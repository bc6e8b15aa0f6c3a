// The health of a few Live practices by id (the board's Live cards, one practice's pages):
// the same facts query and rule as the fleet page, restricted to those ids.
import "server-only";
import { loadPracticeFacts, type PracticeFacts } from "./facts";
import { integrationHealth, type Health } from "./rule";
import { thresholds } from "./thresholds";

export async function healthOfPractices(practiceIds: string[], now: Date): Promise<Map<string, Health>> {
  if (practiceIds.length === 0) return new Map();
  const facts = await loadPracticeFacts({ practiceIds }, now);
  return new Map(facts.map((f) => [f.id, integrationHealth(f, now, thresholds())]));
}

/** One Live practice's facts and health, or null when it is not Live. */
export async function practiceHealth(practiceId: string, now: Date): Promise<{ facts: PracticeFacts; health: Health } | null> {
  const [facts] = await loadPracticeFacts({ practiceIds: [practiceId] }, now);
  return facts ? { facts, health: integrationHealth(facts, now, thresholds()) } : null;
}
