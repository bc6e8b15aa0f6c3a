// Staff review of the changes the PIMS sent that are never applied automatically. Applying
// writes the change's `after` values into the practice's PIMS record; dismissing keeps what the
// pharmacy holds. Either way the reviewer, time and note are recorded, in one transaction that
// first claims the change, so a double submit or a second reviewer is refused harmlessly.
// A pet name is applied only with the reviewer's confirmation that it is the same animal, and
// every active prescription of the pet is then flagged: a new one is needed under the new name.
import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { lockInPrismaTransaction } from "@/lib/db/locks";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import { formatInZone } from "@/lib/format/dates";
import { NEW_PRESCRIPTION_FLAG } from "./review-schema";

const text = z.string().nullable();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

// The only columns a review may write, per kind of change: `after` is parsed, never spread.
const AFTER = {
  client_name: z.object({ firstName: z.string().min(1), lastName: z.string().min(1) }),
  client_address: z.object({ address1: text, address2: text, city: text, state: text, postalCode: text }),
  client_phones: z.object({ homePhone: text, cellPhone: text, workPhone: text }),
  client_status: z.object({ inactive: z.boolean() }),
  pet_name: z.object({ name: z.string().min(1) }),
  pet_details: z.object({
    clientPimsId: z.string().min(1),
    species: z.string().min(1),
    breed: text,
    sex: text,
    birthDate: isoDate,
  }),
} as const;
type Field = keyof typeof AFTER;

export type ReviewOutcome = { status: "APPLIED" | "DISMISSED"; flaggedPrescriptions: number };

type Reviewed = { status: string; reviewedAt: Date | null; reviewedById: string | null };

async function refuseReviewed(tx: Tx, practiceId: string, changeId: string): Promise<never> {
  const change = await tx.pendingChange.findFirst({
    where: { id: changeId, practiceId },
    select: { status: true, reviewedAt: true, reviewedById: true },
  });
  if (!change) throw new NotFoundError("Change");
  throw new UserFacingError(await alreadyReviewedMessage(tx, practiceId, change), "conflict");
}

async function alreadyReviewedMessage(tx: Tx, practiceId: string, change: Reviewed) {
  const [reviewer, practice] = await Promise.all([
    change.reviewedById ? tx.user.findUnique({ where: { id: change.reviewedById }, select: { name: true, email: true } }) : null,
    tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { timeZone: true } }),
  ]);
  const by = reviewer ? ` by ${reviewer.name ?? reviewer.email}` : "";
  const when = change.reviewedAt ? ` on ${formatInZone(change.reviewedAt, practice.timeZone)}` : "";
  return `This change was already ${change.status === "APPLIED" ? "applied" : "dismissed"}${by}${when}. Nothing was changed.`;
}

function lockPractice(tx: Tx, practiceId: string) {
  // The same lock batches take (ingest-batch.ts): a review never interleaves with a batch.
  return lockInPrismaTransaction(tx, "practiceSync", practiceId);
}

function parseAfter<F extends Field>(field: F, after: unknown): z.output<(typeof AFTER)[F]> {
  const parsed = AFTER[field].safeParse(after);
  if (!parsed.success)
    throw new UserFacingError(
      "The new values of this change are incomplete; dismiss it and fix the record in the PIMS.",
      "invalid",
    );
  return parsed.data as z.output<(typeof AFTER)[F]>;
}

const missing = (what: string, pimsId: string) =>
  new UserFacingError(`The ${what} ${pimsId} is no longer in this practice's records.`, "conflict");

