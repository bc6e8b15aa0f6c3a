/**
 * Writes a synthetic test set (contract section 4): a PIMS export (clients.csv,
 * patients.csv), the pharmacy's home-delivery records (home-delivery-clients.csv,
 * home-delivery-pets.csv) and truth.csv linking the home-delivery clients that are truly
 * PIMS clients. Same options => byte-identical files: every random choice comes from the
 * seed, and "now" is the fixed `asOf` date.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { base, en, en_US, Faker } from "@faker-js/faker";
import {
  CsvFileWriter,
  HOME_DELIVERY_CLIENTS_FILE,
  HOME_DELIVERY_PETS_FILE,
  PIMS_CLIENTS_FILE,
  PIMS_PATIENTS_FILE,
  TRUTH_FILE,
  isCalendarDate,
} from "@/lib/contracts";
import { HomeDeliveryClientGenerator, type HomeDeliveryClientDraft } from "./home-delivery-clients";
import { HomeDeliveryPetGenerator } from "./home-delivery-pets";
import { emptyCounts, NOISE_KINDS, type NobodyCounts, type NoiseCounts } from "./noise";
import { PimsGenerator, type PimsPatient } from "./pims-generator";
import { Rng, seedToUint32 } from "./random";
import { DEFAULT_BLANK_SHARE, PROFILES, ThinProfile, type Profile, type ThinCounts } from "./thin-profile";
import { World } from "./world";

export const DEFAULT_HD_RATIO = 0.1;
/** Share of home-delivery clients who are truly nobody in the PIMS. */
const NOBODY_SHARE = 0.1;
export const DEFAULT_AS_OF = "2025-06-30";

export interface GenerateTestSetOptions {
  /** PIMS clients to generate (positive integer). */
  clients: number;
  /** Any safe integer; the same seed gives the same bytes. */
  seed: number;
  outDir: string;
  /** Home-delivery clients per PIMS client, in (0, 1]. Default 0.1. */
  hdRatio?: number;
  /** The set's "today" (`YYYY-MM-DD`): ages, dates and timestamps are relative to it. */
  asOf?: string;
  /** "thin": phones, emails and pets blank for a share of records, plus thin-data slips (thin-profile.ts). */
  profile?: Profile;
  /** Thin profile: share of records whose phone, email or pets are blank, in [0, 1]. Default 0.6. */
  blankShare?: number;
  /** Called now and then while writing, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface TestSetSummary {
  outDir: string;
  seed: number;
  files: { clients: string; patients: string; homeDeliveryClients: string; homeDeliveryPets: string; truth: string };
  counts: {
    clients: number;
    patients: number;
    homeDeliveryClients: number;
    homeDeliveryPets: number;
    /** Rows of truth.csv. */
    trueMatches: number;
    /** Home-delivery clients absent from truth.csv. */
    trulyNobody: number;
    /** PIMS clients sharing an earlier client's address and phone. */
    pimsHouseholdMembers: number;
    /** PIMS clients with an earlier client's exact name in another town (plus the John Smiths). */
    pimsNamesakes: number;
  };
  noise: NoiseCounts;
  nobody: NobodyCounts;
  profile: Profile;
  /** The thin profile's own slips and blanks (thin profile only). */
  thin?: ThinCounts;
}

