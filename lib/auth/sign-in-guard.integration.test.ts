// The sign-in endpoints' guard on the real PostgreSQL: sign-in emails limited per address and
// per IP (429 with Retry-After), bad addresses and big bodies refused, and a GET of the emailed
// link's target sent on to the confirmation page instead of signing in.
import { describe, expect, it } from "vitest";
import { redirectForGet, refusalForPost } from "./sign-in-guard";
import { uid } from "@/tests/factories";

const post = (body: string, ip = `203.0.113.${Math.floor(Math.random() * 250)}`, path = "/api/auth/signin/email") =>
  new Request(`http://localhost:3000${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
  });

describe("sign-in guard", () => {
  it("allows 3 sign-in emails per address in 15 minutes, then answers 429 with Retry-After", async () => {
    const email = `limit-${uid()}@test.example`;
    for (let i = 0; i < 3; i++) expect(await refusalForPost(post(`email=${encodeURIComponent(email)}&csrfToken=x`))).toBeNull();
    const refused = await refusalForPost(post(`email=${encodeURIComponent(email.toUpperCase())}&csrfToken=x`));
    expect(refused?.status).toBe(429);
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await refused!.json()).url).toMatch(/\/sign-in\?error=RateLimited$/);
    // Another address is not held up by this one.
    expect(await refusalForPost(post(`email=other-${uid()}%40test.example`))).toBeNull();
  });

  it("limits one IP spraying addresses", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const answers = [];
    for (let i = 0; i < 31; i++)
      answers.push((await refusalForPost(post(`email=spray-${uid()}%40test.example`, `10.0.0.1, ${ip}`)))?.status ?? 200);
    expect(answers.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(answers[30]).toBe(429);
  });

  it.each([
    ["email=a%00b%40x.example"],
    ["email=" + "a".repeat(300) + "%40x.example"],
    ["email=not-an-address"],
    ["email=%E0%A4"],
    [""],
  ])("refuses %s with 400", async (body) => {
    expect((await refusalForPost(post(body.slice(0, 80))))?.status).toBe(400);
  });

  it("refuses a body over 8 KB with 413, on every auth POST", async () => {
    expect((await refusalForPost(post("x=" + "a".repeat(9_000), undefined, "/api/auth/signout")))?.status).toBe(413);
  });

  it("never signs in on a GET of the link's target: it goes to the confirmation page", () => {
    const response = redirectForGet(
      new Request("http://localhost:3000/api/auth/callback/email?token=abc&email=a%40b.example&callbackUrl=%2Fboard"),
    );
    expect(response?.status).toBe(303);
    expect(response?.headers.get("location")).toBe(
      `${process.env.APP_URL}/sign-in/confirm?token=abc&email=a%40b.example&callbackUrl=%2Fboard`,
    );
    expect(redirectForGet(new Request("http://localhost:3000/api/auth/session"))).toBeNull();
  });
});
