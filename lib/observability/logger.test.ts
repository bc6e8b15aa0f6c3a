// The structured log: one JSON line per event with the request/job fields, and no secret on any
// line, whether it sits under a known key or inside free text.
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture(level = "info") {
  const lines: string[] = [];
  const logger = createLogger({ name: "test", level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line)) };
}

const AGENT_KEY = "pl_agent_Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4";
const SIGN_IN =
  "http://localhost:3000/api/auth/callback/email?callbackUrl=%2Fboard&token=7f3a9c1e2b4d5f60718293a4b5c6d7e8&email=olivia%40pharmacy.demo";

describe("structured log", () => {
  it("writes one JSON line per event with level, time, message and the given fields", () => {
    const { logger, lines, parsed } = capture();
    logger.info({ kind: "request", request_id: "r-1", practice_id: "p-1", duration_ms: 12.5, outcome: "ok" }, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith("\n")).toBe(true);
    expect(parsed()[0]).toMatchObject({
      level: "info",
      name: "test",
      msg: "request",
      kind: "request",
      request_id: "r-1",
      practice_id: "p-1",
      duration_ms: 12.5,
      outcome: "ok",
    });
    expect(Date.parse(parsed()[0].time)).not.toBeNaN();
  });

  it("redacts keys, tokens, cookies, passwords and sign-in links wherever they are", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        headers: { authorization: `Bearer ${AGENT_KEY}`, cookie: "next-auth.session-token=abc123secret", "x-request-id": "r-2" },
        body: { agent_key: AGENT_KEY, password: "hunter2", nested: { token: "t0ps3cret" } },
        url: SIGN_IN,
        database: "postgresql://pims:dbpass99@db.internal:5432/pims_link",
        err: new Error(`could not deliver ${SIGN_IN}`),
      },
      `agent called with Authorization: Bearer ${AGENT_KEY}; progress link http://x/status/eyJhbGciOiJIUzI1NiJ9.eyJwIjoiMSJ9.c2lnbmF0dXJl`,
    );
    const line = lines.join("");
    for (const secret of [
      AGENT_KEY,
      "abc123secret",
      "hunter2",
      "t0ps3cret",
      "7f3a9c1e2b4d5f60718293a4b5c6d7e8",
      "dbpass99",
      "c2lnbmF0dXJl",
    ])
      expect(line).not.toContain(secret);
    const entry = JSON.parse(line);
    expect(entry.headers).toMatchObject({ authorization: "[redacted]", cookie: "[redacted]", "x-request-id": "r-2" });
    expect(entry.body).toMatchObject({ agent_key: "[redacted]", password: "[redacted]", nested: { token: "[redacted]" } });
    expect(entry.url).toContain("token=[redacted]");
    expect(entry.url).toContain("callbackUrl=%2Fboard");
    expect(entry.database).toBe("postgresql://pims:[redacted]@db.internal:5432/pims_link");
    expect(entry.msg).toContain("Bearer [redacted]");
  });

  it("follows the level: debug hidden at info, everything hidden at silent", () => {
    const info = capture("info");
    info.logger.debug("noise");
    info.logger.warn("kept");
    expect(info.parsed().map((e) => e.msg)).toEqual(["kept"]);
    const silent = capture("silent");
    silent.logger.error("nothing");
    expect(silent.lines).toHaveLength(0);
  });
});
