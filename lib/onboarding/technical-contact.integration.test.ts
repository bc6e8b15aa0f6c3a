// Designating a technical contact (issue 10): a person's own profile is theirs. Naming an
// existing person links them to this practice and tells them by email; it never renames them,
// changes their phone or their role. Staff and partner addresses are refused with one message
// that does not say which of the two it is.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { practiceScope, rolesForPractice } from "@/lib/auth/practice-actor";
import { designateTechnicalContact, sendInvitation } from "./wizard";
import { addToQueue, updatePrepChecklist } from "./practices";
import { PREP_CHECKLIST } from "./prep-checklist";
import { ensureEula, makeUser, makeWorld } from "@/tests/factories";

async function invitedWorld() {
  const w = await makeWorld();
  await updatePrepChecklist(
    w.staff,
    w.practice.id,
    PREP_CHECKLIST.map((i) => i.key),
  );
  await addToQueue(w.staff, w.practice.id);
  await sendInvitation(w.partnerActor, w.practice.id);
  return w;
}

const contact = (email: string) => ({
  self: false as const,
  name: "Someone Else Entirely",
  email,
  phone: "503-555-0199",
  hours: "Mornings",
});

describe("designating a technical contact", () => {
  beforeAll(async () => {
    await ensureEula();
  });

  it("links an existing person of another practice without touching their profile, and emails them", async () => {
    const other = await invitedWorld();
    const tech = await db.user.update({
      where: { id: (await makeUser("PRACTICE", { name: "Terry Tech" })).id },
      data: { phone: "+15035550142" },
    });
    await designateTechnicalContact(other.primary, other.practice.id, contact(tech.email));

    const w = await invitedWorld();
    await designateTechnicalContact(w.primary, w.practice.id, contact(tech.email));

    const after = await db.user.findUniqueOrThrow({ where: { id: tech.id } });
    expect({ name: after.name, phone: after.phone, role: after.role, email: after.email }).toEqual({
      name: "Terry Tech",
      phone: "+15035550142",
      role: "PRACTICE",
      email: tech.email,
    });
    // A member of both practices now, with the technical role in each.
    const mine = await db.practice.findMany({ where: practiceScope(after), select: { id: true } });
    expect(mine.map((p) => p.id).sort()).toEqual([other.practice.id, w.practice.id].sort());
    const practice = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(rolesForPractice(after, practice)).toEqual(["technical"]);
    // Told by email, with words for someone who already has an account, and a link to this practice.
    const email = await db.outboxEmail.findFirstOrThrow({
      where: { practiceId: w.practice.id, template: "technical-contact-invite" },
    });
    expect(email.toAddress).toBe(tech.email);
    expect(email.text).toContain("has been added to your account");
    const token = await db.verificationToken.findFirst({ where: { identifier: tech.email }, orderBy: { expires: "desc" } });
    expect(token).not.toBeNull();
  });

  it("refuses staff and partner addresses with the same message, and writes nothing", async () => {
    const w = await invitedWorld();
    const messages: string[] = [];
    for (const person of [w.staffUser, w.partnerUser]) {
      const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
      const error = await designateTechnicalContact(w.primary, w.practice.id, contact(person.email)).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      messages.push((error as Error).message);
      expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(before);
    }
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).not.toMatch(/staff|partner|pharmacy/i);
    const practice = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(practice.technicalContactId).toBeNull();
    expect(await db.outboxEmail.count({ where: { practiceId: w.practice.id, template: "technical-contact-invite" } })).toBe(0);
  });

  it("creates an account for a new address, and the primary contact can name someone else later", async () => {
    const w = await invitedWorld();
    await designateTechnicalContact(w.primary, w.practice.id, { ...contact("First.Tech@Test.example"), name: "First Tech" });
    const first = await db.user.findUniqueOrThrow({ where: { email: "first.tech@test.example" } });
    expect({ name: first.name, role: first.role }).toEqual({ name: "First Tech", role: "PRACTICE" });

    const second = await makeUser("PRACTICE", { name: "Second Tech" });
    await designateTechnicalContact(w.primary, w.practice.id, contact(second.email));
    const practice = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(practice.technicalContactId).toBe(second.id);
    // The first one is no longer a member of this practice.
    expect(rolesForPractice(first, practice)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: second.id } })).name).toBe("Second Tech");
  });
});
