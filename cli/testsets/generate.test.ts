import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  readClientsCsv,
  readHomeDeliveryClientsCsv,
  readHomeDeliveryPetsCsv,
  readPatientsCsv,
  readTruthCsv,
  type HomeDeliveryClientRow,
  type HomeDeliveryPetRow,
  type PimsClientRow,
  type PimsPatientRow,
  type TruthRow,
} from "@/lib/contracts";
import {
  normalizeClient,
  normalizeEmail,
  normalizeFirstName,
  normalizeHomeDeliveryClient,
  normalizePhone,
  normalizeStreetAddress,
} from "@/lib/sync/normalize";
import { generateTestSet, validateGenerateOptions, type TestSetSummary } from "./generate";
import { areNameVariants } from "./nicknames";
import { NOBODY_KINDS, NOISE_KINDS } from "./noise";

const FILES = ["clients.csv", "patients.csv", "home-delivery-clients.csv", "home-delivery-pets.csv", "truth.csv"];
const CLIENTS = 5000;

let root: string;
let summary: TestSetSummary;
let set: {
  clients: PimsClientRow[];
  patients: PimsPatientRow[];
  hdClients: HomeDeliveryClientRow[];
  hdPets: HomeDeliveryPetRow[];
  truth: TruthRow[];
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "testset-"));
  summary = await generateTestSet({ clients: CLIENTS, seed: 42, outDir: join(root, "a") });
  const dir = summary.outDir;
  const [clients, patients, hdClients, hdPets, truth] = await Promise.all([
    readClientsCsv(join(dir, "clients.csv")),
    readPatientsCsv(join(dir, "patients.csv")),
    readHomeDeliveryClientsCsv(join(dir, "home-delivery-clients.csv")),
    readHomeDeliveryPetsCsv(join(dir, "home-delivery-pets.csv")),
    readTruthCsv(join(dir, "truth.csv")),
  ]);
  for (const result of [clients, patients, hdClients, hdPets, truth]) {
    expect(result.errors.slice(0, 5)).toEqual([]);
  }
  set = { clients: clients.rows, patients: patients.rows, hdClients: hdClients.rows, hdPets: hdPets.rows, truth: truth.rows };
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const byId = <T, K extends keyof T>(rows: T[], key: K) => new Map(rows.map((row) => [row[key], row]));

describe("generateTestSet: determinism", () => {
  it("writes byte-identical files for the same seed", async () => {
    const again = await generateTestSet({ clients: CLIENTS, seed: 42, outDir: join(root, "b") });
    for (const file of FILES) {
      const [a, b] = await Promise.all([readFile(join(summary.outDir, file)), readFile(join(again.outDir, file))]);
      expect(a.equals(b), file).toBe(true);
    }
    expect(again.noise).toEqual(summary.noise);
  });

  it("writes different files for a different seed", async () => {
    const other = await generateTestSet({ clients: CLIENTS, seed: 43, outDir: join(root, "c") });
    for (const file of FILES) {
      const [a, b] = await Promise.all([readFile(join(summary.outDir, file)), readFile(join(other.outDir, file))]);
      expect(a.equals(b), file).toBe(false);
    }
  });
});

