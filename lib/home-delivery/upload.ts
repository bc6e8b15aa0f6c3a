/**
 * Staff upload of a practice's home-delivery files (contract section 2) from the web page: the
 * route handler stays thin and calls `uploadHomeDelivery`. Order matters: who may upload is
 * checked before the body is read; both files are validated (present, .csv, size) before any
 * row is parsed; the import is all or nothing and records who imported in the same transaction;
 * matching is queued only after the commit, and only when the practice has PIMS data to match.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { HOME_DELIVERY_CLIENTS_FILE, HOME_DELIVERY_PETS_FILE } from "@/lib/contracts";
import { db } from "@/lib/db/client";
import { formatBytes } from "@/lib/http/limited-form-data";
import { addJourneyEventSql } from "@/lib/onboarding/journey-events";
import { enqueueMatching } from "@/lib/jobs/send";
import type { ActingUser } from "@/lib/auth/actor";
import { assertCan, practiceActor } from "@/lib/auth/practice-actor";
import { HomeDeliveryImportError, importHomeDelivery, type HomeDeliveryImportResult } from "./import";
import {
  HOME_DELIVERY_EVENT_KIND,
  MAX_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
  UPLOAD_FIELDS,
  type UploadCounts,
  type UploadOutcome,
} from "./upload-form";

export interface UploadDeps {
  /** Queues `merge.run` for the practice (pg-boss in the app; a spy in tests). */
  enqueueMatching: (practiceId: string) => Promise<void>;
}

function csvFile(label: string) {
  return z.unknown().transform((value, ctx): File => {
    // A browser sends an empty, nameless file for an input left blank.
    if (!(value instanceof File) || (value.name === "" && value.size === 0)) {
      ctx.addIssue({ code: "custom", message: `Choose the ${label} file.` });
      return z.NEVER;
    }
    if (!value.name.toLowerCase().endsWith(".csv")) {
      ctx.addIssue({ code: "custom", message: `“${value.name}” is not a .csv file. Choose the ${label} CSV file.` });
    } else if (value.size === 0) {
      ctx.addIssue({ code: "custom", message: `“${value.name}” is empty.` });
    } else if (value.size > MAX_FILE_BYTES) {
      ctx.addIssue({
        code: "custom",
        message: `“${value.name}” is ${formatBytes(value.size)}; the limit is ${formatBytes(MAX_FILE_BYTES)} per file.`,
      });
    }
    return value;
  });
}

const uploadFormSchema = z.object({
  [UPLOAD_FIELDS.clients]: csvFile("home-delivery clients"),
  [UPLOAD_FIELDS.pets]: csvFile("home-delivery pets"),
});

function fileStream(file: File): Readable {
  return Readable.fromWeb(file.stream() as unknown as NodeReadableStream);
}

const counts = (total: number, fresh: number): UploadCounts => ({ total, new: fresh, updated: total - fresh });

function summary(result: HomeDeliveryImportResult, files: { clients: string; pets: string }) {
  const c = counts(result.clients, result.newClients);
  const p = counts(result.pets, result.newPets);
  return `Home-delivery records imported from ${files.clients} and ${files.pets}: ${c.total} clients (${c.new} new, ${c.updated} updated), ${p.total} pets (${p.new} new, ${p.updated} updated)`;
}

async function hasPimsData(practiceId: string): Promise<boolean> {
  return (await db.pimsClient.findFirst({ where: { practiceId }, select: { pimsId: true } })) !== null;
}

/**
 * Uploads a practice's home-delivery files for a staff user. `readForm` is called only once the
 * user is known to be allowed, so a refused request's body is never read. Throws
 * `NotFoundError` (practice outside the user's scope) or a forbidden `UserFacingError`.
 */
export async function uploadHomeDelivery(
  user: ActingUser,
  practiceId: string,
  readForm: () => Promise<FormData>,
  deps: UploadDeps = { enqueueMatching },
): Promise<UploadOutcome> {
  const { actor } = await practiceActor(user, practiceId);
  assertCan(actor, "home-delivery:import");

  const form = await readForm();
  const parsed = uploadFormSchema.safeParse(Object.fromEntries(Object.values(UPLOAD_FIELDS).map((f) => [f, form.get(f)])));
  if (!parsed.success) {
    return {
      ok: false,
      error: "Please correct the highlighted files.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    };
  }
  const clientsFile = parsed.data[UPLOAD_FIELDS.clients];
  const petsFile = parsed.data[UPLOAD_FIELDS.pets];
  const files = { clients: clientsFile.name, pets: petsFile.name };

  let result: HomeDeliveryImportResult;
  try {
    result = await importHomeDelivery(
      practiceId,
      { clients: fileStream(clientsFile), pets: fileStream(petsFile) },
      {
        beforeCommit: async (tx, imported) => {
          await addJourneyEventSql(tx, {
            practiceId,
            kind: HOME_DELIVERY_EVENT_KIND,
            action: "upload",
            actor,
            note: summary(imported, files),
          });
        },
      },
    );
  } catch (error) {
    if (!(error instanceof HomeDeliveryImportError)) throw error;
    // Name the files as staff chose them (bad-pets.csv, say), not by their contract names.
    const uploaded = new Map([
      [HOME_DELIVERY_CLIENTS_FILE.fileName, files.clients],
      [HOME_DELIVERY_PETS_FILE.fileName, files.pets],
    ]);
    const problems = error.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => {
      const name = uploaded.get(p.file) ?? p.file;
      return { ...p, file: name, message: name + p.message.slice(p.file.length) };
    });
    const total = error.problems.length;
    return {
      ok: false,
      error: `${total} problem${total === 1 ? "" : "s"} found in the files. Nothing was imported: fix the files and upload both again.`,
      problems,
      moreProblems: total - problems.length,
    };
  }

  // After the commit: a failed enqueue must not undo a good import (the next sync queues it too).
  let matchingQueued = false;
  if (await hasPimsData(practiceId)) {
    try {
      await deps.enqueueMatching(practiceId);
      matchingQueued = true;
    } catch (error) {
      console.error(`merge.run not queued for ${practiceId} after a home-delivery upload: ${(error as Error).message}`);
    }
  }
  const clients = counts(result.clients, result.newClients);
  const pets = counts(result.pets, result.newPets);
  return { ok: true, clients, pets, matchingQueued, message: `${summary(result, files)}.` };
}
