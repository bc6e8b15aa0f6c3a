// Turns the journey state into what a person reads: the six steps with done / current /
// waiting-on-someone-else, who acts next, and the partner's next step. Used by the wizard rail,
// the progress page, the board and the partner's practice page.
import { ROLE_LABELS, type AppRole } from "@/lib/auth/permissions";
import { SIDE_STATES, STATUS_INFO, STEPS, type Owner, type Status } from "./journey";
import type { WizardProgress } from "./wizard";

export type StepView = {
  number: number;
  title: string;
  summary: string;
  state: "done" | "current" | "waiting" | "upcoming";
  owner: string | null;
};

export function ownerLabel(owner: Owner, partnerName: string): string | null {
  if (owner === "none") return null;
  if (owner === "agent") return "Sync agent";
  if (owner === "partner") return partnerName;
  return ROLE_LABELS[owner];
}

export function stepViews(
  status: Status,
  resumeStatus: Status | null,
  roles: readonly AppRole[],
  partnerName: string,
): StepView[] {
  const effective = SIDE_STATES.includes(status) ? (resumeStatus ?? "DRAFT") : status;
  const current = STATUS_INFO[effective].step;
  const owner = STATUS_INFO[effective].owner;
  // On step 4 both the partner (calls) and the technical contact (books) act.
  const mine = roles.includes(owner as AppRole) || (effective === "DETAILS_COMPLETE" && roles.includes("technical"));
  return STEPS.map((step) => ({
    ...step,
    state: step.number < current ? "done" : step.number === current ? (mine ? "current" : "waiting") : "upcoming",
    owner: step.number === current ? ownerLabel(owner, partnerName) : null,
  }));
}

export function detailsParts(progress: WizardProgress) {
  return [
    { key: "info", title: "Practice information", done: progress.info, href: "info" },
    { key: "technical-contact", title: "Technical contact", done: progress.technicalContact, href: "technical-contact" },
    {
      key: "eula",
      title: progress.eulaOutdated ? "License agreement (new version)" : "License agreement",
      done: progress.eula,
      href: "eula",
    },
  ];
}

/** The journey's next step, told to the partner: what is theirs to do, or whom they wait for. */
export function partnerNextStep(
  status: Status,
  tech: { name: string | null; email: string; phone: string | null } | null,
  hours: string | null,
) {
  const info = STATUS_INFO[status];
  if (status === "DETAILS_COMPLETE" && tech) {
    return `Contact the technical contact, ${tech.name ?? tech.email}${tech.phone ? ` at ${tech.phone}` : ""}${hours ? ` (best: ${hours})` : ""}, so they book one of your install slots.`;
  }
  const waitingOn: Partial<Record<Owner, string>> = {
    staff: "Waiting on the onboarding team",
    primary: "Waiting on the primary contact",
    technical: "Waiting on the technical contact",
    agent: "Waiting on the sync agent",
  };
  const who = waitingOn[info.owner];
  return who ? `${who}: ${info.nextAction.charAt(0).toLowerCase()}${info.nextAction.slice(1)}.` : `${info.nextAction}.`;
}

// What to say when the partner has no button on the practice page.
const PARTNER_IDLE_NOTES: Partial<Record<Status, string>> = {
  INSTALLED: "Nothing to record: the practice goes live by itself when the pharmacy receives its first data.",
};

export function partnerIdleNote(status: Status): string {
  return PARTNER_IDLE_NOTES[status] ?? "Nothing for you to do in PIMS Link right now.";
}