describe("generateTestSet: shape", () => {
  it("reads back with zero contract errors and the counts it reports", () => {
    expect(set.clients).toHaveLength(CLIENTS);
    expect(set.patients).toHaveLength(summary.counts.patients);
    expect(set.hdClients).toHaveLength(summary.counts.homeDeliveryClients);
    expect(set.hdPets).toHaveLength(summary.counts.homeDeliveryPets);
    expect(set.truth).toHaveLength(summary.counts.trueMatches);
  });

  it("sizes home delivery at the ratio, ~10% of it truly nobody", () => {
    expect(set.hdClients).toHaveLength(CLIENTS * 0.1);
    const nobody = set.hdClients.length - set.truth.length;
    expect(nobody).toBe(summary.counts.trulyNobody);
    expect(nobody / set.hdClients.length).toBeCloseTo(0.1, 2);
    for (const kind of NOBODY_KINDS) expect(summary.nobody[kind], kind).toBeGreaterThan(0);
  });

  it("has ~1.5 patients per client, all owned by an exported client", () => {
    expect(set.patients.length / CLIENTS).toBeGreaterThan(1.35);
    expect(set.patients.length / CLIENTS).toBeLessThan(1.65);
    const clients = byId(set.clients, "client_id");
    expect(set.patients.every((p) => clients.has(p.client_id))).toBe(true);
  });

  it("links every truth row to ids present on both sides, once", () => {
    const clients = byId(set.clients, "client_id");
    const hd = byId(set.hdClients, "hd_client_id");
    for (const row of set.truth) {
      expect(hd.has(row.hd_client_id), row.hd_client_id).toBe(true);
      expect(clients.has(row.client_id), row.client_id).toBe(true);
    }
    expect(new Set(set.truth.map((r) => r.client_id)).size).toBe(set.truth.length);
  });

  it("gives every home-delivery pet an existing home-delivery client", () => {
    const hd = byId(set.hdClients, "hd_client_id");
    expect(set.hdPets.every((p) => hd.has(p.hd_client_id))).toBe(true);
  });

  it("writes phones that all normalize, in the four human formats", () => {
    const pimsPhones = set.clients.flatMap((c) => [c.home_phone, c.cell_phone, c.work_phone]).filter((p) => p !== null);
    const hdPhones = set.hdClients.map((c) => c.phone).filter((p) => p !== null);
    for (const phone of [...pimsPhones, ...hdPhones]) expect(normalizePhone(phone), phone).not.toBeNull();
    for (const format of [/^\(\d{3}\) \d{3}-\d{4}$/, /^\d{3}\.\d{3}\.\d{4}$/, /^\+1 \d{3} \d{3} \d{4}$/, /^\d{10}$/]) {
      expect(
        hdPhones.some((p) => format.test(p)),
        String(format),
      ).toBe(true);
    }
  });

  it("writes emails that all normalize", () => {
    for (const email of [...set.clients, ...set.hdClients].map((c) => c.email).filter((e) => e !== null)) {
      expect(normalizeEmail(email), email).not.toBeNull();
    }
  });

  it("uses lb, kg and the empty (default lb) weight unit, and deceased patients", () => {
    const units = new Set(set.patients.filter((p) => p.weight !== null).map((p) => p.weight_unit));
    expect(units).toEqual(new Set(["lb", "kg"]));
    expect(set.patients.some((p) => p.deceased && p.deceased_date !== null)).toBe(true);
  });
});

