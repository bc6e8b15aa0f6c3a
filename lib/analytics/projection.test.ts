import { describe, expect, it } from "vitest";
import { DEFAULT_STEP_HOURS, projectGoLive } from "./projection";

const HOUR = 3_600_000;
const now = new Date("2026-12-01T12:00:00Z");

describe("projected go-live", () => {
  it("adds the rest of the current step to the medians of the steps after it", () => {
    const medians = { QUEUED: 30, INVITED: 50, DETAILS_COMPLETE: 10, INSTALL_SCHEDULED: 100, INSTALLED: 150 };
    const p = projectGoLive({ status: "INVITED", statusChangedAt: new Date(now.getTime() - 20 * HOUR) }, medians, now);
    expect(p.kind).toBe("projected");
    if (p.kind !== "projected") return;
    // 30 h left of Invited's 50, then 10 + 100 + 150.
    expect(p.goLiveAt.getTime()).toBe(now.getTime() + (30 + 10 + 100 + 150) * HOUR);
    expect(p.steps.map((s) => s.status)).toEqual(["INVITED", "DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED"]);
    expect(p.steps[1].plannedStart.getTime()).toBe(now.getTime() + 30 * HOUR);
  });

  it("never plans the current step to end in the past, and uses defaults before anything is measured", () => {
    const p = projectGoLive({ status: "INSTALLED", statusChangedAt: new Date(now.getTime() - 400 * HOUR) }, {}, now);
    expect(p).toMatchObject({ kind: "projected", goLiveAt: now });
    const fresh = projectGoLive({ status: "INSTALLED", statusChangedAt: now }, {}, now);
    expect(fresh.kind === "projected" && fresh.goLiveAt.getTime()).toBe(now.getTime() + DEFAULT_STEP_HOURS.INSTALLED * HOUR);
  });

  it("gives no date on hold or cancelled, and the real date once live", () => {
    expect(projectGoLive({ status: "ON_HOLD", statusChangedAt: now }, {}, now)).toEqual({ kind: "paused", reason: "on_hold" });
    expect(projectGoLive({ status: "CANCELLED", statusChangedAt: now }, {}, now)).toEqual({
      kind: "paused",
      reason: "cancelled",
    });
    expect(projectGoLive({ status: "LIVE", statusChangedAt: now, liveAt: now }, {}, now)).toEqual({ kind: "live", liveAt: now });
  });
});
