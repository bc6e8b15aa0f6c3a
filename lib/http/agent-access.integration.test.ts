// The agent API's gate (lib/http/routes.ts agentRoute) on the real PostgreSQL: a cancelled
// practice's key is suspended with a 403 naming the state and works again once the practice is
// resumed; a key sending too many requests gets 429 with Retry-After.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import * as heartbeat from "@/app/api/agent/v1/heartbeat/route";
import { issueAgentKey } from "@/lib/onboarding/agent-keys";
import { changeSideState } from "@/lib/onboarding/practices";
import { LIMITS } from "./rate-limits";
import { makeWorld } from "@/tests/factories";

const beat = (key: string) =>
  heartbeat.POST(
    new Request("http://localhost/api/agent/v1/heartbeat", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ agent_version: "1.0", pims_version: "8.5" }),
    }),
  );

async function installedPractice() {
  const w = await makeWorld();
  await db.practice.update({ where: { id: w.practice.id }, data: { status: "INSTALL_SCHEDULED" } });
  const key = await issueAgentKey(w.partnerActor, w.practice.id);
  return { w, key };
}

describe("agent key gate", () => {
  it("suspends a cancelled practice's key (403 naming the state) and restores it on resume", async () => {
    const { w, key } = await installedPractice();
    expect((await beat(key)).status).toBe(200);
    await changeSideState(w.staff, w.practice.id, "cancel", "Practice changed its mind");
    const refused = await beat(key);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/suspended: the practice's onboarding is Cancelled/);
    await changeSideState(w.staff, w.practice.id, "resume", "Back on");
    expect((await beat(key)).status).toBe(200);
    expect((await beat("pl_agent_unknown")).status).toBe(401);
  });

  it("answers 429 with Retry-After once a key passes its requests per minute", async () => {
    const { key } = await installedPractice();
    const limit = LIMITS.agentPerKey.points;
    // Use up the minute's points directly in the limiter's table, then one more request.
    const { createHash } = await import("node:crypto");
    const row = `${LIMITS.agentPerKey.keyPrefix}:${createHash("sha256").update(key).digest("base64url")}`;
    await db.$executeRaw`INSERT INTO rate_limits (key, points, expire) VALUES (${row}, ${limit}, ${BigInt(Date.now() + 60_000)})`;
    const limited = await beat(key);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });
});
