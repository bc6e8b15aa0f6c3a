// Security and operations, as a client sees them: demo mode serves this machine only.
import { expect, test } from "@playwright/test";
import { networkInterfaces } from "node:os";

const PORT = Number(process.env.E2E_PORT ?? 3100);

test("demo mode listens on loopback only", async () => {
  expect((await fetch(`http://127.0.0.1:${PORT}/sign-in`)).status).toBe(200);
  const outside = Object.values(networkInterfaces()).flat().find((a) => a && a.family === "IPv4" && !a.internal);
  test.skip(!outside, "no non-loopback interface on this machine");
  await expect(fetch(`http://${outside!.address}:${PORT}/sign-in`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
});
