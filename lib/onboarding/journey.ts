// The integration journey: its states, the six steps, who acts next, the time limits and every
// allowed transition. Pages, actions, the board, emails and the timer job all read this module;
// none of them decides on its own which move is legal.
import { can, type AppRole, type Permission } from "@/lib/auth/permissions";
import { config } from "@/lib/config";
import { addBusinessDays } from "./business-days";

export const STATUSES = [
  "DRAFT",
  "QUEUED",
  "INVITED",
  "DETAILS_COMPLETE",
  "INSTALL_SCHEDULED",
  "INSTALLED",
  "LIVE",
  "ON_HOLD",
  "CANCELLED",
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses on the main path, in order. ON_HOLD and CANCELLED are side states. */
export const MAIN_PATH: readonly Status[] = STATUSES.slice(0, 7);
export const SIDE_STATES: readonly Status[] = ["ON_HOLD", "CANCELLED"];

export type Owner = AppRole | "agent" | "none";

type StatusInfo = {
  label: string;
  /** Which of the six steps the practice is on (1-6); 7 once live. */
  step: number;
  owner: Owner;
  nextAction: string;
  /** Hours the owner has to move the practice on, from entering the status. */
  timeLimitHours?: number;
  /** Or business days in the practice's calendar (weekends skipped), from entering the status. */
  timeLimitBusinessDays?: number;
};

export const STATUS_INFO: Record<Status, StatusInfo> = {
  DRAFT: {
    label: "Preparing",
    step: 1,
    owner: "staff",
    nextAction: "Complete the Cornerstone prep checklist and add the practice to the partner queue",
  },
  QUEUED: {
    label: "Queued",
    step: 2,
    owner: "partner",
    nextAction: "Email the primary contact the integration invitation",
    timeLimitHours: 48,
  },
  INVITED: {
    label: "Invited",
    step: 3,
    owner: "primary",
    nextAction: "Fill in practice information, name a technical contact and accept the EULA",
    // INVITED_LIMIT_BUSINESS_DAYS, 5 by default; read when asked, so tests and deployments can set it.
    get timeLimitBusinessDays() {
      return config.invitedLimitBusinessDays;
    },
  },
  DETAILS_COMPLETE: {
    label: "Details complete",
    step: 4,
    owner: "technical",
    nextAction: "Partner contacts the technical contact; the technical contact books the install",
    timeLimitHours: 24,
  },
  INSTALL_SCHEDULED: {
    label: "Install scheduled",
    step: 5,
    owner: "partner",
    nextAction: "Install the sync agent at the appointment and mark it done",
  },
  INSTALLED: { label: "Installed", step: 6, owner: "agent", nextAction: "The sync agent sends the first data" },
  LIVE: { label: "Live", step: 7, owner: "none", nextAction: "Nothing: the integration is live" },
  ON_HOLD: { label: "On hold", step: 0, owner: "staff", nextAction: "Resolve the hold reason and resume" },
  CANCELLED: { label: "Cancelled", step: 0, owner: "staff", nextAction: "Resume if the practice wants to continue" },
};

/** Steps with a time limit: the ones the board, the timer, the emails and the analytics call late. */
export function isTimed(status: Status): boolean {
  const info = STATUS_INFO[status];
  return Boolean(info.timeLimitHours || info.timeLimitBusinessDays);
}

/** "48 h" or "5 business days", or null for a step without a limit. */
export function timeLimitLabel(status: Status): string | null {
  const info = STATUS_INFO[status];
  if (info.timeLimitHours) return `${info.timeLimitHours} h`;
  if (info.timeLimitBusinessDays)
    return `${info.timeLimitBusinessDays} business day${info.timeLimitBusinessDays === 1 ? "" : "s"}`;
  return null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Deadline for the status entered at `enteredAt`, or null when the status has no limit. Hour
 * limits count elapsed hours, so a DST change never stretches or shrinks a promise; business-day
 * limits (Invited) count the practice's own calendar, weekends skipped.
 */
export function dueAtFor(status: Status, enteredAt: Date, timeZone = "UTC"): Date | null {
  const { timeLimitHours: hours, timeLimitBusinessDays: days } = STATUS_INFO[status];
  if (hours) return new Date(enteredAt.getTime() + hours * HOUR);
  if (days) return addBusinessDays(enteredAt, days, timeZone);
  return null;
}

/** When the first copy of the PIMS data should appear: ~1 week, 2 weeks at 10,000+ clients. */
export function expectedFirstDataAt(installedAt: Date, approxClients: number): Date {
  return new Date(installedAt.getTime() + (approxClients >= 10_000 ? 14 : 7) * DAY);
}

/** The six steps of the source page, as the wizard rail and the progress page show them. */
export const STEPS = [
  { number: 1, title: "Queue entry", summary: "Onboarding team prepares the practice and adds it to the partner queue" },
  { number: 2, title: "Partner email", summary: "The partner emails the primary contact within 48 hours" },
  { number: 3, title: "Practice details", summary: "Primary contact: practice information, technical contact, EULA" },
  {
    number: 4,
    title: "Install scheduling",
    summary: "The partner contacts the technical contact within 24 hours to book the install",
  },
  { number: 5, title: "Install", summary: "The partner installs the sync agent on the practice server" },
  { number: 6, title: "Confirmation", summary: "Final confirmation email when the pharmacy receives data" },
] as const;

export type ActionName =
  | "addToQueue"
  | "sendInvitation"
  | "completeDetails"
  | "bookInstall"
  | "rescheduleInstall"
  | "cancelInstall"
  | "markInstallFailed"
  | "markInstalled"
  | "recordFirstData"
  | "putOnHold"
  | "cancel"
  | "resume";

type TransitionRule = {
  label: string;
  from: readonly Status[];
  /** Target status; "resume" goes back to where the practice was before the side state. */
  to: Status | "previous";
  /** Who may take it: a permission, or "system" for moves made by PIMS Link itself. */
  permission: Permission | "system";
  /** Also allowed as a system move (e.g. first data from the sync engine). */
  system?: boolean;
  reasonRequired?: boolean;
};

const ACTIVE: readonly Status[] = ["DRAFT", "QUEUED", "INVITED", "DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED"];

export const TRANSITIONS: Record<ActionName, TransitionRule> = {
  addToQueue: { label: "Add to partner queue", from: ["DRAFT"], to: "QUEUED", permission: "practice:queue" },
  sendInvitation: {
    label: "Send invitation to primary contact",
    from: ["QUEUED"],
    to: "INVITED",
    permission: "practice:send-invitation",
  },
  completeDetails: { label: "Details complete", from: ["INVITED"], to: "DETAILS_COMPLETE", permission: "system" },
  bookInstall: {
    label: "Book install appointment",
    from: ["DETAILS_COMPLETE"],
    to: "INSTALL_SCHEDULED",
    permission: "install:book",
  },
  rescheduleInstall: {
    label: "Reschedule install",
    from: ["INSTALL_SCHEDULED"],
    to: "INSTALL_SCHEDULED",
    permission: "install:book",
    reasonRequired: true,
  },
  cancelInstall: {
    label: "Cancel install appointment",
    from: ["INSTALL_SCHEDULED"],
    to: "DETAILS_COMPLETE",
    permission: "install:book",
    reasonRequired: true,
  },
  markInstallFailed: {
    label: "Install failed",
    from: ["INSTALL_SCHEDULED"],
    to: "DETAILS_COMPLETE",
    permission: "install:complete",
    reasonRequired: true,
  },
  markInstalled: { label: "Install done", from: ["INSTALL_SCHEDULED"], to: "INSTALLED", permission: "install:complete" },
  recordFirstData: {
    label: "Record first data received",
    from: ["INSTALLED"],
    to: "LIVE",
    permission: "practice:record-first-data",
    system: true,
  },
  putOnHold: { label: "Put on hold", from: ACTIVE, to: "ON_HOLD", permission: "practice:hold", reasonRequired: true },
  cancel: {
    label: "Cancel onboarding",
    from: [...ACTIVE, "ON_HOLD"],
    to: "CANCELLED",
    permission: "practice:cancel",
    reasonRequired: true,
  },
  resume: { label: "Resume", from: ["ON_HOLD", "CANCELLED"], to: "previous", permission: "practice:resume" },
};

export type Mover = { kind: "system" } | { kind: "user"; roles: readonly AppRole[] };

export type TransitionCheck =
  | { ok: true; from: Status; to: Status }
  | { ok: false; code: "wrong_status" | "forbidden" | "reason_required" | "nothing_to_resume"; message: string };

/**
 * Decides whether `action` may move a practice now. Pure: callers load the practice, call this,
 * and only then write, inside one transaction that re-reads the status (see `transition` in transition.ts).
 */
export function checkTransition(
  action: ActionName,
  practice: { status: Status; resumeStatus?: Status | null },
  mover: Mover,
  reason?: string | null,
): TransitionCheck {
  const rule = TRANSITIONS[action];
  const allowedBySystem = mover.kind === "system" && (rule.permission === "system" || rule.system === true);
  const allowedByRole = mover.kind === "user" && rule.permission !== "system" && can(mover.roles, rule.permission);
  if (!allowedBySystem && !allowedByRole) {
    return {
      ok: false,
      code: "forbidden",
      message:
        rule.permission === "system"
          ? `"${rule.label}" happens automatically; nobody takes it by hand.`
          : `Your role may not "${rule.label}".`,
    };
  }
  if (!rule.from.includes(practice.status)) {
    return {
      ok: false,
      code: "wrong_status",
      message: `"${rule.label}" is not possible while the practice is ${STATUS_INFO[practice.status].label.toLowerCase()}.`,
    };
  }
  if (rule.reasonRequired && !reason?.trim()) {
    return { ok: false, code: "reason_required", message: `"${rule.label}" needs a reason.` };
  }
  if (rule.to === "previous") {
    const back = practice.resumeStatus;
    if (!back || SIDE_STATES.includes(back) || back === "LIVE") {
      return { ok: false, code: "nothing_to_resume", message: "There is no earlier step to resume to." };
    }
    return { ok: true, from: practice.status, to: back };
  }
  return { ok: true, from: practice.status, to: rule.to };
}

/** The actions a person with these roles could take from this status (for buttons). */
export function availableActions(status: Status, roles: readonly AppRole[]): ActionName[] {
  return (Object.keys(TRANSITIONS) as ActionName[]).filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(status) && rule.permission !== "system" && can(roles, rule.permission);
  });
}

export function statusLabel(status: Status) {
  return STATUS_INFO[status].label;
}
