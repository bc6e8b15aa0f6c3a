// The merge screens' server actions on the real PostgreSQL. Only the two pieces of Next's
// request runtime are stood in for: who is signed in (the session cookie) and the page cache.
// Checks input validation, staff-only and practice scoping, and that each action decides.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeUser, makeWorld } from "@/tests/factories";
import { REVIEW_HD, REVIEW_PIMS, seedPeople } from "@/tests/merge-data";
import { runMatching } from "./run-matching";

const session = vi.hoisted(() => ({
  user: null as null | {
    id: string;
    name: string | null;
    email: string;
    role: "STAFF" | "PARTNER" | "PRACTICE";
    partnerId: string | null;
    phone: string | null;
  },
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { mergePairAction, rejectPairAction, unmergeAction } = await import("./actions");

const signIn = (user: {
  id: string;
  name: string | null;
  email: string;
  role: "STAFF" | "PARTNER" | "PRACTICE";
  partnerId: string | null;
}) => {
  session.user = { ...user, phone: null };
};

describe("merge actions", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("let staff merge, reject and unmerge, with the decision recorded", async () => {
    const { practice, staffUser } = await makeWorld();
    await seedPeople(practice.id, REVIEW_PIMS, REVIEW_HD);
    await runMatching(practice.id);
    signIn(staffUser);

    expect(
      await mergePairAction({ practiceId: practice.id, hdClientId: "H2", pimsClientId: "P2", note: "  confirmed by phone  " }),
    ).toMatchObject({ ok: true, message: expect.stringContaining("Merged") });
    expect(
      await db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId: practice.id, hdClientId: "H2" } } }),
    ).toMatchObject({ decision: "MERGED", decidedBy: staffUser.id });
    expect(
      await db.mergeEvent.findFirst({ where: { practiceId: practice.id, hdClientId: "H2", action: "merged_by_staff" } }),
    ).toMatchObject({ actor: staffUser.id, note: "confirmed by phone" });

    expect(await rejectPairAction({ practiceId: practice.id, hdClientId: "H3", pimsClientId: "P3" })).toMatchObject({
      ok: true,
      message: expect.stringContaining("will not be proposed again"),
    });
    expect(await db.rejectedPair.count({ where: { practiceId: practice.id, hdClientId: "H3", pimsClientId: "P3" } })).toBe(1);

    expect(await unmergeAction({ practiceId: practice.id, hdClientId: "H1", note: "" })).toMatchObject({
      ok: true,
      message: expect.stringContaining("Unmerged"),
    });
    expect(await db.clientLink.count({ where: { practiceId: practice.id, hdClientId: "H1" } })).toBe(0);
    // A refusal from the decision comes back as the form's error.
    expect(await mergePairAction({ practiceId: practice.id, hdClientId: "H4", pimsClientId: "P2" })).toEqual({
      ok: false,
      error: expect.stringContaining("PIMS client P2 is already merged with home-delivery client H2"),
      fieldErrors: undefined,
    });
  });

  it("refuse bad input, people who are not staff, other practices and signed-out callers", async () => {
    const { practice, partnerUser, primaryUser, staffUser } = await makeWorld();
    // Live, so its partner and contacts can see the practice: they are refused for their role.
    await db.practice.update({ where: { id: practice.id }, data: { status: "LIVE" } });
    await seedPeople(practice.id, REVIEW_PIMS, REVIEW_HD);
    await runMatching(practice.id);
    const pair = { practiceId: practice.id, hdClientId: "H2", pimsClientId: "P2" };

    expect(await mergePairAction(pair)).toEqual({ ok: false, error: "Your session has ended. Please sign in again." });

    signIn(staffUser);
    const bad = await mergePairAction({ ...pair, hdClientId: "", note: "x".repeat(501) });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { hdClientId: ["Home-delivery client is missing."], note: ["Keep the note under 500 characters."] },
    });
    // Another practice's id with this practice's client ids: not found, nothing decided.
    const other = await makeWorld();
    signIn(other.partnerUser);
    expect(await mergePairAction(pair)).toMatchObject({ ok: false, error: "Practice not found." });

    signIn(partnerUser);
    expect(await mergePairAction(pair)).toMatchObject({ ok: false, error: "Your role may not do that." });
    signIn(primaryUser);
    expect(await rejectPairAction(pair)).toMatchObject({ ok: false, error: "Your role may not do that." });
    const practiceUser = await makeUser("PRACTICE");
    signIn(practiceUser);
    expect(await unmergeAction({ practiceId: practice.id, hdClientId: "H1" })).toMatchObject({
      ok: false,
      error: "Practice not found.",
    });

    expect(
      await db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId: practice.id, hdClientId: "H2" } } }),
    ).toMatchObject({ decision: "REVIEW" });
    expect(await db.rejectedPair.count({ where: { practiceId: practice.id } })).toBe(0);
    expect(await db.clientLink.count({ where: { practiceId: practice.id, hdClientId: "H1", decision: "MERGED" } })).toBe(1);
  });
});
