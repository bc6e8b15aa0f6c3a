// Turns the journey state into what a person reads: the six steps with done / current /
// waiting-on-someone-else, and who acts next. Used by the wizard rail and the progress page.
import { ROLE_LABELS, type AppRole } from "@/lib/auth/permissions";
import { STATUS_INFO, STEPS, type Owner, type Status } from "./journey";
import type { WizardProgress } from "./wizard";

export type StepView = { number: number; title: string; summary: string; state: "done" | "current" | "waiting" | "upcoming"; owner: string | null };

export function ownerLabel(owner: Owner, partnerName: string): string | null {
  if (owner === "none") return null;
  if (owner === "agent") return "Sync agent";
  if (owner === "partner") return partnerName;
  return ROLE_LABELS[owner];
}

export function stepViews(status: Status, resumeStatus: Status | null, roles: readonly AppRole[], partnerName: string): StepView[] {
  const effective = status === "ON_HOLD" || status === "CANCELLED" ? (resumeStatus ?? "DRAFT") : status;
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
    { key: "eula", title: progress.eulaOutdated ? "License agreement (new version)" : "License agreement", done: progress.eula, href: "eula" },
  ];
}
