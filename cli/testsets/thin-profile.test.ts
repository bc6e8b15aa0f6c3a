import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readClientsCsv, readHomeDeliveryClientsCsv, readTruthCsv } from "@/lib/contracts";
import { generateTestSet, validateGenerateOptions, type TestSetSummary } from "./generate";
import { THIN_KINDS } from "./thin-profile";

let root: string;
let normal: TestSetSummary;
let thin: TestSetSummary;
let sparse: TestSetSummary;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "pims-link-thin-"));
  [normal, thin, sparse] = await Promise.all([
    generateTestSet({ clients: 3000, seed: 5, outDir: join(root, "normal") }),
    generateTestSet({ clients: 3000, seed: 5, outDir: join(root, "thin"), profile: "thin" }),
    generateTestSet({ clients: 3000, seed: 5, outDir: join(root, "sparse"), profile: "thin", blankShare: 1 }),
  ]);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("generateTestSet: thin profile", () => {
  it("has the normal set's shape (clients, true matches, nobodies), and says what it changed", async () => {
    expect(thin.counts.clients).toBe(normal.counts.clients);
    expect(thin.counts.trueMatches).toBe(normal.counts.trueMatches);
    expect(thin.counts.trulyNobody).toBe(normal.counts.trulyNobody);
    expect(normal.thin).toBeUndefined();
    for (const kind of THIN_KINDS) expect(thin.thin?.[kind], kind).toBeGreaterThan(0);
  });

  it("blanks phones and emails for the configured share, on both sides", async () => {
    const pims = (await readClientsCsv(sparse.files.clients)).rows;
    const hd = (await readHomeDeliveryClientsCsv(sparse.files.homeDeliveryClients)).rows;
    expect(pims.every((c) => !c.home_phone && !c.cell_phone && !c.work_phone && !c.email)).toBe(true);
    expect(hd.every((c) => !c.phone && !c.email)).toBe(true);
    expect(sparse.counts.homeDeliveryPets).toBe(0);
    const thinHd = (await readHomeDeliveryClientsCsv(thin.files.homeDeliveryClients)).rows;
    const blankPhones = thinHd.filter((c) => !c.phone).length / thinHd.length;
    expect(blankPhones).toBeGreaterThan(0.4);
    expect(blankPhones).toBeLessThan(0.95);
  });

  it("swaps names for some true matches", async () => {
    const pims = new Map((await readClientsCsv(thin.files.clients)).rows.map((c) => [c.client_id, c]));
    const hd = new Map((await readHomeDeliveryClientsCsv(thin.files.homeDeliveryClients)).rows.map((c) => [c.hd_client_id, c]));
    const truth = (await readTruthCsv(thin.files.truth)).rows;
    const swapped = truth.filter((t) => {
      const [h, p] = [hd.get(t.hd_client_id)!, pims.get(t.client_id)!];
      return (
        (h.first_name ?? "").toLowerCase() === (p.last_name ?? "").toLowerCase() &&
        (h.last_name ?? "").toLowerCase() === (p.first_name ?? "").toLowerCase()
      );
    });
    expect(swapped.length).toBeGreaterThan(0);
  });

  it("refuses an unknown profile and a blank share outside [0, 1]", () => {
    expect(() => validateGenerateOptions({ clients: 10, seed: 1, outDir: root, profile: "sparse" as never })).toThrow(/profile/);
    expect(() => validateGenerateOptions({ clients: 10, seed: 1, outDir: root, profile: "thin", blankShare: 1.5 })).toThrow(
      /blankShare/,
    );
  });
});
