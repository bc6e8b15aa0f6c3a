// What the integration partner's pages read: its request queue, one of its practices, its
// install slots. Every query is scoped to the signed-in partner inside the Prisma `where`.
import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { practiceActor, practiceScope } from "@/lib/auth/practice-actor";
import { isPartnerUser, userActor, type ActingUser, type UserActor } from "@/lib/auth/actor";
import { clockState, describeTimeLeft, type ClockState } from "@/lib/format/deadline";
import { dueAtFor, expectedFirstDataAt, type Status, STATUSES } from "@/lib/onboarding/journey";

/** The actor a partner user acts as for partner-wide work (slots), where no practice is involved. */
export function partnerActor(user: ActingUser): { partnerId: string; actor: UserActor } {
  if (!isPartnerUser(user)) throw new UserFacingError("Only integration partner accounts manage install slots.", "forbidden");
  return { partnerId: user.partnerId, actor: userActor(user, ["partner"]) };
}

// A practice still being prepared (Draft) is not in the partner's queue yet: the partner sees it
// from Queued on.
function partnerScope(user: ActingUser) {
  if (!isPartnerUser(user)) throw new NotFoundError("Partner");
  return { ...practiceScope(user), status: { not: "DRAFT" as const } };
}

export async function getPartnerName(user: ActingUser) {
  if (!isPartnerUser(user)) throw new NotFoundError("Partner");
  const partner = await db.partner.findUniqueOrThrow({ where: { id: user.partnerId }, select: { name: true } });
  return partner.name;
}

/** `badge` is the text next to the clock badge's own label: "9 h left", or "by 2 h" after "Late". */
export type Clock = { state: ClockState; dueAt: Date; timeLeft: string; badge: string };

function clockOf(status: Status, statusChangedAt: Date, dueAt: Date | null, now: Date): Clock | null {
  const due = dueAt ?? dueAtFor(status, statusChangedAt);
  if (!due) return null;
  const timeLeft = describeTimeLeft(due, now);
  return { state: clockState(due, now), dueAt: due, timeLeft, badge: timeLeft.replace(/^late /, "") };
}

const QUEUE_GROUPS = ["QUEUED", "DETAILS_COMPLETE", "INSTALL_SCHEDULED", "INSTALLED"] as const satisfies readonly Status[];
export type QueueGroupStatus = (typeof QUEUE_GROUPS)[number];

const queueSelect = {
  id: true,
  name: true,
  city: true,
  state: true,
  timeZone: true,
  status: true,
  statusChangedAt: true,
  dueAt: true,
  approxClients: true,
  installedAt: true,
  techContactHours: true,
  technicalContact: { select: { name: true, email: true, phone: true } },
  appointments: {
    where: { status: "SCHEDULED" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { startsAt: true, endsAt: true },
  },
} as const;

/**
 * The partner's practices that wait for the partner (or for its agent), by journey status:
 * invitations and technical-contact calls oldest first (their clocks run out first), installs by
 * appointment time, installed practices by install date. `others` counts the rest by status.
 */
export async function listPartnerQueue(user: ActingUser, now = new Date()) {
  const scope = partnerScope(user);
  const [rows, counts] = await Promise.all([
    db.practice.findMany({
      where: { ...scope, status: { in: [...QUEUE_GROUPS] } },
      select: queueSelect,
      orderBy: [{ statusChangedAt: "asc" }, { name: "asc" }],
    }),
    db.practice.groupBy({
      by: ["status"],
      where: { ...scope, status: { notIn: ["DRAFT", ...QUEUE_GROUPS] } },
      _count: { _all: true },
    }),
  ]);
  const items = rows.map((p) => {
    const appointment = p.appointments[0] ?? null;
    const installedAt = p.status === "INSTALLED" ? (p.installedAt ?? p.statusChangedAt) : null;
    return {
      id: p.id,
      name: p.name,
      city: p.city,
      state: p.state,
      timeZone: p.timeZone,
      status: p.status as QueueGroupStatus,
      enteredAt: p.statusChangedAt,
      clock: clockOf(p.status, p.statusChangedAt, p.dueAt, now),
      technicalContact: p.technicalContact,
      techContactHours: p.techContactHours,
      appointment,
      installedAt,
      expectedFirstDataAt: installedAt ? expectedFirstDataAt(installedAt, p.approxClients) : null,
    };
  });
  type Item = (typeof items)[number];
  const time = (d: Date | null | undefined) => d?.getTime() ?? Number.MAX_SAFE_INTEGER;
  const byStatus = (status: QueueGroupStatus, order?: (a: Item, b: Item) => number) => {
    const list = items.filter((i) => i.status === status);
    return order ? list.sort(order) : list;
  };
  return {
    groups: {
      QUEUED: byStatus("QUEUED"),
      DETAILS_COMPLETE: byStatus("DETAILS_COMPLETE"),
      INSTALL_SCHEDULED: byStatus("INSTALL_SCHEDULED", (a, b) => time(a.appointment?.startsAt) - time(b.appointment?.startsAt)),
      INSTALLED: byStatus("INSTALLED", (a, b) => time(a.installedAt) - time(b.installedAt)),
    } satisfies Record<QueueGroupStatus, Item[]>,
    others: counts
      .map((c) => ({ status: c.status as Status, count: c._count._all }))
      .sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)),
  };
}
type PartnerQueue = Awaited<ReturnType<typeof listPartnerQueue>>;
export type QueueItem = PartnerQueue["groups"]["QUEUED"][number];