async function writeAfter(tx: Tx, practiceId: string, change: { entity: string; pimsId: string; field: string; after: unknown }) {
  const key = { practiceId_pimsId: { practiceId, pimsId: change.pimsId } };
  const field = change.field as Field;
  if (
    change.entity === "client" &&
    (field === "client_name" || field === "client_address" || field === "client_phones" || field === "client_status")
  ) {
    const data = parseAfter(field, change.after);
    if (!(await tx.pimsClient.findUnique({ where: key, select: { pimsId: true } }))) throw missing("client", change.pimsId);
    await tx.pimsClient.update({ where: key, data });
  } else if (change.entity === "patient" && (field === "pet_name" || field === "pet_details")) {
    const values = parseAfter(field, change.after);
    const data =
      "birthDate" in values
        ? { ...values, birthDate: values.birthDate ? new Date(`${values.birthDate}T00:00:00Z`) : null }
        : values;
    if (!(await tx.pimsPatient.findUnique({ where: key, select: { pimsId: true } }))) throw missing("pet", change.pimsId);
    await tx.pimsPatient.update({ where: key, data });
  } else {
    throw new UserFacingError(`This kind of change (${change.field}) cannot be applied here.`, "invalid");
  }
}

/** Flags the pet's active prescriptions; they stay as they are otherwise. */
async function flagPrescriptions(tx: Tx, practiceId: string, patientPimsId: string, newName: string) {
  const active = await tx.prescription.findMany({
    where: { practiceId, patientPimsId, active: true },
    select: { id: true, flags: true },
  });
  for (const p of active) {
    await tx.prescription.update({
      where: { id: p.id },
      data: {
        flags: p.flags.includes(NEW_PRESCRIPTION_FLAG) ? p.flags : [...p.flags, NEW_PRESCRIPTION_FLAG],
        pausedReason: `New prescription required under the new name ${newName}`,
      },
    });
  }
  return active.length;
}

const reviewer = (actor: Actor) => (actor.kind === "user" ? actor.id : null);
const cleanNote = (note: string | null | undefined) => note?.trim() || null;

export async function applyPendingChange(
  actor: Actor,
  practiceId: string,
  changeId: string,
  opts: { note?: string | null; sameAnimalConfirmed?: boolean } = {},
): Promise<ReviewOutcome> {
  assertCan(actor, "sync:review");
  return db.$transaction(async (tx) => {
    await lockPractice(tx, practiceId);
    const change = await tx.pendingChange.findFirst({ where: { id: changeId, practiceId } });
    if (!change) throw new NotFoundError("Change");
    if (change.status !== "PENDING") return refuseReviewed(tx, practiceId, changeId);
    const petName = change.field === "pet_name";
    if (petName && !opts.sameAnimalConfirmed) {
      throw new UserFacingError("Confirm that this is the same animal before renaming it.", "invalid", {
        sameAnimalConfirmed: ["Confirm this is the same animal."],
      });
    }
    const claimed = await tx.pendingChange.updateMany({
      where: { id: changeId, practiceId, status: "PENDING" },
      data: {
        status: "APPLIED",
        note: cleanNote(opts.note),
        sameAnimalConfirmed: petName,
        reviewedById: reviewer(actor),
        reviewedAt: new Date(),
      },
    });
    if (claimed.count === 0) return refuseReviewed(tx, practiceId, changeId);
    await writeAfter(tx, practiceId, change);
    const flagged = petName ? await flagPrescriptions(tx, practiceId, change.pimsId, AFTER.pet_name.parse(change.after).name) : 0;
    return { status: "APPLIED" as const, flaggedPrescriptions: flagged };
  });
}

export async function dismissPendingChange(
  actor: Actor,
  practiceId: string,
  changeId: string,
  note: string,
): Promise<ReviewOutcome> {
  assertCan(actor, "sync:review");
  if (!cleanNote(note))
    throw new UserFacingError("Say why the change is not applied.", "invalid", { note: ["Say why the change is not applied."] });
  return db.$transaction(async (tx) => {
    const claimed = await tx.pendingChange.updateMany({
      where: { id: changeId, practiceId, status: "PENDING" },
      data: { status: "DISMISSED", note: cleanNote(note), reviewedById: reviewer(actor), reviewedAt: new Date() },
    });
    if (claimed.count === 0) return refuseReviewed(tx, practiceId, changeId);
    return { status: "DISMISSED" as const, flaggedPrescriptions: 0 };
  });
}
