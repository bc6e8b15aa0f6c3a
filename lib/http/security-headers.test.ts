import { describe, expect, it } from "vitest";
import { newNonce, securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  it("allows scripts by nonce only and forbids framing", () => {
    const nonce = newNonce();
    const headers = securityHeaders({ nonce, https: false });
    expect(headers["Content-Security-Policy"]).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(headers["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
    expect(newNonce()).not.toBe(nonce);
  });
  it("sends HSTS only over https", () => {
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
  });
});
