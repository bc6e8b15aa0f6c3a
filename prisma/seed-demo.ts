// Demo data for an empty database: ~40 practices spread over every status, with staff, partner
// and practice users, so a new user sees a living board at once. Ages and deadlines are set
// relative to now, so some steps are on time, some due soon and some late.
import { db } from "../lib/db/client";
import { dueAtFor, MAIN_PATH, STATUS_INFO, type Status } from "../lib/onboarding/journey";
import { addJourneyEvent } from "../lib/onboarding/journey-events";
import { PREP_CHECKLIST } from "../lib/onboarding/prep-checklist";
import { eulaHash } from "../lib/onboarding/wizard";
import { slugify } from "../lib/onboarding/practices";
import { DEMO_EULA } from "./demo-eula";
import { seedDemoSyncData } from "./seed-sync-demo";
import { randomBytes } from "node:crypto";
import { hashAgentKey } from "../lib/auth/agent-key";
import { seedDemoOrders } from "./seed-orders-demo";

const HOUR = 3_600_000;

const DEMO_USERS = {
  staff: { email: "olivia@pharmacy.demo", name: "Olivia Ortiz", role: "STAFF" as const },
  staff2: { email: "marcus@pharmacy.demo", name: "Marcus Lee", role: "STAFF" as const },
  partner: { email: "dana@datapoint.demo", name: "Dana Whitfield", role: "PARTNER" as const },
  primary: { email: "priya@stonegate-vet.demo", name: "Priya Shah", role: "PRACTICE" as const },
  technical: { email: "tom@foxrun-vet.demo", name: "Tom Becker", role: "PRACTICE" as const },
};

const TOWNS: [string, string, string, string][] = [
  ["Portland", "OR", "97201", "America/Los_Angeles"],
  ["Denver", "CO", "80202", "America/Denver"],
  ["Austin", "TX", "78701", "America/Chicago"],
  ["Columbus", "OH", "43215", "America/New_York"],
  ["Phoenix", "AZ", "85004", "America/Phoenix"],
  ["Madison", "WI", "53703", "America/Chicago"],
  ["Raleigh", "NC", "27601", "America/New_York"],
  ["Boise", "ID", "83702", "America/Denver"],
  ["Sacramento", "CA", "95814", "America/Los_Angeles"],
  ["Nashville", "TN", "37203", "America/Chicago"],
];
const NAMES = [
  "Riverside",
  "Oak Hill",
  "Maple Grove",
  "Lakeside",
  "Cedar Park",
  "Sunrise",
  "Bayview",
  "Willow Creek",
  "Pine Ridge",
  "Harbor",
  "Meadowbrook",
  "Stonegate",
  "Northside",
  "Elm Street",
  "Valley View",
  "Brookfield",
  "Hillcrest",
  "Fox Run",
  "Greenway",
  "Summit",
  "Parkside",
  "Cobblestone",
  "Red Barn",
  "Bridgeport",
  "Aspen",
  "Old Mill",
  "Juniper",
  "Westgate",
  "Canyon",
  "Prairie Wind",
  "Silver Lake",
  "Twin Oaks",
  "Clearwater",
  "Kingsbury",
  "Heritage",
  "Blue Heron",
  "Foxglove",
  "Highland",
  "Orchard",
  "Copper Hill",
];
const KINDS = ["Animal Hospital", "Veterinary Clinic", "Pet Hospital", "Veterinary Center"];
const FIRST = ["Alex", "Jordan", "Casey", "Morgan", "Riley", "Avery", "Quinn", "Jamie", "Taylor", "Drew", "Reese", "Parker"];
const LAST = ["Nguyen", "Garcia", "Patel", "Johnson", "Kim", "Brown", "Lopez", "Miller", "Davis", "Wilson", "Clark", "Young"];

