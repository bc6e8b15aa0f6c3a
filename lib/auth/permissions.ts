// The one declarative map of who may do what. Actions, route handlers, pages and the journey's
// transitions all check permissions through `can`, never by comparing role names inline.
export const ROLES = ["staff", "partner", "primary", "technical"] as const;
export type AppRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<AppRole | "system", string> = {
  staff: "Onboarding team",
  partner: "Integration partner",
  primary: "Primary contact",
  technical: "Technical contact",
  system: "PIMS Link",
};

const PERMISSIONS = {
  staff: [
    "staff:view",
    "integrations:view",
    "integrations:resync",
    "integrations:link",
    "analytics:view",
    "practice:edit",
    "practice:remind",
    "email:resend",
    "practice:create",
    "checklist:edit",
    "practice:view",
    "practice:queue",
    "practice:hold",
    "practice:cancel",
    "practice:resume",
    "practice:record-first-data",
    "users:invite",
    "merge:decide",
    "sync:review",
    "writeback:ship",
    "writeback:retry",
    "agent-key:manage",
    "home-delivery:import",
  ],
  partner: [
    "partner-queue:view",
    "practice:view",
    "practice:send-invitation",
    "install:complete",
    "install-slots:manage",
    "agent-key:manage",
  ],
  primary: ["practice:view", "integration:view-own", "wizard:practice-info", "wizard:technical-contact", "wizard:eula"],
  technical: ["practice:view", "install:book", "reconnect:book", "integration:view-own"],
} as const satisfies Record<AppRole, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[AppRole][number];

/** True when any of the roles grants the permission. */
export function can(roles: readonly AppRole[], permission: Permission): boolean {
  return roles.some((role) => (PERMISSIONS[role] as readonly string[]).includes(permission));
}
