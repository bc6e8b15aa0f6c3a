import { describe, expect, it } from "vitest";
import { ROLES, type AppRole } from "@/lib/auth/permissions";
import { availableActions, checkTransition, STATUSES, TRANSITIONS, type ActionName, type Status } from "./journey";

// The full legal table, written out by hand so the test does not just restate the module.
const LEGAL: Record<ActionName, { from: Status[]; to: Status | "previous"; roles: AppRole[]; system: boolean }> = {
  addToQueue: { from: ["DRAFT"], to: "QUEUED", roles: ["staff"], system: false },
  sendInvitation: { from: ["QUEUED"], to: "INVITED", roles: ["partner"], system: false },
  completeDetails: { from: ["INVITED"], to: "DETAILS_COMPLETE", roles: [], system: true },
  bookInstall: { from: ["DETAILS_COMPLETE"], to: "INSTALL_SCHEDULED", roles: ["technical"], system: false },
  rescheduleInstall: { from: ["INSTALL_SCHEDULED"], to: "INSTALL_SCHEDULED", roles: ["technical"], system: false },
  cancelInstall: { from: ["INSTALL_SCHEDULED"], to: "DETAILS_COMPLETE", roles: ["technical"], system: false },
  markInstallFailed: { from: ["INSTALL_SCHEDULED"], to: "DETAILS_COMPLETE", roles: ["partner"], system: false },
  markInstalled: { from: ["INSTALL_SCHEDULED"], to: "INSTALLED", roles: ["partner"], system: false },
  recordFirstData: { from: ["INSTALLED"], to: "LIVE", roles: ["staff"], system: true },
  putOnHold: {
    from: ["DRAFT", "QUEUED", "INVITED", "DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED"],
    to: "ON_HOLD",
    roles: ["staff"],
    system: false,
  },
  cancel: {
    from: ["DRAFT", "QUEUED", "INVITED", "DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED", "ON_HOLD"],
    to: "CANCELLED",
    roles: ["staff"],
    system: false,
  },
  resume: { from: ["ON_HOLD", "CANCELLED"], to: "previous", roles: ["staff"], system: false },
};

const REASON = "practice asked to wait";

describe("journey transitions", () => {
  it("lists every action in the hand-written table", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(LEGAL).sort());
  });

  for (const [action, rule] of Object.entries(LEGAL) as [ActionName, (typeof LEGAL)[ActionName]][]) {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        const legal = rule.from.includes(status) && rule.roles.includes(role);
        it(`${action} from ${status} by ${role} is ${legal ? "allowed" : "refused"}`, () => {
          const result = checkTransition(action, { status, resumeStatus: "INVITED" }, { kind: "user", roles: [role] }, REASON);
          expect(result.ok).toBe(legal);
          if (result.ok) expect(result.to).toBe(rule.to === "previous" ? "INVITED" : rule.to);
          else expect(result.message.length).toBeGreaterThan(10);
        });
      }
      const systemLegal = rule.system && rule.from.includes(status);
      it(`${action} from ${status} by the system is ${systemLegal ? "allowed" : "refused"}`, () => {
        expect(checkTransition(action, { status }, { kind: "system" }, REASON).ok).toBe(systemLegal);
      });
    }
  }

  it("names the reason for a refusal", () => {
    const byRole = checkTransition("addToQueue", { status: "DRAFT" }, { kind: "user", roles: ["partner"] });
    expect(byRole).toMatchObject({ ok: false, code: "forbidden" });
    const byStatus = checkTransition("addToQueue", { status: "LIVE" }, { kind: "user", roles: ["staff"] });
    expect(byStatus).toMatchObject({ ok: false, code: "wrong_status", message: expect.stringContaining("live") });
  });

  it("requires a reason to hold, cancel, fail or cancel an install", () => {
    for (const [action, status, role] of [
      ["putOnHold", "QUEUED", "staff"],
      ["cancel", "QUEUED", "staff"],
      ["markInstallFailed", "INSTALL_SCHEDULED", "partner"],
      ["cancelInstall", "INSTALL_SCHEDULED", "technical"],
      ["rescheduleInstall", "INSTALL_SCHEDULED", "technical"],
    ] as const) {
      expect(checkTransition(action, { status }, { kind: "user", roles: [role] }, "  ")).toMatchObject({
        ok: false,
        code: "reason_required",
      });
    }
  });

  it("resumes to the status held before the side state, and refuses without one", () => {
    expect(checkTransition("resume", { status: "ON_HOLD", resumeStatus: "QUEUED" }, { kind: "user", roles: ["staff"] })).toEqual({
      ok: true,
      from: "ON_HOLD",
      to: "QUEUED",
    });
    expect(
      checkTransition("resume", { status: "CANCELLED", resumeStatus: null }, { kind: "user", roles: ["staff"] }),
    ).toMatchObject({ ok: false, code: "nothing_to_resume" });
    expect(
      checkTransition("resume", { status: "CANCELLED", resumeStatus: "ON_HOLD" }, { kind: "user", roles: ["staff"] }),
    ).toMatchObject({ ok: false, code: "nothing_to_resume" });
  });

  it("a person holding both practice roles gets both sets of actions", () => {
    expect(availableActions("DETAILS_COMPLETE", ["primary", "technical"])).toEqual(["bookInstall"]);
    expect(availableActions("QUEUED", ["partner"])).toEqual(["sendInvitation"]);
    expect(availableActions("LIVE", ["staff"])).toEqual([]);
  });
});
