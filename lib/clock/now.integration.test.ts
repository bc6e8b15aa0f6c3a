// The test-only clock: moved forward outside production, shared through the database, refused
// (and ignored) in production.
import { afterEach, describe, expect, it } from "vitest";
import { appNow, ClockRefused, moveClock, resetClock } from "./now";

const HOUR = 3_600_000;

describe("app clock", () => {
  afterEach(async () => {
    delete process.env.PIMS_LINK_ENV;
    await resetClock();
  });

  it("moves forward by the offset and back to the system clock on reset", async () => {
    const moved = await moveClock(7 * HOUR);
    expect(moved.getTime() - Date.now()).toBeGreaterThan(7 * HOUR - 5_000);
    await moveClock(HOUR);
    expect((await appNow()).getTime() - Date.now()).toBeGreaterThan(8 * HOUR - 5_000);
    await resetClock();
    expect(Math.abs((await appNow()).getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("production refuses to move it and never reads an offset left in the database", async () => {
    await moveClock(7 * HOUR);
    process.env.PIMS_LINK_ENV = "production";
    await expect(moveClock(HOUR)).rejects.toBeInstanceOf(ClockRefused);
    await expect(resetClock()).rejects.toBeInstanceOf(ClockRefused);
    expect(Math.abs((await appNow()).getTime() - Date.now())).toBeLessThan(5_000);
  });
});
