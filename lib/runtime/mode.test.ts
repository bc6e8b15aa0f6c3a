import { describe, expect, it } from "vitest";
import { isLoopbackUrl, listenHost, modeOf, startupProblems } from "./mode";

const SECRET = "s".repeat(40);

describe("demo and production modes", () => {
  it("is demo mode with no configuration, on loopback only", () => {
    expect(modeOf({})).toBe("demo");
    expect(startupProblems({})).toEqual([]);
    expect(listenHost({ HOST: "0.0.0.0" })).toBe("127.0.0.1");
  });

  it("refuses a demo reachable from elsewhere", () => {
    expect(startupProblems({ APP_URL: "http://localhost:3000" })).toEqual([]);
    expect(startupProblems({ APP_URL: "http://127.0.0.1:3000" })).toEqual([]);
    expect(startupProblems({ APP_URL: "https://pims.example.com" })[0]).toMatch(/not a local address/);
    expect(startupProblems({ APP_URL: "http://192.168.1.20:3000" })[0]).toMatch(/not a local address/);
    expect(isLoopbackUrl("http://localhost.evil.example")).toBe(false);
  });

  it("refuses production without SMTP_URL, NEXTAUTH_SECRET or APP_URL", () => {
    const problems = startupProblems({ PIMS_LINK_ENV: "production" });
    expect(problems.join("\n")).toMatch(/SMTP_URL/);
    expect(problems.join("\n")).toMatch(/NEXTAUTH_SECRET/);
    expect(problems.join("\n")).toMatch(/APP_URL/);
    expect(
      startupProblems({
        PIMS_LINK_ENV: "production",
        SMTP_URL: "smtp://mail",
        NEXTAUTH_SECRET: "short",
        APP_URL: "https://a.example",
      }),
    ).toEqual(["NEXTAUTH_SECRET must be at least 32 characters long."]);
  });

  it("starts production fully configured, listening beyond loopback, auth URL from APP_URL", () => {
    const env = {
      PIMS_LINK_ENV: "production",
      SMTP_URL: "smtp://mail.example:587",
      NEXTAUTH_SECRET: SECRET,
      APP_URL: "https://pims.example.com",
    };
    expect(startupProblems(env)).toEqual([]);
    expect(listenHost(env)).toBe("0.0.0.0");
    expect(startupProblems({ ...env, NEXTAUTH_URL: "http://localhost:3000" })[0]).toMatch(/derived from APP_URL/);
  });

  it("refuses an unknown mode name rather than guessing", () => {
    expect(startupProblems({ PIMS_LINK_ENV: "prod" })[0]).toMatch(/must be "production" or "demo"/);
  });
});
