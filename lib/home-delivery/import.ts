/**
 * Loads the pharmacy's existing home-delivery clients and pets of one practice (contract
 * section 2: home-delivery-clients.csv + home-delivery-pets.csv). All or nothing: every file
 * and row problem is collected (naming file, row and column) and, when there is any, nothing
 * is written and `HomeDeliveryImportError` lists them. Otherwise both tables are upserted by
 * id in one transaction with set-based `unnest` statements. Used by the CLI; a web upload can
 * pass streams instead of a folder.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import {
  ContractFileError,
  HOME_DELIVERY_CLIENTS_FILE,
  HOME_DELIVERY_PETS_FILE,
  streamHomeDeliveryClientsCsv,
  streamHomeDeliveryPetsCsv,
  type CsvSource,
  type RowOutcome,
} from "@/lib/contracts";
import type { PoolClient } from "pg";
import { pool } from "@/lib/db/pool";
import { inTransaction } from "@/lib/db/transaction";
import {
  normalizeHomeDeliveryClient,
  normalizeHomeDeliveryPet,
  type NormalizedHomeDeliveryClient,
  type NormalizedHomeDeliveryPet,
} from "@/lib/sync/normalize";

/** One reason the import cannot proceed. `row`/`column` are null for whole-file problems. */
export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  /** What is wrong, without the location. */
  reason: string;
  /** Full message: `home-delivery-pets.csv row 4, column hd_client_id: ...`. */
  message: string;
}

