// The bug of issue 9 on the real PostgreSQL: "first data received" failing after the batch has
// committed. The batch route must not answer "nothing was written" for a stored batch, and the
// practice must still go Live (the onboarding.first-data job, as the worker runs it).
import { afterEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/agent/v1/batches/route";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import { firstDataJob } from "@/lib/jobs/definitions/first-data";
import { JOBS } from "@/lib/jobs/registry";
import { issueAgentKey } from "@/lib/onboarding/agent-keys";
import { makeWorld, uid } from "@/tests/factories";

const record = {
  client_id: "C1",
  first_name: "Maria",
  last_name: "Garcia",
  address1: "12 North Main Street",
  city: "Portland",
  state: "OR",
  postal_code: "97201",
  home_phone: "(503) 555-0100",
  email: "maria@example.com",
  updated_at: "2026-11-01T10:00:00-07:00",
};
const pet = {
  patient_id: "P1",
  client_id: "C1",
  name: "Rex",
  species: "dog",
  weight: "10",
  weight_unit: "kg",
  updated_at: "2026-11-01T10:00:00-07:00",
};

// A real failure inside PostgreSQL: the journey refuses to record the move to Live for one practice.
async function failGoingLive(practiceId: string) {
  await pool().query(`CREATE OR REPLACE FUNCTION test_refuse_live() RETURNS trigger AS $$
    BEGIN
      IF NEW.practice_id = '${practiceId}' AND NEW.to_status = 'LIVE' THEN RAISE EXCEPTION 'journey store unavailable'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await pool().query(
    `CREATE TRIGGER test_refuse_live BEFORE INSERT ON journey_events FOR EACH ROW EXECUTE FUNCTION test_refuse_live()`,
  );
}
async function allowGoingLive() {
  await pool().query(`DROP TRIGGER IF EXISTS test_refuse_live ON journey_events`);
  await pool().query(`DROP FUNCTION IF EXISTS test_refuse_live()`);
}
afterEach(allowGoingLive);

const post = (key: string, body: unknown) =>
  POST(
    new Request("http://test/api/agent/v1/batches", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("first data received fails after the batch commits", () => {
  it("answers the stored batch, not 'nothing was written', and the first-data job still makes the practice Live", async () => {
    const w = await makeWorld();
    const practiceId = w.practice.id;
    await db.practice.update({
      where: { id: practiceId },
      data: { status: "INSTALLED", installedAt: new Date(Date.now() - 60_000) },
    });
    const key = await issueAgentKey(w.staff, practiceId);
    await failGoingLive(practiceId);

    const body = { batch_id: uid(), mode: "full", clients: [record], patients: [pet] };
    const response = await post(key, body);
    const text = await response.text();
    expect(text).not.toContain("nothing was written");
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ status: "succeeded", received: 2, applied: 2, rejected: 0 });
    expect(await db.pimsClient.count({ where: { practiceId } })).toBe(1);
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId } })).status).toBe("INSTALLED");

    // The agent's retry is a replay: it answers the same and does not redo the step.
    const replay = await post(key, body);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ applied: 2, replayed: true });

    // The step can succeed again: the worker's job makes the practice Live from the stored batch.
    await allowGoingLive();
    expect(JOBS.map((j) => j.name)).toContain(firstDataJob.name);
    await firstDataJob.handler({}, () => undefined);
    const practice = await db.practice.findUniqueOrThrow({ where: { id: practiceId } });
    expect(practice.status).toBe("LIVE");
    expect(await db.outboxEmail.count({ where: { practiceId, template: "live" } })).toBeGreaterThan(0);

    // Run again, it changes nothing (already Live).
    await firstDataJob.handler({}, () => undefined);
    expect(await db.journeyEvent.count({ where: { practiceId, toStatus: "LIVE" } })).toBe(1);
  });

  it("leaves an installed practice whose data came before the install to the next batch, as before", async () => {
    const w = await makeWorld();
    const practiceId = w.practice.id;
    await db.practice.update({ where: { id: practiceId }, data: { status: "INSTALL_SCHEDULED" } });
    const key = await issueAgentKey(w.staff, practiceId);
    expect((await post(key, { batch_id: uid(), mode: "full", clients: [record], patients: [] })).status).toBe(200);
    await db.practice.update({
      where: { id: practiceId },
      data: { status: "INSTALLED", installedAt: new Date(Date.now() + 1_000) },
    });
    await firstDataJob.handler({}, () => undefined);
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId } })).status).toBe("INSTALLED");
  });
});
