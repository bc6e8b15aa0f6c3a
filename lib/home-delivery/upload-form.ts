// The upload form's shared terms, for the page, its client form and the server: field names,
// limits and the answer's shape. No server imports here (the client form bundles this file).
import type { ImportProblem } from "./import";

/** 20,000 clients are about 2-3 MB; 20 MB per file leaves room for the largest practices. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Both files plus multipart boundaries and headers. */
export const MAX_UPLOAD_BYTES = 2 * MAX_FILE_BYTES + 64 * 1024;
/** Problems listed on the page; the rest are counted ("and N more"). */
export const MAX_LISTED_PROBLEMS = 50;
/** The journey event kind that records an upload (on the practice's timeline). */
export const HOME_DELIVERY_EVENT_KIND = "home_delivery";

export const UPLOAD_FIELDS = { clients: "clientsFile", pets: "petsFile" } as const;

export type UploadCounts = { total: number; new: number; updated: number };

export type UploadOutcome =
  | { ok: true; clients: UploadCounts; pets: UploadCounts; matchingQueued: boolean; message: string }
  | {
      ok: false;
      error: string;
      /** Per form field (`clientsFile`, `petsFile`): a missing, empty, oversized or non-CSV file. */
      fieldErrors?: Record<string, string[]>;
      /** Row-level problems of the import (first MAX_LISTED_PROBLEMS), nothing was written. */
      problems?: ImportProblem[];
      /** How many problems are not listed. */
      moreProblems?: number;
    };