// status, hours since entering it (drives age, and lateness where a limit applies)
const PLAN: [Status, number][] = [
  ["DRAFT", 5],
  ["DRAFT", 30],
  ["DRAFT", 80],
  ["DRAFT", 2],
  ["QUEUED", 3],
  ["QUEUED", 20],
  ["QUEUED", 38],
  ["QUEUED", 44],
  ["QUEUED", 60],
  ["QUEUED", 75],
  ["QUEUED", 10],
  ["INVITED", 12],
  ["INVITED", 50],
  ["INVITED", 100],
  ["INVITED", 26],
  ["INVITED", 7],
  ["INVITED", 170],
  ["DETAILS_COMPLETE", 2],
  ["DETAILS_COMPLETE", 14],
  ["DETAILS_COMPLETE", 20],
  ["DETAILS_COMPLETE", 30],
  ["DETAILS_COMPLETE", 6],
  ["INSTALL_SCHEDULED", 24],
  ["INSTALL_SCHEDULED", 48],
  ["INSTALL_SCHEDULED", 70],
  ["INSTALL_SCHEDULED", 10],
  ["INSTALLED", 30],
  ["INSTALLED", 100],
  ["INSTALLED", 150],
  ["INSTALLED", 60],
  ["LIVE", 200],
  ["LIVE", 400],
  ["LIVE", 90],
  ["LIVE", 700],
  ["LIVE", 320],
  ["ON_HOLD", 40],
  ["ON_HOLD", 120],
  ["CANCELLED", 300],
  ["INVITED", 4],
  ["DETAILS_COMPLETE", 1],
];

/** Whether any of the demo's people exist (a production start refuses such a database). */
export async function demoUsersPresent(): Promise<boolean> {
  return (await db.user.count({ where: { email: { in: Object.values(DEMO_USERS).map((u) => u.email) } } })) > 0;
}

export async function seedDemoIfEmpty(): Promise<{ practices: number } | null> {
  if ((await db.user.count()) > 0) return null;
  return seedDemo();
}

