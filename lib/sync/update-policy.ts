// The update policy after the first load, exactly as the domain states it. Applied at once:
// new clients and patients (complete), pet weight, deceased status, client email. Everything
// else the PIMS changes waits for staff as a pending change: client name, client address
// (the PIMS address may not be where parcels go), phones, and pet name (only staff may rename
// a pet, confirming it is the same animal) and the pet's other details.
import type { NormalizedClient, NormalizedPatient } from "./normalize";

export type StoredClient = {
  firstName: string;
  lastName: string;
  address1: string | null;
  address2: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  homePhone: string | null;
  cellPhone: string | null;
  workPhone: string | null;
  email: string | null;
  inactive: boolean;
};
export type StoredPatient = {
  clientPimsId: string;
  name: string;
  species: string;
  breed: string | null;
  sex: string | null;
  birthDate: string | null;
  weightLb: number | null;
  weightKg: number | null;
  deceased: boolean;
  deceasedDate: string | null;
};

export type ManualChange = { field: string; before: Record<string, unknown>; after: Record<string, unknown> };
/** A field the policy applied by itself, with its before and after (recorded in lib/sync/applied-changes.ts). */
type AutomaticChange = {
  kind: "email" | "weight" | "deceased";
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

const pick = <T extends object, K extends keyof T>(obj: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, obj[k] ?? null])) as Pick<T, K>;
const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).every((k) => (a[k] ?? null) === (b[k] ?? null));

const CLIENT_GROUPS = {
  client_name: ["firstName", "lastName"],
  client_address: ["address1", "address2", "city", "state", "postalCode"],
  client_phones: ["homePhone", "cellPhone", "workPhone"],
  client_status: ["inactive"],
} as const;

const PATIENT_GROUPS = {
  pet_name: ["name"],
  pet_details: ["clientPimsId", "species", "breed", "sex", "birthDate"],
} as const;

export function clientPolicy(stored: StoredClient, incoming: NormalizedClient) {
  const next: StoredClient = { ...stored };
  const manual: ManualChange[] = [];
  const automatic: AutomaticChange[] = [];
  if ((incoming.email ?? null) !== (stored.email ?? null)) {
    next.email = incoming.email;
    automatic.push({ kind: "email", before: { email: stored.email ?? null }, after: { email: incoming.email ?? null } });
  }
  for (const [field, keys] of Object.entries(CLIENT_GROUPS)) {
    const before = pick(stored, keys as readonly (keyof StoredClient)[]);
    const after = pick(incoming as unknown as StoredClient, keys as readonly (keyof StoredClient)[]);
    if (!same(before, after)) manual.push({ field, before, after });
  }
  return { next, emailChanged: next.email !== stored.email, manual, automatic };
}

export function patientPolicy(stored: StoredPatient, incoming: NormalizedPatient) {
  const next: StoredPatient = { ...stored };
  const manual: ManualChange[] = [];
  const automatic: AutomaticChange[] = [];
  if (incoming.weightLb !== null && incoming.weightLb !== stored.weightLb) {
    next.weightLb = incoming.weightLb;
    next.weightKg = incoming.weightKg;
    automatic.push({
      kind: "weight",
      before: { weightLb: stored.weightLb, weightKg: stored.weightKg },
      after: { weightLb: incoming.weightLb, weightKg: incoming.weightKg },
    });
  }
  const becameDeceased = incoming.deceased && !stored.deceased;
  if (incoming.deceased !== stored.deceased || (incoming.deceasedDate ?? null) !== (stored.deceasedDate ?? null)) {
    next.deceased = incoming.deceased;
    next.deceasedDate = incoming.deceasedDate;
    automatic.push({
      kind: "deceased",
      before: { deceased: stored.deceased, deceasedDate: stored.deceasedDate ?? null },
      after: { deceased: incoming.deceased, deceasedDate: incoming.deceasedDate ?? null },
    });
  }
  const comparable = { ...incoming, clientPimsId: incoming.clientId } as unknown as StoredPatient;
  for (const [field, keys] of Object.entries(PATIENT_GROUPS)) {
    const before = pick(stored, keys as readonly (keyof StoredPatient)[]);
    const after = pick(comparable, keys as readonly (keyof StoredPatient)[]);
    if (!same(before, after)) manual.push({ field, before, after });
  }
  return { next, becameDeceased, manual, automatic };
}