export class HomeDeliveryImportError extends Error {
  override readonly name = "HomeDeliveryImportError";
  constructor(readonly problems: ImportProblem[]) {
    const files = [...new Set(problems.map((p) => p.file))].join(" and ");
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files}; nothing was imported`);
  }
}

export interface HomeDeliveryImportResult {
  clients: number;
  pets: number;
  /** Of those, how many ids were new to the practice (the others were updated). */
  newClients: number;
  newPets: number;
}

export type HomeDeliverySources = string | { clients: CsvSource; pets: CsvSource };

export interface HomeDeliveryImportOptions {
  /**
   * Runs inside the import's transaction after both upserts, before COMMIT (e.g. to record who
   * imported): a failure here rolls the import back too.
   */
  beforeCommit?: (db: PoolClient, result: HomeDeliveryImportResult) => Promise<void>;
}

const CLIENTS_FILE = HOME_DELIVERY_CLIENTS_FILE.fileName;
const PETS_FILE = HOME_DELIVERY_PETS_FILE.fileName;
/** Rows per statement: keeps each parameter array well under PostgreSQL's limits. */
const CHUNK = 5_000;
/** numeric(8,2) holds at most this. */
const MAX_WEIGHT_LB = 999_999.99;

function problem(file: string, row: number | null, column: string | null, reason: string): ImportProblem {
  const where = row === null ? file : column === null ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
  return { file, row, column, reason, message: `${where}: ${reason}` };
}

function fileProblem(file: string, error: unknown): ImportProblem {
  if (error instanceof ContractFileError) {
    const where = error.line === undefined ? file : `${file} line ${error.line}`;
    return { file, row: null, column: null, reason: error.reason, message: `${where}: ${error.reason}` };
  }
  return problem(file, null, null, `cannot read file: ${(error as Error).message}`);
}

async function checkFile(path: string, file: string): Promise<ImportProblem | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return problem(file, null, null, `file not found (expected ${path})`);
  if (!info.isFile()) return problem(file, null, null, `${path} is not a file`);
  return null;
}

interface Numbered<T> {
  row: T;
  rowNumber: number;
}

/** Reads one file: normalized rows with their row numbers, plus every problem. */
async function collect<Row, Normalized>(
  file: string,
  rows: AsyncGenerator<RowOutcome<Row>>,
  normalize: (row: Row) => Normalized,
  problems: ImportProblem[],
): Promise<Numbered<Normalized>[]> {
  const good: Numbered<Normalized>[] = [];
  try {
    for await (const outcome of rows) {
      if (outcome.ok) good.push({ row: normalize(outcome.row), rowNumber: outcome.rowNumber });
      else for (const e of outcome.errors) problems.push(problem(file, e.row, e.column, e.reason));
    }
  } catch (error) {
    problems.push(fileProblem(file, error));
  }
  return good;
}

/**
 * Validates both files completely, then writes them in one transaction. Throws
 * `HomeDeliveryImportError` (nothing written) when any file or row is bad, including a pet
 * whose hd_client_id is neither in the clients file nor already imported for the practice.
 */
export async function importHomeDelivery(
  practiceId: string,
  sources: HomeDeliverySources,
  options: HomeDeliveryImportOptions = {},
): Promise<HomeDeliveryImportResult> {
  const problems: ImportProblem[] = [];
  let clientsSource: CsvSource;
  let petsSource: CsvSource;
  if (typeof sources === "string") {
    clientsSource = join(sources, CLIENTS_FILE);
    petsSource = join(sources, PETS_FILE);
    for (const [path, file] of [
      [clientsSource, CLIENTS_FILE],
      [petsSource, PETS_FILE],
    ] as const) {
      const missing = await checkFile(path, file);
      if (missing) problems.push(missing);
    }
    if (problems.length > 0) throw new HomeDeliveryImportError(problems);
  } else {
    clientsSource = sources.clients;
    petsSource = sources.pets;
  }

  const named = (file: string) => ({ fileName: file });
  const clients = await collect(
    CLIENTS_FILE,
    streamHomeDeliveryClientsCsv(clientsSource, named(CLIENTS_FILE)),
    normalizeHomeDeliveryClient,
    problems,
  );
  const pets = await collect(
    PETS_FILE,
    streamHomeDeliveryPetsCsv(petsSource, named(PETS_FILE)),
    normalizeHomeDeliveryPet,
    problems,
  );

  for (const { row, rowNumber } of pets) {
    if (row.weightLb !== null && row.weightLb > MAX_WEIGHT_LB) {
      problems.push(problem(PETS_FILE, rowNumber, "weight_lb", `weight ${row.weightLb} lb is more than ${MAX_WEIGHT_LB}`));
    }
  }

  const practice = await pool().query(`SELECT 1 FROM practices WHERE id = $1`, [practiceId]);
  if (practice.rowCount === 0) throw new Error(`practice ${practiceId} does not exist`);

  // Every pet's owner: in this clients file, else imported earlier for the practice.
  const inFile = new Set(clients.map((c) => c.row.hdClientId));
  const elsewhere = [...new Set(pets.map((p) => p.row.hdClientId).filter((id) => !inFile.has(id)))];
  const known = new Set<string>();
  for (let i = 0; i < elsewhere.length; i += CHUNK) {
    const found = await pool().query<{ hd_client_id: string }>(
      `SELECT hd_client_id FROM home_delivery_clients WHERE practice_id = $1 AND hd_client_id = ANY($2::text[])`,
      [practiceId, elsewhere.slice(i, i + CHUNK)],
    );
    for (const r of found.rows) known.add(r.hd_client_id);
  }
  for (const { row, rowNumber } of pets) {
    if (!inFile.has(row.hdClientId) && !known.has(row.hdClientId)) {
      problems.push(
        problem(
          PETS_FILE,
          rowNumber,
          "hd_client_id",
          `client "${row.hdClientId}" is not in ${CLIENTS_FILE} nor imported earlier`,
        ),
      );
    }
  }
  if (problems.length > 0) throw new HomeDeliveryImportError(sortProblems(problems));

  // The writes are all or nothing: a failure part way leaves the tables as they were.
  return inTransaction(async (tx) => {
    let newClients = 0;
    let newPets = 0;
    for (let i = 0; i < clients.length; i += CHUNK) {
      newClients += await upsertClients(
        tx,
        practiceId,
        clients.slice(i, i + CHUNK).map((c) => c.row),
      );
    }
    for (let i = 0; i < pets.length; i += CHUNK) {
      newPets += await upsertPets(
        tx,
        practiceId,
        pets.slice(i, i + CHUNK).map((p) => p.row),
      );
    }
    const result = { clients: clients.length, pets: pets.length, newClients, newPets };
    await options.beforeCommit?.(tx, result);
    return result;
  });
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const fileOrder = (file: string) => (file === CLIENTS_FILE ? 0 : 1);
  return [...problems].sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || (a.row ?? 0) - (b.row ?? 0));
}

type Queryable = { query: (text: string, values: unknown[]) => Promise<{ rows: { inserted: boolean }[] }> };

/** Upserts one chunk; returns how many ids were new (xmax = 0 marks a fresh insert). */
async function upsertClients(db: Queryable, practiceId: string, rows: NormalizedHomeDeliveryClient[]): Promise<number> {
  const result = await db.query(
    `INSERT INTO home_delivery_clients (practice_id, hd_client_id, first_name, last_name, address1, address2, city, state, postal_code, phone, email, imported_at)
     SELECT $1, u.*, now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) AS u
     ON CONFLICT (practice_id, hd_client_id) DO UPDATE SET
       first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, address1 = EXCLUDED.address1, address2 = EXCLUDED.address2,
       city = EXCLUDED.city, state = EXCLUDED.state, postal_code = EXCLUDED.postal_code, phone = EXCLUDED.phone, email = EXCLUDED.email,
       imported_at = EXCLUDED.imported_at
     RETURNING (xmax = 0) AS inserted`,
    [
      practiceId,
      rows.map((r) => r.hdClientId),
      rows.map((r) => r.firstName),
      rows.map((r) => r.lastName),
      rows.map((r) => r.address1),
      rows.map((r) => r.address2),
      rows.map((r) => r.city),
      rows.map((r) => r.state),
      rows.map((r) => r.postalCode),
      rows.map((r) => r.phone),
      rows.map((r) => r.email),
    ],
  );
  return result.rows.filter((r) => r.inserted).length;
}

async function upsertPets(db: Queryable, practiceId: string, rows: NormalizedHomeDeliveryPet[]): Promise<number> {
  const result = await db.query(
    `INSERT INTO home_delivery_pets (practice_id, hd_pet_id, hd_client_id, name, species, breed, birth_date, weight_lb, imported_at)
     SELECT $1, u.*, now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::numeric[]) AS u
     ON CONFLICT (practice_id, hd_pet_id) DO UPDATE SET
       hd_client_id = EXCLUDED.hd_client_id, name = EXCLUDED.name, species = EXCLUDED.species, breed = EXCLUDED.breed,
       birth_date = EXCLUDED.birth_date, weight_lb = EXCLUDED.weight_lb, imported_at = EXCLUDED.imported_at
     RETURNING (xmax = 0) AS inserted`,
    [
      practiceId,
      rows.map((r) => r.hdPetId),
      rows.map((r) => r.hdClientId),
      rows.map((r) => r.name),
      rows.map((r) => r.species),
      rows.map((r) => r.breed),
      rows.map((r) => r.birthDate),
      rows.map((r) => r.weightLb),
    ],
  );
  return result.rows.filter((r) => r.inserted).length;
}
