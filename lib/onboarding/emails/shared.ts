// What every journey email shares: who it is about, who reads it, and the page each reader acts
// on. Each audience (practice, partner, staff) has its own file of words; none borrows another's.
import { config } from "@/lib/config";

export type Person = { name: string | null; email: string };
export type PracticeRef = { id: string; name: string; timeZone: string; owner?: Person | null };

const nameOf = (person: Person) => person.name?.trim() || null;

/** "Hello Priya, this is the Evergreen Pet Pharmacy onboarding team." */
export function greetFromPharmacy(person: Person): string {
  const name = nameOf(person);
  return `${name ? `Hello ${name}` : "Hello"}, this is the ${config.pharmacyName} onboarding team.`;
}

/** Staff read about their own pharmacy's practices: the greeting says which service writes. */
export function greetStaff(person: Person): string {
  const name = nameOf(person);
  return `${name ? `Hello ${name}` : "Hello"}, an update from PIMS Link at ${config.pharmacyName}.`;
}

/** Practice and partner emails close with the pharmacy and the staff owner replies reach. */
export function pharmacySignature(p: PracticeRef): string[] {
  const owner = p.owner ? (nameOf(p.owner) ?? p.owner.email) : null;
  return [
    `The ${config.pharmacyName} onboarding team`,
    owner
      ? `Questions? Reply to this email; it reaches ${owner}, who looks after ${p.name}'s integration.`
      : "Questions? Reply to this email.",
  ];
}

export const staffSignature = () => [`PIMS Link at ${config.pharmacyName}`];

/** The page where each reader acts on a practice. */
export const links = {
  /** The primary contact's wizard. */
  practiceDetails: (id: string) => `${config.appUrl}/onboarding/${id}`,
  /** The technical contact books, moves or cancels the install here. */
  schedule: (id: string) => `${config.appUrl}/onboarding/${id}/schedule`,
  /** The partner sends the invitation, marks installs, issues agent keys here. */
  partnerPractice: (id: string) => `${config.appUrl}/partner/practices/${id}`,
  partnerQueue: () => `${config.appUrl}/partner`,
  /** The onboarding team's practice page. */
  staffPractice: (id: string) => `${config.appUrl}/practices/${id}`,
};
