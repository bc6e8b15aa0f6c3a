// The merge screens' reads on the real PostgreSQL: counts, the queue in score order with its
// neighbours, one pair with the engine's per-field verdicts and pets, the merged, unmatched and
// rejected lists, and the board's "to review" badge, before and after staff decisions.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEFAULT_FILTERS } from "@/lib/board/filters";
import { listBoardCards, listTablePractices } from "@/lib/board/queries";
import { makeWorld } from "@/tests/factories";
import { REVIEW_HD, REVIEW_PIMS, seedPeople } from "@/tests/merge-data";
import { mergePair, rejectPair, unmerge } from "../decisions";
import {
  firstInQueue,
  getMergeCounts,
  getPairView,
  listMergedLinks,
  listRejectedPairs,
  listReviewQueue,
  listUnmatchedClients,
} from "./queries";
import { runMatching } from "../run-matching";

async function matchedPractice() {
  const world = await makeWorld();
  await seedPeople(world.practice.id, REVIEW_PIMS, REVIEW_HD);
  await runMatching(world.practice.id);
  return world;
}

describe("merge review queries", () => {
  it("count, order and show the queue, and follow staff decisions", async () => {
    const { practice, staff } = await matchedPractice();
    const id = practice.id;
    expect(await getMergeCounts(id)).toEqual({
      homeDeliveryClients: 5,
      mergedAuto: 2,
      mergedStaff: 0,
      review: 2,
      unmatched: 1,
      rejected: 0,
      decidedByStaff: 0,
    });

    const queue = await listReviewQueue(id, 1);
    expect(queue.total).toBe(2);
    // Highest score first: JOAN against JOHN at the family's address (a typo or a relative,
    // 0.889) before the namesake in the ZIP (0.8).
    expect(queue.rows.map((r) => [r.hdClientId, r.pimsClientId])).toEqual([
      ["H2", "P2"],
      ["H3", "P3"],
    ]);
    expect(queue.rows[0].score).toBeGreaterThan(queue.rows[1].score);
    expect(queue.rows[0]).toMatchObject({ hdName: "Joan Okafor", pimsName: "John Okafor" });
    expect(await firstInQueue(id)).toBe("H2");

    // One pair: the engine's verdicts per field, the pets a merge would link, its queue place.
    const pair = await getPairView(id, "H2");
    expect(pair).toMatchObject({
      decision: "REVIEW",
      pimsClientId: "P2",
      queue: { position: 1, total: 2, nextHdId: "H3", previousHdId: "H3" },
    });
    const level = (field: string) => pair!.fields.find((f) => f.field === field);
    expect(level("firstName")).toMatchObject({
      hd: "Joan",
      pims: "John",
      level: "partial",
      detail: "one letter apart, but both are real names: possibly another person",
    });
    expect(level("lastName")).toMatchObject({ level: "agree" });
    expect(level("street")).toMatchObject({ hd: "77 SE OAK AVE", level: "agree" });
    expect(level("zip")).toMatchObject({ level: "agree" });
    expect(level("phone")).toMatchObject({ level: "missing" });
    expect(level("city")).toMatchObject({ level: "not_scored" });
    expect(level("pets")).toMatchObject({ hd: "Luna, Max", pims: "Luna", level: "agree" });
    expect(pair!.pets.map((p) => [p.hd?.id ?? null, p.pims?.id ?? null, p.outcome])).toEqual([
      ["HP2", "PP3", "linked"],
      ["HP3", null, "alone"],
    ]);
    // The last item's "next" wraps to the top, so skipped pairs come round again.
    expect((await getPairView(id, "H3"))!.queue).toMatchObject({ position: 2, nextHdId: "H2", previousHdId: "H2" });
    // A merged pair has no queue place; an HD client without a link has no pair.
    expect((await getPairView(id, "H1"))!.queue).toBeNull();
    expect(await getPairView(id, "H4")).toBeNull();

    // Unmatched clients keep every pet; merged links say who merged them and their pets.
    const unmatched = await listUnmatchedClients(id, { page: 1, q: "" });
    expect(unmatched.rows.map((r) => [r.hdClientId, r.pets.map((p) => p.name)])).toEqual([["H4", ["Pickles"]]]);
    expect((await listUnmatchedClients(id, { page: 1, q: "nobody-like-this" })).total).toBe(0);
    const merged = await listMergedLinks(id, { page: 1, by: "all", q: "" });
    expect(merged.rows.map((r) => r.hdClientId).sort()).toEqual(["H1", "H6"]);
    const maria = merged.rows.find((r) => r.hdClientId === "H1")!;
    expect(maria).toMatchObject({ decidedBy: "engine", reviewer: null, petLinks: 1, unlinkedPets: 1, rule: "email" });

    // Staff merge H2 and reject H3: the queue empties, the counts follow.
    expect(await mergePair(staff, id, "H2", "P2", "called the client")).toBe("done");
    expect(await rejectPair(staff, id, "H3", "P3", "different John")).toBe("done");
    expect(await getMergeCounts(id)).toEqual({
      homeDeliveryClients: 5,
      mergedAuto: 2,
      mergedStaff: 1,
      review: 0,
      unmatched: 2,
      rejected: 1,
      decidedByStaff: 2,
    });
    expect(await firstInQueue(id)).toBeNull();
    const byStaff = await listMergedLinks(id, { page: 1, by: "staff", q: "" });
    expect(byStaff.rows).toMatchObject([{ hdClientId: "H2", reviewer: staff.label, petLinks: 1, unlinkedPets: 1 }]);
    expect((await listMergedLinks(id, { page: 1, by: "auto", q: "garc" })).rows.map((r) => r.hdClientId)).toEqual(["H1"]);
    expect((await listRejectedPairs(id, { page: 1, q: "" })).rows).toMatchObject([
      { hdClientId: "H3", pimsClientId: "P3", reviewer: staff.label, note: "different John" },
    ]);

    // Unmerge: the pair leaves the merged list and is remembered as rejected.
    expect(await unmerge(staff, id, "H1", "wrong Maria")).toBe("done");
    expect(await getMergeCounts(id)).toMatchObject({ mergedAuto: 1, unmatched: 3, rejected: 2 });
    expect(
      (await listUnmatchedClients(id, { page: 1, q: "maria" })).rows.map((r) => [r.hdClientId, r.pets.map((p) => p.name).sort()]),
    ).toEqual([["H1", ["Goldie", "Rex"]]]);
  });

  it("puts the number of pairs to review on the board's cards and table rows", async () => {
    const { practice } = await matchedPractice();
    await db.practice.update({ where: { id: practice.id }, data: { status: "LIVE", name: `AAA Review Badge ${practice.id}` } });
    const columns = await listBoardCards(100_000);
    expect(columns.LIVE.find((c) => c.id === practice.id)?.reviewCount).toBe(2);
    const table = await listTablePractices(
      { ...DEFAULT_FILTERS, status: ["LIVE"], q: `AAA Review Badge ${practice.id}`, sort: "name" },
      new Date(),
    );
    expect(table.rows.map((r) => [r.id, r.reviewCount])).toEqual([[practice.id, 2]]);
    const other = await makeWorld();
    expect((await listBoardCards(100_000))[other.practice.status].find((c) => c.id === other.practice.id)?.reviewCount).toBe(0);
  });
});
