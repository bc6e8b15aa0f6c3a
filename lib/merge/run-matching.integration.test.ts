// Matching on the real PostgreSQL: a small hand-made practice through runMatching, the staff
// decisions (one-to-one, reject, unmerge) and the links.csv export.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@/cli/commands/program";
import { db } from "@/lib/db/client";
import { makeWorld } from "@/tests/factories";
import { seedPeople as seed, type Person } from "@/tests/merge-data";
import { mergePair, rejectPair, unmerge } from "./decisions";
import { runMatching } from "./run-matching";

const PIMS: Person[] = [
  {
    id: "P1",
    first: "Maria",
    last: "Garcia",
    address1: "12 N MAIN ST",
    phone: "+15035550101",
    email: "maria@example.com",
    pets: [
      { id: "PP1", name: "Rex", species: "Canine", birthDate: "2019-04-02" },
      { id: "PP2", name: "Tom", species: "Feline" },
    ],
  },
  { id: "P2", first: "John", last: "Okafor", address1: "77 SE OAK AVE", zip: "97202" },
  {
    id: "P3",
    first: "Robert",
    last: "Lee",
    address1: "5 ELM ST",
    zip: "97203",
    phone: "+15035550103",
    pets: [{ id: "PP3", name: "Bella", species: "Canine" }],
  },
  {
    id: "P4",
    first: "Alice",
    last: "Nguyen",
    address1: "900 PINE ST",
    zip: "97204",
    phone: "+15035550104",
    email: "alice@example.com",
  },
  { id: "P5", first: "Thomas", last: "Brown", address1: "3 BIRCH LN", zip: "97205", phone: "+15035550105" },
];
const HD: Person[] = [
  // Same person, nickname-free: merged, with pets linked and one HD pet left unlinked.
  {
    id: "H1",
    first: "Maria",
    last: "Garcia",
    address1: "12 N MAIN ST",
    phone: "+15035550101",
    email: "maria@example.com",
    pets: [
      { id: "HP1", name: "Rex", species: "Canine", birthDate: "2019-04-02" },
      { id: "HP9", name: "Goldie", species: "Fish" },
    ],
  },
  // Same household, a real first name one letter off (JOHN/JOAN): a person decides.
  { id: "H2", first: "Joan", last: "Okafor", address1: "77 SE OAK AVE", zip: "97202" },
  // Family member at Robert's address with Robert's phone: a different person.
  { id: "H3", first: "Susan", last: "Lee", address1: "5 ELM ST", zip: "97203", phone: "+15035550103" },
  // Nobody in the PIMS.
  { id: "H4", first: "Zed", last: "Quixote", address1: "1 NOWHERE RD", zip: "99999" },
  // Alice, decided by staff (below) before the engine runs.
  {
    id: "H5",
    first: "Alice",
    last: "Nguyen",
    address1: "900 PINE ST",
    zip: "97204",
    phone: "+15035550104",
    email: "alice@example.com",
  },
];

async function practiceWithData() {
  const world = await makeWorld();
  await seed(world.practice.id, PIMS, HD);
  return world;
}

const linkOf = (practiceId: string, hdClientId: string) =>
  db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId } } });

describe("runMatching", () => {
  it("merges, queues for review, leaves strangers and family members unmerged, and honours staff decisions", async () => {
    const { practice, staff } = await practiceWithData();
    const practiceId = practice.id;
    // Staff decided H5 first: H5 with P5 (a person's call the engine must not overwrite).
    expect(await mergePair(staff, practiceId, "H5", "P5", "called the client")).toBe("done");

    const first = await runMatching(practiceId);
    expect(first).toMatchObject({ skipped: false, hdClients: 5, pimsClients: 5, alreadyDecided: 1 });

    const h1 = await linkOf(practiceId, "H1");
    expect(h1).toMatchObject({ pimsClientId: "P1", decision: "MERGED", decidedBy: "engine" });
    expect(h1!.score).toBeGreaterThanOrEqual(0.9);
    expect(h1!.evidence).toMatchObject({
      rule: expect.any(String),
      fields: expect.objectContaining({ email: "agree" }),
      unlinkedHdPets: ["HP9"],
      unlinkedPimsPets: ["PP2"],
    });
    expect(
      await db.petLink.findMany({ where: { practiceId, hdClientId: "H1" }, select: { hdPetId: true, pimsPatientId: true } }),
    ).toEqual([{ hdPetId: "HP1", pimsPatientId: "PP1" }]);

    const h2 = await linkOf(practiceId, "H2");
    expect(h2).toMatchObject({ pimsClientId: "P2", decision: "REVIEW", decidedBy: "engine" });
    expect(await db.petLink.count({ where: { practiceId, hdClientId: "H2" } })).toBe(0);

    expect((await linkOf(practiceId, "H3"))?.decision).not.toBe("MERGED");
    expect(await linkOf(practiceId, "H4")).toBeNull();
    expect(await linkOf(practiceId, "H5")).toMatchObject({ pimsClientId: "P5", decision: "MERGED", decidedBy: staff.id });

    const events = await db.mergeEvent.findMany({ where: { practiceId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => `${e.hdClientId}:${e.action}`)).toEqual(
      expect.arrayContaining(["H5:merged_by_staff", "H1:auto_merged", "H2:queued_for_review"]),
    );

    // A second run changes nothing and records nothing.
    const again = await runMatching(practiceId);
    expect(again).toMatchObject({ newlyMerged: 0, newlyQueued: 0, reviewWithdrawn: 0, alreadyDecided: 2 });
    expect(await db.mergeEvent.count({ where: { practiceId } })).toBe(events.length);
    // Nothing new since: the worker's run is skipped.
    expect((await runMatching(practiceId, { onlyNewPims: true })).skipped).toBe(true);

    // "Not the same person": the review link goes and the pair is never proposed again.
    expect(await rejectPair(staff, practiceId, "H2", "P2", "different person")).toBe("done");
    expect(await rejectPair(staff, practiceId, "H2", "P2", "different person")).toBe("unchanged");
    expect(await linkOf(practiceId, "H2")).toBeNull();
    await runMatching(practiceId);
    expect((await linkOf(practiceId, "H2"))?.pimsClientId ?? null).not.toBe("P2");
    expect(await db.rejectedPair.count({ where: { practiceId, hdClientId: "H2", pimsClientId: "P2" } })).toBe(1);
  });

  it("sends a candidate whose PIMS client is already merged elsewhere to review, never a second merge", async () => {
    const { practice, staff } = await practiceWithData();
    const practiceId = practice.id;
    // Staff merged Maria's PIMS record with someone else; the engine must not merge H1 to it.
    expect(await mergePair(staff, practiceId, "H4", "P1")).toBe("done");
    await runMatching(practiceId);
    expect(await linkOf(practiceId, "H1")).toMatchObject({ pimsClientId: "P1", decision: "REVIEW" });
    expect(await db.clientLink.count({ where: { practiceId, pimsClientId: "P1", decision: "MERGED" } })).toBe(1);
  });
});

describe("staff decisions", () => {
  it("keep merges one-to-one with clear refusals, and double submits are harmless", async () => {
    const { practice, staff } = await practiceWithData();
    const practiceId = practice.id;
    await runMatching(practiceId); // H1 -> P1 merged
    await expect(mergePair(staff, practiceId, "H4", "P1")).rejects.toThrow(
      "PIMS client P1 is already merged with home-delivery client H1",
    );
    await expect(mergePair(staff, practiceId, "H1", "P4")).rejects.toThrow(
      "Home-delivery client H1 is already merged with PIMS client P1",
    );
    expect(await mergePair(staff, practiceId, "H1", "P1")).toBe("unchanged");
    await expect(mergePair(staff, practiceId, "H1", "NOPE")).rejects.toThrow("PIMS client not found");
    // A review candidate approved by staff becomes a staff merge.
    expect(await mergePair(staff, practiceId, "H2", "P2")).toBe("done");
    expect(await linkOf(practiceId, "H2")).toMatchObject({ decision: "MERGED", pimsClientId: "P2", decidedBy: staff.id });
  });

  it("unmerge removes the link and pet links, leaves both records exactly as before, and is not re-merged by the engine", async () => {
    const { practice, staff } = await practiceWithData();
    const practiceId = practice.id;
    const snapshot = async () => ({
      hd: await db.homeDeliveryClient.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId: "H1" } } }),
      hdPets: await db.homeDeliveryPet.findMany({ where: { practiceId, hdClientId: "H1" }, orderBy: { hdPetId: "asc" } }),
      pims: await db.pimsClient.findUnique({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } }),
      patients: await db.pimsPatient.findMany({ where: { practiceId, clientPimsId: "P1" }, orderBy: { pimsId: "asc" } }),
    });
    const before = await snapshot();
    await runMatching(practiceId);
    expect((await linkOf(practiceId, "H1"))?.decision).toBe("MERGED");
    expect(await unmerge(staff, practiceId, "H1", "wrong person")).toBe("done");
    expect(await unmerge(staff, practiceId, "H1")).toBe("unchanged");
    expect(await linkOf(practiceId, "H1")).toBeNull();
    expect(await db.petLink.count({ where: { practiceId, hdClientId: "H1" } })).toBe(0);
    expect(await snapshot()).toEqual(before);
    const last = await db.mergeEvent.findFirst({ where: { practiceId, hdClientId: "H1" }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "unmerged", pimsClientId: "P1", actor: staff.id, note: "wrong person" });
    await runMatching(practiceId);
    expect((await linkOf(practiceId, "H1"))?.decision ?? null).not.toBe("MERGED");
  });

  it("need the practice:edit permission", async () => {
    const { practice, partnerActor } = await practiceWithData();
    const viewer = { ...partnerActor, roles: [] };
    await expect(mergePair(viewer, practice.id, "H1", "P1")).rejects.toThrow("Your role may not do that.");
  });
});

describe("pims-link export-links", () => {
  it("writes one contract row per home-delivery client", async () => {
    const { practice } = await practiceWithData();
    await runMatching(practice.id);
    const dir = await mkdtemp(join(tmpdir(), "links-"));
    try {
      const out = join(dir, "links.csv");
      let err = "";
      const code = await runCli(["export-links", "--practice", practice.slug, "--out", out], {
        writeOut: () => undefined,
        writeErr: (s) => (err += s),
      });
      expect(err.replace(/^database: .*\n/m, "")).toBe(""); // the CLI names its database on stderr
      expect(code).toBe(0);
      const lines = (await readFile(out, "utf8")).trim().split(/\r?\n/);
      expect(lines[0]).toBe("hd_client_id,client_id,decision,score");
      expect(lines).toHaveLength(1 + HD.length);
      const rows = Object.fromEntries(
        lines
          .slice(1)
          .map((l) => l.split(","))
          .map(([hd, client, decision, score]) => [hd, { client, decision, score: Number(score) }]),
      );
      expect(rows.H1).toMatchObject({ client: "P1", decision: "merged" });
      expect(rows.H2).toMatchObject({ client: "P2", decision: "review" });
      expect(rows.H4).toEqual({ client: "", decision: "unmatched", score: 0 });
      for (const row of Object.values(rows)) {
        expect(row.score).toBeGreaterThanOrEqual(0);
        expect(row.score).toBeLessThanOrEqual(1);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
