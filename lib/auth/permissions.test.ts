import { describe, expect, it } from "vitest";
import { can, ROLES, type AppRole, type Permission } from "./permissions";
import { accountRoles } from "./actor";

const holders = (permission: Permission) => ROLES.filter((role: AppRole) => can([role], permission));

describe("the permission map", () => {
  it("answers who may take each staff act: the onboarding team only", () => {
    for (const act of [
      "merge:decide",
      "sync:review",
      "writeback:ship",
      "writeback:retry",
      "users:invite",
      "staff:view",
      "checklist:edit",
    ] as const) {
      expect(holders(act), act).toEqual(["staff"]);
    }
  });

  it("keeps the partner's and the contacts' acts theirs", () => {
    expect(holders("install:complete")).toEqual(["partner"]);
    expect(holders("agent-key:manage")).toEqual(["staff", "partner"]);
    expect(holders("wizard:eula")).toEqual(["primary"]);
    expect(holders("install:book")).toEqual(["technical"]);
  });

  it("gives accounts their roles outside any practice: staff and partner technicians, never practice contacts", () => {
    expect(accountRoles({ id: "u", role: "STAFF", partnerId: null })).toEqual(["staff"]);
    expect(accountRoles({ id: "u", role: "PARTNER", partnerId: "p" })).toEqual(["partner"]);
    expect(accountRoles({ id: "u", role: "PARTNER", partnerId: null })).toEqual([]);
    expect(accountRoles({ id: "u", role: "PRACTICE", partnerId: null })).toEqual([]);
  });
});