describe("generateTestSet: noise actually occurs", () => {
  it("counts every noise kind at least once", () => {
    for (const kind of NOISE_KINDS) expect(summary.noise[kind], kind).toBeGreaterThan(0);
  });

  const pairs = () => {
    const clients = byId(set.clients, "client_id");
    const hd = byId(set.hdClients, "hd_client_id");
    return set.truth.map((t) => ({
      pims: normalizeClient(clients.get(t.client_id)!),
      hd: normalizeHomeDeliveryClient(hd.get(t.hd_client_id)!),
      rawHd: hd.get(t.hd_client_id)!,
      rawPims: clients.get(t.client_id)!,
    }));
  };

  it("has nicknames and typos in true-match first names", () => {
    const differing = pairs().filter(({ pims, hd }) => hd.firstName !== null && hd.firstName !== pims.firstName);
    expect(differing.some(({ pims, hd }) => areNameVariants(pims.firstName, hd.firstName!))).toBe(true);
    expect(
      differing.some(
        ({ pims, hd }) =>
          !areNameVariants(pims.firstName, hd.firstName!) && Math.abs(pims.firstName.length - hd.firstName!.length) <= 1,
      ),
    ).toBe(true);
  });

  it("has case and spacing changes that normalization removes", () => {
    const ps = pairs();
    expect(ps.some(({ rawHd }) => rawHd.last_name === rawHd.last_name?.toUpperCase())).toBe(true);
    expect(ps.some(({ rawHd }) => /\s{2}/.test(rawHd.address1 ?? ""))).toBe(true);
  });

  it("has address format differences that normalize to the same street", () => {
    const same = pairs().filter(({ rawPims, rawHd }) => {
      const a = normalizeStreetAddress(rawPims.address1, rawPims.address2).line1;
      return (
        a !== null && rawHd.address1 !== rawPims.address1 && a === normalizeStreetAddress(rawHd.address1, rawHd.address2).line1
      );
    });
    expect(same.length).toBeGreaterThan(0);
  });

  it("has moved clients: other address, same email or phone", () => {
    expect(
      pairs().some(
        ({ pims, hd }) =>
          hd.address1 !== pims.address1 && hd.email !== null && hd.email === pims.email && pims.phones.includes(hd.phone ?? ""),
      ),
    ).toBe(true);
  });

  it("has email-only and phone-only overlaps", () => {
    const ps = pairs().filter(({ pims, hd }) => hd.address1 !== pims.address1);
    expect(ps.some(({ pims, hd }) => hd.email === pims.email && hd.email !== null && !pims.phones.includes(hd.phone ?? ""))).toBe(
      true,
    );
    expect(ps.some(({ pims, hd }) => hd.email !== pims.email && hd.phone !== null && pims.phones.includes(hd.phone))).toBe(true);
  });

  it("has true matches with no email or no phone", () => {
    expect(pairs().some(({ hd }) => hd.email === null)).toBe(true);
    expect(pairs().some(({ hd }) => hd.phone === null)).toBe(true);
  });

  it("has PIMS families sharing address and phone under different first names", () => {
    const households = new Map<string, Set<string>>();
    for (const client of set.clients.map(normalizeClient)) {
      if (!client.address1 || !client.homePhone) continue;
      const key = `${client.address1}|${client.address2}|${client.homePhone}`;
      households.set(key, (households.get(key) ?? new Set()).add(client.firstName));
    }
    expect([...households.values()].some((names) => names.size >= 2)).toBe(true);
  });

  it("has two John Smiths in different towns", () => {
    const johns = set.clients.filter((c) => c.first_name === "John" && c.last_name === "Smith");
    expect(new Set(johns.map((c) => c.city)).size).toBeGreaterThanOrEqual(2);
  });

  it("has renamed pets and pets that died", () => {
    const hdByClient = new Map<string, string[]>();
    for (const pet of set.hdPets) hdByClient.set(pet.hd_client_id, [...(hdByClient.get(pet.hd_client_id) ?? []), pet.name ?? ""]);
    const pimsNames = new Map<string, Set<string>>();
    for (const p of set.patients) pimsNames.set(p.client_id, (pimsNames.get(p.client_id) ?? new Set()).add(p.name.toLowerCase()));
    const renamed = set.truth.some((t) =>
      (hdByClient.get(t.hd_client_id) ?? []).some((name) => !(pimsNames.get(t.client_id)?.has(name.toLowerCase()) ?? false)),
    );
    expect(renamed).toBe(true);
    expect(summary.noise.deceased_pet).toBeGreaterThan(0);
  });

  it("has confusable nobodies: namesakes and people sharing a PIMS client's phone", () => {
    const inTruth = new Set(set.truth.map((t) => t.hd_client_id));
    const nobodies = set.hdClients.filter((c) => !inTruth.has(c.hd_client_id)).map(normalizeHomeDeliveryClient);
    const names = new Set(set.clients.map((c) => `${normalizeFirstName(c.first_name)}|${c.last_name}`));
    const phones = new Set(set.clients.flatMap((c) => normalizeClient(c).phones));
    expect(nobodies.some((n) => names.has(`${n.firstName}|${n.lastName}`))).toBe(true);
    expect(nobodies.some((n) => n.phone !== null && phones.has(n.phone))).toBe(true);
  });
});

describe("generateTestSet: options", () => {
  it("honours hdRatio", async () => {
    const small = await generateTestSet({ clients: 500, seed: 1, outDir: join(root, "ratio"), hdRatio: 0.3 });
    expect(small.counts.homeDeliveryClients).toBe(150);
    expect(small.counts.trulyNobody).toBe(15);
  });

  it("works for a tiny set", async () => {
    const tiny = await generateTestSet({ clients: 1, seed: 0, outDir: join(root, "tiny") });
    expect(tiny.counts).toMatchObject({ clients: 1, homeDeliveryClients: 1, trueMatches: 1, trulyNobody: 0 });
  });

  it.each([
    [{ clients: 0 }, "clients must be a positive integer (got 0)"],
    [{ clients: 2.5 }, "clients must be a positive integer (got 2.5)"],
    [{ seed: 1.5 }, "seed must be an integer (got 1.5)"],
    [{ hdRatio: 0 }, "hdRatio must be in (0, 1] (got 0)"],
    [{ hdRatio: 1.5 }, "hdRatio must be in (0, 1] (got 1.5)"],
    [{ asOf: "2025-02-30" }, "asOf must be a YYYY-MM-DD date (got 2025-02-30)"],
  ])("rejects %j", (override, message) => {
    expect(() => validateGenerateOptions({ clients: 10, seed: 1, outDir: "/tmp/x", ...override })).toThrow(message);
  });
});
