// A real agent request through the route wrapper writes one structured line: request id,
// route, practice, status, duration and outcome, and never the agent key it carried.
import { afterEach, describe, expect, it } from "vitest";
import * as heartbeat from "@/app/api/agent/v1/heartbeat/route";
import { writebackWorld } from "@/tests/writeback-fixtures";
import { createLogger } from "./logger";

const globals = globalThis as unknown as { pimsLinkLogger?: unknown };

function captureProcessLog() {
  const lines: string[] = [];
  globals.pimsLinkLogger = createLogger({ name: "pims-link", destination: { write: (line: string) => void lines.push(line) } });
  return () => lines.map((line) => JSON.parse(line));
}

afterEach(() => {
  globals.pimsLinkLogger = undefined;
});

const call = (key: string, body: unknown, requestId?: string) =>
  heartbeat.POST(
    new Request("http://localhost/api/agent/v1/heartbeat", {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        ...(requestId ? { "x-request-id": requestId } : {}),
      },
      body: JSON.stringify(body),
    }),
  );

describe("request log", () => {
  it("writes one line per request with its practice, duration and outcome, and no key", async () => {
    const { practiceId, agentKey } = await writebackWorld();
    const lines = captureProcessLog();
    const ok = await call(agentKey, { agent_version: "1.0", pims_version: "9.5" }, "req-test-1");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("req-test-1");
    await call(agentKey, { agent_version: "" });
    await call("pl_agent_not_a_real_key_000000", { agent_version: "1.0", pims_version: "9.5" });
    const entries = lines();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      kind: "request",
      request_id: "req-test-1",
      route: "agent.heartbeat",
      practice_id: practiceId,
      method: "POST",
      path: "/api/agent/v1/heartbeat",
      status: 200,
      outcome: "ok",
      level: "info",
    });
    expect(entries[0].duration_ms).toBeGreaterThan(0);
    expect(entries[1]).toMatchObject({ status: 400, outcome: "rejected", practice_id: practiceId });
    expect(entries[2]).toMatchObject({ status: 401, outcome: "unauthorized" });
    expect(entries[2].practice_id).toBeUndefined();
    const text = JSON.stringify(entries);
    expect(text).not.toContain(agentKey);
    expect(text).not.toContain("pl_agent_not_a_real_key");
  });
});
