// The board's queries on the real PostgreSQL: counts per status, urgency order of the cards,
// and the table's filters, sort and paging working together. Other test files leave practices
// behind in the same database, so counts are compared before/after and table queries are
// scoped to a partner of this file's own.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { clockState } from "@/lib/format/deadline";
import type { Status } from "@/lib/onboarding/journey";
import { makeUser, uid } from "@/tests/factories";
import { DEFAULT_FILTERS, PAGE_SIZE, UNASSIGNED, type BoardTableFilters } from "./filters";
import { countPracticesByStatus, listBoardCards, listTablePractices } from "./queries";

const HOUR = 3_600_000;
// Pinned far in the past, so this file's practices are the oldest (most urgent) in the database.
const NOW = new Date("2001-03-10T12:00:00Z");
// Earlier still, for the ordering test: its practices must come before every other one.
const EARLIER = new Date("1990-03-10T12:00:00Z");
const hoursFrom = (base: Date, h: number) => new Date(base.getTime() + h * HOUR);

type Seed = {
  name: string;
  status: Status;
  enteredHoursAgo: number;
  dueInHours?: number;
  city?: string;
  clients?: number;
  ownerId?: string | null;
};

async function seedPractices(partnerId: string, seeds: Seed[], now = NOW) {
  const tag = uid();
  await db.practice.createMany({
    data: seeds.map((s, i) => ({
      slug: `board-${tag}-${i}`,
      name: s.name,
      address1: "1 Main St",
      city: s.city ?? "Portland",
      state: "OR",
      postalCode: "97201",
      phone: "(503) 555-0100",
      timeZone: "America/Los_Angeles",
      pimsVersion: "9.5",
      approxClients: s.clients ?? 1000 + i,
      partnerId,
      ownerId: s.ownerId ?? null,
      status: s.status,
      statusChangedAt: hoursFrom(now, -s.enteredHoursAgo),
      dueAt: s.dueInHours === undefined ? null : hoursFrom(now, s.dueInHours),
    })),
  });
  const rows = await db.practice.findMany({ where: { slug: { startsWith: `board-${tag}-` } }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

const tableFor = (partnerId: string, filters: Partial<BoardTableFilters>) =>
  listTablePractices({ ...DEFAULT_FILTERS, partnerId, ...filters }, NOW);

describe("queue board counts and cards", () => {
  it("counts every status, and the late and due-soon practices, in one grouped query", async () => {
    const before = await countPracticesByStatus(NOW);
    const partner = await db.partner.create({ data: { name: `Board partner ${uid()}` } });
    await seedPractices(partner.id, [
      { name: "q-late", status: "QUEUED", enteredHoursAgo: 50, dueInHours: -2 },
      { name: "q-soon", status: "QUEUED", enteredHoursAgo: 40, dueInHours: 8 },
      { name: "q-edge", status: "QUEUED", enteredHoursAgo: 36, dueInHours: 12 },
      { name: "q-ok", status: "QUEUED", enteredHoursAgo: 2, dueInHours: 46 },
      { name: "d-late", status: "DETAILS_COMPLETE", enteredHoursAgo: 30, dueInHours: -6 },
      { name: "hold", status: "ON_HOLD", enteredHoursAgo: 100 },
      { name: "live", status: "LIVE", enteredHoursAgo: 1000 },
    ]);
    const after = await countPracticesByStatus(NOW);
    const delta = (s: Status) => ({
      total: after[s].total - before[s].total,
      late: after[s].late - before[s].late,
      dueSoon: after[s].dueSoon - before[s].dueSoon,
    });
    expect(delta("QUEUED")).toEqual({ total: 4, late: 1, dueSoon: 2 });
    expect(delta("DETAILS_COMPLETE")).toEqual({ total: 1, late: 1, dueSoon: 0 });
    expect(delta("ON_HOLD")).toEqual({ total: 1, late: 0, dueSoon: 0 });
    expect(delta("LIVE")).toEqual({ total: 1, late: 0, dueSoon: 0 });
    expect(delta("CANCELLED")).toEqual({ total: 0, late: 0, dueSoon: 0 });
    // The same numbers as the clock the cards show.
    expect(clockState(hoursFrom(NOW, 12), NOW)).toBe("due_soon");
  });

  it("lists late first, then due soon, then on time, then the oldest; at most N per column", async () => {
    const partner = await db.partner.create({ data: { name: `Board partner ${uid()}` } });
    const owner = await makeUser("STAFF", { name: "Olive Owner" });
    const ids = await seedPractices(
      partner.id,
      [
        { name: "on-time", status: "QUEUED", enteredHoursAgo: 18, dueInHours: 30 },
        { name: "late-by-1h", status: "QUEUED", enteredHoursAgo: 49, dueInHours: -1 },
        { name: "due-in-3h", status: "QUEUED", enteredHoursAgo: 45, dueInHours: 3 },
        { name: "late-by-9h", status: "QUEUED", enteredHoursAgo: 57, dueInHours: -9, ownerId: owner.id },
        // Invited has a business-day limit: both are long past it, the oldest the most.
        { name: "invited-newer", status: "INVITED", enteredHoursAgo: 250, dueInHours: -100 },
        { name: "invited-oldest", status: "INVITED", enteredHoursAgo: 300, dueInHours: -180 },
      ],
      EARLIER,
    );
    const columns = await listBoardCards(3);
    expect(columns.QUEUED.map((c) => c.name)).toEqual(["late-by-9h", "late-by-1h", "due-in-3h"]);
    expect(columns.QUEUED.map((c) => clockState(c.dueAt, EARLIER))).toEqual(["late", "late", "due_soon"]);
    expect(columns.INVITED.slice(0, 2).map((c) => c.id)).toEqual([ids["invited-oldest"], ids["invited-newer"]]);
    expect(columns.QUEUED[0]).toMatchObject({
      id: ids["late-by-9h"],
      ownerName: "Olive Owner",
      partnerName: partner.name,
      city: "Portland",
      status: "QUEUED",
    });
    expect(columns.QUEUED[1].ownerName).toBeNull();
    expect(columns.QUEUED[0].statusChangedAt).toEqual(hoursFrom(EARLIER, -57));
    const fourPerColumn = await listBoardCards(4);
    expect(fourPerColumn.QUEUED.map((c) => c.name)).toEqual(["late-by-9h", "late-by-1h", "due-in-3h", "on-time"]);
    for (const cards of Object.values(columns)) expect(cards.length).toBeLessThanOrEqual(3);
  });
});

describe("board table", () => {
  let partnerId: string;
  let ownerId: string;

  beforeAll(async () => {
    partnerId = (await db.partner.create({ data: { name: `Table partner ${uid()}` } })).id;
    ownerId = (await makeUser("STAFF")).id;
    // 60 late Queued practices (more than a page), plus a few others to filter out.
    const late = Array.from({ length: 60 }, (_, i): Seed => ({
      name: `Late Queued ${String(i).padStart(2, "0")}`,
      status: "QUEUED",
      enteredHoursAgo: 100 + i,
      dueInHours: -(52 + i),
      ownerId: i % 2 ? ownerId : null,
      clients: 500 + i * 10,
    }));
    await seedPractices(partnerId, [
      ...late,
      { name: "Queued On Time", status: "QUEUED", enteredHoursAgo: 1, dueInHours: 47, city: "Salem" },
      { name: "Riverside Invited", status: "INVITED", enteredHoursAgo: 5, city: "Bend" },
      { name: "Oak Hill Live", status: "LIVE", enteredHoursAgo: 500, city: "Riverside", clients: 12000 },
    ]);
  });

  it("combines status, late only and the due sort, paged 50 at a time", async () => {
    const page1 = await tableFor(partnerId, { status: ["QUEUED"], lateOnly: true, sort: "due", dir: "asc" });
    expect(page1.total).toBe(60);
    expect(page1.pageCount).toBe(2);
    expect(page1.rows).toHaveLength(PAGE_SIZE);
    expect(page1.rows[0].name).toBe("Late Queued 59"); // the latest deadline passed first
    const page2 = await tableFor(partnerId, { status: ["QUEUED"], lateOnly: true, sort: "due", dir: "asc", page: 2 });
    expect(page2.rows.map((r) => r.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Late Queued ${String(9 - i).padStart(2, "0")}`),
    );
    const seen = new Set([...page1.rows, ...page2.rows].map((r) => r.id));
    expect(seen.size).toBe(60);
  });

  it("filters by owner, by unassigned, and by several statuses at once", async () => {
    expect((await tableFor(partnerId, { ownerId })).total).toBe(30);
    expect((await tableFor(partnerId, { ownerId: UNASSIGNED, status: ["QUEUED"] })).total).toBe(31);
    const two = await tableFor(partnerId, { status: ["INVITED", "LIVE"], sort: "name", dir: "asc" });
    expect(two.rows.map((r) => r.name)).toEqual(["Oak Hill Live", "Riverside Invited"]);
  });

  it("searches name, city and slug without caring about case", async () => {
    const byText = await tableFor(partnerId, { q: "RIVERSIDE", sort: "name", dir: "asc" });
    expect(byText.rows.map((r) => r.name)).toEqual(["Oak Hill Live", "Riverside Invited"]); // city, then name
    const bySlug = await tableFor(partnerId, { q: "board-" });
    expect(bySlug.total).toBe(63);
    expect((await tableFor(partnerId, { q: "nothing like this" })).total).toBe(0);
  });

  it("sorts by clients, age and status in both directions, with no-limit practices last on due", async () => {
    expect((await tableFor(partnerId, { sort: "clients", dir: "desc" })).rows[0].name).toBe("Oak Hill Live");
    expect((await tableFor(partnerId, { sort: "age", dir: "desc" })).rows[0].name).toBe("Oak Hill Live");
    expect((await tableFor(partnerId, { sort: "age", dir: "asc" })).rows[0].name).toBe("Queued On Time");
    const byStatus = await tableFor(partnerId, { sort: "status", dir: "desc", page: 1 });
    expect(byStatus.rows.slice(0, 2).map((r) => r.status)).toEqual(["LIVE", "INVITED"]);
    const dueDesc = await tableFor(partnerId, { sort: "due", dir: "desc", page: 2 });
    expect(dueDesc.rows.slice(-2).map((r) => r.dueAt)).toEqual([null, null]);
    expect(dueDesc.rows.at(-3)?.name).toBe("Late Queued 59");
  });

  it("returns no rows but the true total for a page past the end", async () => {
    const past = await tableFor(partnerId, { page: 9 });
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(63);
    expect(past.pageCount).toBe(2);
  });
});