/** Throws a RangeError naming the first invalid option. */
export function validateGenerateOptions(options: GenerateTestSetOptions): void {
  if (!Number.isSafeInteger(options.clients) || options.clients < 1) {
    throw new RangeError(`clients must be a positive integer (got ${options.clients})`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer (got ${options.seed})`);
  const ratio = options.hdRatio ?? DEFAULT_HD_RATIO;
  if (!(ratio > 0 && ratio <= 1)) throw new RangeError(`hdRatio must be in (0, 1] (got ${ratio})`);
  if (options.profile !== undefined && !PROFILES.includes(options.profile)) {
    throw new RangeError(`profile must be one of ${PROFILES.join(", ")} (got ${options.profile})`);
  }
  const blankShare = options.blankShare ?? DEFAULT_BLANK_SHARE;
  if (!(blankShare >= 0 && blankShare <= 1)) throw new RangeError(`blankShare must be in [0, 1] (got ${blankShare})`);
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
    throw new RangeError(`asOf must be a YYYY-MM-DD date (got ${options.asOf})`);
  }
}

export async function generateTestSet(options: GenerateTestSetOptions): Promise<TestSetSummary> {
  validateGenerateOptions(options);
  const { clients: clientCount, seed, outDir } = options;
  const asOfMs = Date.parse(`${options.asOf ?? DEFAULT_AS_OF}T12:00:00Z`);

  const rng = new Rng(`pims-link-testset:${seed}`);
  const faker = new Faker({ locale: [en_US, en, base] });
  faker.seed(seedToUint32(String(seed)));
  const world = new World(rng, faker);
  const noise = emptyCounts(NOISE_KINDS);
  const profile = options.profile ?? "normal";
  const thin = profile === "thin" ? new ThinProfile(seed, options.blankShare ?? DEFAULT_BLANK_SHARE) : null;

  const hdCount = Math.max(1, Math.round(clientCount * (options.hdRatio ?? DEFAULT_HD_RATIO)));
  const nobodyCount = Math.round(hdCount * NOBODY_SHARE);
  const matchCount = Math.min(clientCount, hdCount - nobodyCount);
  // Decided up front so only the matched clients' patients are kept in memory.
  const isMatched = new Uint8Array(clientCount);
  for (const index of rng.sampleIndexes(clientCount, matchCount)) isMatched[index] = 1;

  await mkdir(outDir, { recursive: true });
  const files = {
    clients: join(outDir, PIMS_CLIENTS_FILE.fileName),
    patients: join(outDir, PIMS_PATIENTS_FILE.fileName),
    homeDeliveryClients: join(outDir, HOME_DELIVERY_CLIENTS_FILE.fileName),
    homeDeliveryPets: join(outDir, HOME_DELIVERY_PETS_FILE.fileName),
    truth: join(outDir, TRUTH_FILE.fileName),
  };
  const total = clientCount + matchCount + nobodyCount;
  const progressEvery = Math.max(1, Math.floor(total / 100));

  // 1. PIMS export, streamed client by client.
  const pims = new PimsGenerator(rng, faker, world, asOfMs, clientCount);
  const clientsOut = new CsvFileWriter(files.clients, PIMS_CLIENTS_FILE.columns);
  const patientsOut = new CsvFileWriter(files.patients, PIMS_PATIENTS_FILE.columns);
  const patientsOfMatched = new Map<number, PimsPatient[]>();
  let patientCount = 0;
  for (let i = 0; i < clientCount; i++) {
    const client = pims.createClient(i);
    thin?.thinPimsClient(client);
    // writeLine returns a promise only when the disk is behind (see CsvFileWriter).
    let wait = clientsOut.writeLine(pims.clientRow(client));
    if (wait) await wait;
    const patients = pims.createPatients(client);
    for (const patient of patients) {
      wait = patientsOut.writeLine(pims.patientRow(patient));
      if (wait) await wait;
    }
    patientCount += patients.length;
    if (isMatched[i]) patientsOfMatched.set(i, patients);
    if (i % progressEvery === 0) options.onProgress?.(i, total);
  }
  await Promise.all([clientsOut.close(), patientsOut.close()]);

  // 2. Home-delivery records: true matches and nobodies, shuffled together.
  const hdClients = new HomeDeliveryClientGenerator(rng, world, pims, noise, thin);
  const hdPets = new HomeDeliveryPetGenerator(rng, faker, asOfMs, noise);
  const entries: (number | null)[] = [...patientsOfMatched.keys(), ...Array<null>(nobodyCount).fill(null)];
  rng.shuffle(entries);

  const hdClientsOut = new CsvFileWriter(files.homeDeliveryClients, HOME_DELIVERY_CLIENTS_FILE.columns);
  const hdPetsOut = new CsvFileWriter(files.homeDeliveryPets, HOME_DELIVERY_PETS_FILE.columns);
  const truthOut = new CsvFileWriter(files.truth, TRUTH_FILE.columns);
  const idWidth = Math.max(6, String(entries.length).length);
  let petCount = 0;
  for (let n = 0; n < entries.length; n++) {
    const index = entries[n];
    const hdClientId = `HD${String(n + 1).padStart(idWidth, "0")}`;
    const client = index === null ? null : pims.clients[index];
    const d: HomeDeliveryClientDraft = client ? hdClients.matchOf(client) : hdClients.nobody();
    await hdClientsOut.writeLine([
      hdClientId,
      d.first_name,
      d.last_name,
      d.address1,
      d.address2,
      d.city,
      d.state,
      d.postal_code,
      d.phone,
      d.email,
    ]);
    const allPets =
      index === null
        ? [hdPets.newPet(), ...(rng.chance(0.4) ? [hdPets.newPet()] : [])]
        : hdPets.petsOf(patientsOfMatched.get(index) ?? []);
    const pets = thin ? thin.thinPets(allPets) : allPets;
    for (const pet of pets) {
      petCount += 1;
      const hdPetId = `HDP${String(petCount).padStart(idWidth, "0")}`;
      await hdPetsOut.writeLine([hdPetId, hdClientId, pet.name, pet.species, pet.breed, pet.birth_date, pet.weight_lb]);
    }
    if (client) await truthOut.writeLine([hdClientId, client.clientId]);
    if (n % progressEvery === 0) options.onProgress?.(clientCount + n, total);
  }
  await Promise.all([hdClientsOut.close(), hdPetsOut.close(), truthOut.close()]);
  options.onProgress?.(total, total);

  return {
    outDir,
    seed,
    files,
    counts: {
      clients: clientCount,
      patients: patientCount,
      homeDeliveryClients: entries.length,
      homeDeliveryPets: petCount,
      trueMatches: matchCount,
      trulyNobody: nobodyCount,
      pimsHouseholdMembers: pims.householdMembers,
      pimsNamesakes: pims.namesakes + (clientCount >= 6 ? 1 : 0),
    },
    noise,
    nobody: hdClients.nobodies,
    profile,
    ...(thin ? { thin: thin.counts } : {}),
  };
}
