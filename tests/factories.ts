// Test data builders with unique ids, so tests never depend on each other's rows.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createPractice } from "@/lib/onboarding/practices";
import { eulaHash } from "@/lib/onboarding/wizard";
import type { AppRole } from "@/lib/auth/permissions";

export const uid = () => randomUUID().slice(0, 8);

export async function makeUser(role: "STAFF" | "PARTNER" | "PRACTICE", extra: { partnerId?: string; name?: string } = {}) {
  const id = uid();
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@test.example`,
      name: extra.name ?? `${role} ${id}`,
      role,
      partnerId: extra.partnerId,
    },
  });
}

export function actorOf(user: { id: string; name: string | null; email: string }, roles: AppRole[]): Actor & { kind: "user" } {
  return { kind: "user", id: user.id, label: user.name ?? user.email, roles };
}

export async function ensureEula(version = "2026.1") {
  const body = `Sync agent end-user license agreement, version ${version}.`;
  return db.eulaVersion.upsert({
    where: { version },
    update: {},
    create: { version, title: `Agent EULA ${version}`, body, sha256: eulaHash(body) },
  });
}

export async function makeWorld() {
  const partner = await db.partner.create({ data: { name: `Partner ${uid()}` } });
  const staffUser = await makeUser("STAFF");
  const partnerUser = await makeUser("PARTNER", { partnerId: partner.id });
  const staff = actorOf(staffUser, ["staff"]);
  const partnerActor = actorOf(partnerUser, ["partner"]);
  const id = uid();
  const practice = await createPractice(staff, {
    name: `Test Vet ${id}`,
    address1: "1 Main St",
    address2: "",
    city: "Portland",
    state: "OR",
    postalCode: "97201",
    phone: "(503) 555-0100",
    timeZone: "America/Los_Angeles",
    pimsVersion: "9.5",
    approxClients: 4000,
    partnerId: partner.id,
    primaryName: `Pat Primary ${id}`,
    primaryEmail: `primary-${id}@test.example`,
    primaryPhone: "",
  });
  const primaryUser = await db.user.findUniqueOrThrow({ where: { id: practice.primaryContactId! } });
  return {
    partner,
    staffUser,
    partnerUser,
    staff,
    partnerActor,
    practice,
    primaryUser,
    primary: actorOf(primaryUser, ["primary"]),
  };
}