async function seedDemo() {
  const now = Date.now();
  const partner = await db.partner.create({ data: { name: "IDEXX DataPoint" } });
  const partner2 = await db.partner.create({ data: { name: "Covetrus Connect" } });
  const users = Object.fromEntries(
    await Promise.all(
      Object.entries(DEMO_USERS).map(async ([key, u]) => [
        key,
        await db.user.create({
          data: {
            ...u,
            partnerId: u.role === "PARTNER" ? partner.id : null,
            phone: u.role === "PRACTICE" ? "(503) 555-0142" : null,
          },
        }),
      ]),
    ),
  ) as Record<keyof typeof DEMO_USERS, { id: string; email: string; name: string | null }>;
  await db.user.create({
    data: { email: "lee@covetrus-connect.demo", name: "Lee Ramirez", role: "PARTNER", partnerId: partner2.id },
  });
  const eula = await db.eulaVersion.create({
    data: { ...DEMO_EULA, sha256: eulaHash(DEMO_EULA.body), publishedAt: new Date(now - 90 * 24 * HOUR) },
  });

  // Open install slots on the next 14 weekdays, 9:00 and 13:00 Central, two hours each.
  const slots = [];
  for (let day = 1; day <= 20; day++) {
    const date = new Date(now + day * 24 * HOUR);
    if ([0, 6].includes(date.getUTCDay())) continue;
    for (const hourUtc of [15, 19]) {
      const startsAt = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hourUtc));
      slots.push({ partnerId: partner.id, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) });
    }
  }
  await db.installSlot.createMany({ data: slots });
  const slotRows = await db.installSlot.findMany({ where: { partnerId: partner.id }, orderBy: { startsAt: "asc" } });
  let nextSlot = 0;
  let demoSyncPracticeId: string | null = null;

  for (const [i, [status, hours]] of PLAN.entries()) {
    const [city, state, zip, timeZone] = TOWNS[i % TOWNS.length];
    const name = `${NAMES[i]} ${KINDS[i % KINDS.length]}`;
    const enteredAt = new Date(now - hours * HOUR);
    const createdAt = new Date(enteredAt.getTime() - (STATUS_INFO[status].step + 1) * 30 * HOUR);
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    // Two practices belong to the demo practice users, so the wizard can be tried at once.
    const isDemoPrimary = i === 11;
    const isDemoTechnical = i === 17;
    const primary = isDemoPrimary
      ? users.primary
      : await db.user.create({
          data: {
            email: `${slugify(first)}.${slugify(last)}.${i}@${slugify(NAMES[i])}-vet.demo`,
            name: `${first} ${last}`,
            role: "PRACTICE",
            phone: "(555) 010-0100",
          },
        });
    const reached = (s: Status) =>
      MAIN_PATH.indexOf(status) >= MAIN_PATH.indexOf(s) || status === "ON_HOLD" || status === "CANCELLED";
    const detailsDone = ["DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED", "LIVE"].includes(status);
    const technical = detailsDone
      ? isDemoTechnical
        ? users.technical
        : await db.user.create({
            data: {
              email: `it.${i}@${slugify(NAMES[i])}-vet.demo`,
              name: `${FIRST[(i + 3) % FIRST.length]} ${LAST[(i + 5) % LAST.length]}`,
              role: "PRACTICE",
              phone: "(555) 010-0199",
            },
          })
      : null;
    const sideFrom: Status = i % 2 ? "INVITED" : "QUEUED";
    const practice = await db.practice.create({
      data: {
        slug: slugify(name),
        name,
        address1: `${100 + i * 17} ${["Main St", "Oak Ave", "River Rd", "Elm St", "Park Blvd"][i % 5]}`,
        city,
        state,
        postalCode: zip,
        phone: `(555) 555-${String(1000 + i * 37).slice(-4)}`,
        timeZone,
        pimsVersion: ["9.4", "9.5", "9.5.1", "9.6"][i % 4],
        approxClients: [1800, 4200, 7600, 12500, 3100, 22000][i % 6],
        prepChecklist:
          status === "DRAFT" && i % 2 === 0
            ? { "server-access": createdAt.toISOString() }
            : status === "DRAFT"
              ? {}
              : Object.fromEntries(PREP_CHECKLIST.map((c) => [c.key, createdAt.toISOString()])),
        status,
        statusChangedAt: enteredAt,
        dueAt: dueAtFor(status, enteredAt),
        resumeStatus: status === "ON_HOLD" || status === "CANCELLED" ? sideFrom : null,
        sideReason:
          status === "ON_HOLD"
            ? i % 2
              ? "Practice is migrating Cornerstone to a new server"
              : "Owner asked to wait until after inventory"
            : status === "CANCELLED"
              ? "Practice chose another pharmacy"
              : null,
        ownerId: i % 3 === 0 ? users.staff2.id : users.staff.id,
        partnerId: i % 9 === 7 ? partner2.id : partner.id,
        primaryContactId: primary.id,
        technicalContactId: technical?.id ?? null,
        techContactHours: technical ? "Weekdays 7:30-9:00 am, before appointments" : null,
        techContactSetAt: technical ? enteredAt : null,
        infoConfirmedAt: detailsDone ? enteredAt : null,
        installedAt:
          reached("INSTALLED") && status !== "ON_HOLD" && status !== "CANCELLED"
            ? status === "INSTALLED"
              ? enteredAt
              : new Date(enteredAt.getTime() - 8 * 24 * HOUR)
            : null,
        liveAt: status === "LIVE" ? enteredAt : null,
        // Live practices have an agent that reports in; one has gone quiet past the sync window.
        ...(status === "LIVE"
          ? {
              lastSyncAt: new Date(now - (i % 4 === 0 ? 100 : 20) * HOUR),
              lastHeartbeatAt: new Date(now - (i % 3 === 0 ? 3 * HOUR : 5 * 60_000)),
              agentVersion: "2.4.1",
              agentPimsVersion: "Cornerstone 9.5",
              firstLoadCompletedAt: enteredAt,
            }
          : {}),
        createdAt,
      },
    });
    if (status === "LIVE" && demoSyncPracticeId === null) demoSyncPracticeId = practice.id;
    // Installed and Live practices got their agent key at the install (nobody knows these demo
    // keys: rotate one on the partner's practice page, or `pims-link agent-key --rotate`, to push).
    if ((status === "INSTALLED" || status === "LIVE") && practice.installedAt) {
      const key = `pl_agent_${randomBytes(24).toString("base64url")}`;
      await db.agentKey.create({
        data: {
          practiceId: practice.id,
          prefix: key.slice(0, 15),
          sha256: hashAgentKey(key),
          createdById: users.partner.id,
          createdAt: practice.installedAt,
          lastUsedAt: practice.lastHeartbeatAt,
        },
      });
    }
    if (detailsDone) {
      await db.eulaAcceptance.create({
        data: {
          practiceId: practice.id,
          eulaVersionId: eula.id,
          userId: primary.id,
          typedName: primary.name ?? "Primary Contact",
          textSha256: eula.sha256,
          ip: "198.51.100.7",
          userAgent: "Mozilla/5.0 (demo seed)",
          acceptedAt: enteredAt,
        },
      });
    }
    if (["INSTALL_SCHEDULED"].includes(status) && practice.partnerId === partner.id && technical) {
      const slot = slotRows[nextSlot++];
      await db.appointment.create({
        data: {
          practiceId: practice.id,
          slotId: slot.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          bookedById: technical.id,
          activeSlotId: slot.id,
          createdAt: enteredAt,
        },
      });
    }
    // Timeline: the transitions that brought the practice here, spaced out before enteredAt.
    const path =
      status === "ON_HOLD" || status === "CANCELLED"
        ? [...MAIN_PATH.slice(1, MAIN_PATH.indexOf(sideFrom) + 1), status]
        : MAIN_PATH.slice(1, MAIN_PATH.indexOf(status) + 1);
    await addJourneyEvent(db, {
      practiceId: practice.id,
      kind: "note",
      action: "created",
      actor: { id: users.staff.id, label: users.staff.name! },
      toStatus: "DRAFT",
      note: "Practice created",
      createdAt,
    });
    let previous: Status = "DRAFT";
    for (const [step, to] of path.entries()) {
      const at = new Date(enteredAt.getTime() - (path.length - 1 - step) * 26 * HOUR);
      const label =
        to === "QUEUED" || to === "ON_HOLD" || to === "CANCELLED"
          ? users.staff.name!
          : to === "INVITED" || to === "INSTALLED"
            ? users.partner.name!
            : to === "LIVE"
              ? "Sync agent"
              : to === "INSTALL_SCHEDULED"
                ? (technical?.name ?? "Technical contact")
                : "PIMS Link";
      await addJourneyEvent(db, {
        practiceId: practice.id,
        kind: "transition",
        fromStatus: previous,
        toStatus: to,
        actor: { label },
        note: to === "ON_HOLD" || to === "CANCELLED" ? practice.sideReason : STATUS_INFO[to].label,
        createdAt: at,
      });
      previous = to;
    }
  }
  // The first Live practice gets real synced records, home-delivery clients and merge links.
  if (demoSyncPracticeId) await seedDemoSyncData(demoSyncPracticeId);
  if (demoSyncPracticeId) await seedDemoOrders(demoSyncPracticeId);
  return { practices: PLAN.length };
}

export async function demoSignIns(): Promise<string[]> {
  const labels: Record<keyof typeof DEMO_USERS, string> = {
    staff: "onboarding team (staff)",
    staff2: "onboarding team (staff)",
    partner: "integration partner (IDEXX DataPoint)",
    primary: "practice primary contact (Stonegate practice: fill in its details)",
    technical: "practice technical contact (Fox Run practice: book the install)",
  };
  const present = await db.user.findMany({
    where: { email: { in: Object.values(DEMO_USERS).map((u) => u.email) } },
    select: { email: true },
  });
  const have = new Set(present.map((u) => u.email));
  return (Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[])
    .filter((k) => have.has(DEMO_USERS[k].email))
    .map((k) => `${DEMO_USERS[k].email.padEnd(28)} ${labels[k]}`);
}