/** The partner's practices that are not in the queue (invited, live, on hold…), newest change first. */
export async function listOtherPartnerPractices(user: ActingUser, take = 100) {
  return db.practice.findMany({
    where: { ...partnerScope(user), status: { notIn: ["DRAFT", ...QUEUE_GROUPS] } },
    select: { id: true, name: true, city: true, state: true, status: true, statusChangedAt: true },
    orderBy: { statusChangedAt: "desc" },
    take,
  });
}

/** One practice as its partner sees it. Throws NotFoundError outside the partner's scope. */
export async function getPartnerPractice(user: ActingUser, practiceId: string, now = new Date()) {
  partnerScope(user);
  const { practice, roles } = await practiceActor(user, practiceId);
  if (practice.status === "DRAFT") throw new NotFoundError("Practice");
  const [people, appointment, agentKeys] = await Promise.all([
    db.practice.findUniqueOrThrow({
      where: { id: practice.id },
      select: {
        primaryContact: { select: { name: true, email: true, phone: true } },
        technicalContact: { select: { name: true, email: true, phone: true } },
      },
    }),
    // The live booking if there is one, otherwise the latest (to show how it ended).
    db.appointment.findFirst({
      where: { practiceId: practice.id },
      orderBy: [{ activeSlotId: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    }),
    db.agentKey.findMany({
      where: { practiceId: practice.id },
      select: { id: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    practice,
    roles,
    primaryContact: people.primaryContact,
    technicalContact: people.technicalContact,
    appointment,
    agentKeys,
    clock: clockOf(practice.status, practice.statusChangedAt, practice.dueAt, now),
    expectedFirstDataAt:
      practice.status === "INSTALLED"
        ? expectedFirstDataAt(practice.installedAt ?? practice.statusChangedAt, practice.approxClients)
        : null,
  };
}

/** The partner's slots from now on, earliest first, each with the practice that booked it. */
export async function listPartnerSlots(user: ActingUser, now = new Date(), take = 300) {
  const { partnerId } = partnerActor(user);
  const slots = await db.installSlot.findMany({
    where: { partnerId, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      appointments: {
        select: { activeSlotId: true, status: true, practice: { select: { id: true, name: true, timeZone: true } } },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  return slots.map((s) => {
    const previous = s.appointments.find((a) => !a.activeSlotId);
    return {
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      bookedBy: s.appointments.find((a) => a.activeSlotId)?.practice ?? null,
      /** The latest earlier booking (moved, cancelled, failed or done): why an open slot cannot be deleted. */
      previousBooking: previous ? { practice: previous.practice, status: previous.status } : null,
      // Mirrors deleteSlot: a slot with any booking on record stays.
      deletable: s.appointments.length === 0,
    };
  });
}
export type PartnerSlot = Awaited<ReturnType<typeof listPartnerSlots>>[number];

/** The time zone most of the partner's practices are in: the default for showing and typing slot times. */
export async function partnerHomeZone(user: ActingUser, fallback = "America/New_York") {
  partnerScope(user);
  const zones = await db.practice.groupBy({ by: ["timeZone"], where: practiceScope(user), _count: { _all: true } });
  zones.sort((a, b) => b._count._all - a._count._all);
  return zones[0]?.timeZone ?? fallback;
}
