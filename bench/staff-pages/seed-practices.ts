// The staff-page benchmarks' practices (bench:board and bench:integrations): partners, staff, a
// realistic spread of practices with their primary contacts, merge links for the Live ones and a
// signed-in staff session, inserted in a few set-based statements. Each benchmark adds its own
// facts: the board its journey events, the fleet page its sync, writeback and alert rows.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import seedrandom from "seedrandom";

export const HOUR = 3_600_000;

// Share of practices per status, and how long they have typically been there (hours): Queued
// and Details complete run past their 48 h / 24 h limits often enough to fill the late lists.
export const SPREAD: Spread = [
  { status: "DRAFT", share: 0.08, maxAgeH: 30 * 24 },
  { status: "QUEUED", share: 0.15, maxAgeH: 80, limitH: 48 },
  { status: "INVITED", share: 0.15, maxAgeH: 20 * 24 },
  { status: "DETAILS_COMPLETE", share: 0.1, maxAgeH: 40, limitH: 24 },
  { status: "INSTALL_SCHEDULED", share: 0.1, maxAgeH: 14 * 24 },
  { status: "INSTALLED", share: 0.07, maxAgeH: 14 * 24 },
  { status: "LIVE", share: 0.28, maxAgeH: 365 * 24 },
  { status: "ON_HOLD", share: 0.04, maxAgeH: 60 * 24 },
  { status: "CANCELLED", share: 0.03, maxAgeH: 120 * 24 },
];
const PARTNERS = ["IDEXX DataPoint", "Vetsource Connect", "Covetrus Sync", "ezyVet Bridge"];
const STAFF = [
  "Avery Chen",
  "Jordan Patel",
  "Morgan Lee",
  "Riley Garcia",
  "Casey Nguyen",
  "Sam Okafor",
  "Taylor Brooks",
  "Jamie Rossi",
];
const NAME_STEMS = [
  "Riverside",
  "Oak Hill",
  "Maple",
  "Cedar",
  "Lakeside",
  "Hillcrest",
  "Sunset",
  "Pinecrest",
  "Willow",
  "Bayview",
  "Meadow",
  "Northside",
  "Harbor",
  "Valley",
  "Summit",
  "Prairie",
  "Brookside",
  "Evergreen",
  "Canyon",
  "Main Street",
];
const NAME_KINDS = ["Animal Hospital", "Veterinary Clinic", "Pet Clinic", "Veterinary Center", "Animal Clinic", "Vet Care"];
const CITIES = [
  ["Portland", "OR", "97201", "America/Los_Angeles"],
  ["Seattle", "WA", "98101", "America/Los_Angeles"],
  ["Denver", "CO", "80202", "America/Denver"],
  ["Austin", "TX", "78701", "America/Chicago"],
  ["Chicago", "IL", "60601", "America/Chicago"],
  ["Atlanta", "GA", "30303", "America/New_York"],
  ["Boston", "MA", "02108", "America/New_York"],
  ["Phoenix", "AZ", "85004", "America/Phoenix"],
  ["Riverside", "CA", "92501", "America/Los_Angeles"],
  ["Columbus", "OH", "43215", "America/New_York"],
  ["Boise", "ID", "83702", "America/Denver"],
  ["Madison", "WI", "53703", "America/Chicago"],
] as const;

export type Spread = readonly { status: string; share: number; maxAgeH: number; limitH?: number }[];
/** Every practice Live, for the fleet page. */
export const ALL_LIVE: Spread = [{ status: "LIVE", share: 1, maxAgeH: 365 * 24 }];

/** What a benchmark adds per practice: its creation time and go-live time, when it knows them (board: from the journey). */
export type PracticeHook = (
  id: string,
  status: string,
  enteredAt: number,
  random: () => number,
) => { created?: number; live?: number };

/**
 * Inserts partners, staff, `count` practices spread by status (with their primary contacts), 200
 * merge links per Live practice (1 in 10 waiting for review) and a staff session; returns the
 * session token. Production tables have planner statistics, so the caller runs ANALYZE after its own rows.
 */
