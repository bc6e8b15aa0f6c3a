// A Live practice with an owner, a technical contact and an agent that reported at `at`: the
// starting point of the after-go-live tests (alerts, reconnect, re-sync).
import { db } from "@/lib/db/client";
import { makeUser, makeWorld } from "./factories";

export async function makeLivePractice(at: Date) {
  const world = await makeWorld();
  const technicalUser = await makeUser("PRACTICE", { name: "Tess Technical" });
  const practice = await db.practice.update({
    where: { id: world.practice.id },
    data: {
      status: "LIVE",
      liveAt: at,
      installedAt: at,
      firstLoadCompletedAt: at,
      lastHeartbeatAt: at,
      lastSyncAt: at,
      agentVersion: "2.4.0",
      pimsReachable: true,
      ownerId: world.staffUser.id,
      technicalContactId: technicalUser.id,
    },
  });
  return { ...world, practice, technicalUser };
}