export async function seedPractices(
  client: pg.Client,
  opts: { count: number; spread: Spread; randomSeed: string; onPractice?: PracticeHook },
): Promise<string> {
  const random = seedrandom(opts.randomSeed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const partnerIds = PARTNERS.map(() => randomUUID());
  await client.query(`INSERT INTO partners (id, name) SELECT * FROM unnest($1::text[], $2::text[])`, [partnerIds, PARTNERS]);
  const staffIds = STAFF.map(() => randomUUID());
  const benchUserId = randomUUID();
  await client.query(
    `INSERT INTO users (id, name, email, role) SELECT id, name, email, 'STAFF' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, name, email)`,
    [
      [...staffIds, benchUserId],
      [...STAFF, "Bench Staff"],
      [...STAFF.map((n) => `${n.split(" ")[0].toLowerCase()}@pharmacy.example`), "bench@pharmacy.example"],
    ],
  );
  const now = Date.now();
  const cols: Record<string, (string | number | null)[]> = {};
  const push = (row: Record<string, string | number | null>) => Object.entries(row).forEach(([k, v]) => (cols[k] ??= []).push(v));
  let i = 0;
  for (const { status, share, maxAgeH, limitH } of opts.spread) {
    for (let n = 0; n < Math.round(opts.count * share) && i < opts.count; n++, i++) {
      const [city, state, zip, zone] = pick(CITIES);
      const name = `${pick(NAME_STEMS)} ${pick(NAME_KINDS)}`;
      const changedAt = new Date(now - random() * maxAgeH * HOUR);
      const id = randomUUID();
      const extra = opts.onPractice?.(id, status, changedAt.getTime(), random) ?? {};
      push({
        id,
        created: new Date(extra.created ?? now).toISOString(),
        live: extra.live === undefined ? null : new Date(extra.live).toISOString(),
        slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${i}`,
        name,
        city,
        state,
        zip,
        zone,
        clients: Math.round(500 + random() ** 2 * 20_000),
        status,
        changed: changedAt.toISOString(),
        due: limitH ? new Date(changedAt.getTime() + limitH * HOUR).toISOString() : null,
        owner: random() < 0.9 ? pick(staffIds) : null,
        partner: pick(partnerIds),
        primary: randomUUID(),
      });
    }
  }
  await client.query(
    `INSERT INTO users (id, name, email, role) SELECT id, 'Practice manager', 'pm-' || id || '@practice.example', 'PRACTICE' FROM unnest($1::text[]) AS t(id)`,
    [cols.primary],
  );
  const columns = [
    "id",
    "slug",
    "name",
    "city",
    "state",
    "zip",
    "zone",
    "clients",
    "status",
    "changed",
    "due",
    "owner",
    "partner",
    "primary",
    "created",
    "live",
  ];
  await client.query(
    `INSERT INTO practices (id, slug, name, address1, city, state, postal_code, phone, time_zone, pims_version, approx_clients,
                            status, status_changed_at, due_at, owner_id, partner_id, primary_contact_id, updated_at, created_at, live_at)
     SELECT id, slug, name, '100 Main St', city, state, zip, '(503) 555-0100', zone, '9.5', clients,
            status, changed AT TIME ZONE 'UTC', due AT TIME ZONE 'UTC', owner, partner, primary_id, now(), created AT TIME ZONE 'UTC', live AT TIME ZONE 'UTC'
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                 $9::"PracticeStatus"[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::text[], $14::text[], $15::timestamptz[], $16::timestamptz[])
       AS t(id, slug, name, city, state, zip, zone, clients, status, changed, due, owner, partner, primary_id, created, live)`,
    columns.map((k) => cols[k]),
  );
  // Live practices have merged their home-delivery clients: 200 links each, 1 in 10 waiting for
  // review, so the cards' "to review" badge counts real rows.
  await client.query(
    `INSERT INTO client_links (id, practice_id, hd_client_id, pims_client_id, decision, score, evidence, decided_by, decided_at)
     SELECT p.id || '-' || g, p.id, 'HD' || g, 'P' || g, (CASE WHEN g % 10 = 0 THEN 'REVIEW' ELSE 'MERGED' END)::"LinkDecision", 0.95, '{}'::jsonb, 'engine', now()
     FROM practices p CROSS JOIN generate_series(1, 200) AS g WHERE p.status = 'LIVE'`,
  );
  const token = randomUUID();
  await client.query(`INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    randomUUID(),
    token,
    benchUserId,
  ]);
  return token;
}
