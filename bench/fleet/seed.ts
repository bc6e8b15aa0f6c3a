// Seeds the fleet: practices (Live, first load done, an agent key each), their PIMS clients and
// patients streamed in with COPY (two streams at once), staff with a session, writeback items
// queued for some practices, emails waiting in the outbox and practices past their time limit
// (so the timer job and the outbox have work that must happen exactly once).
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type FleetSeed = {
  practices: { id: string; key: string; clients: number; patients: number }[];
  staffCookie: string;
  syncPracticeId: string;
  seededEmails: number;
  latePractices: number;
  writebackItems: number;
};

const FIRST = ["Maria", "James", "Ana", "Robert", "Linda", "Wei", "Priya", "Omar", "Grace", "Luis", "Emma", "Noah"];
const LAST = ["Garcia", "Smith", "Nguyen", "Johnson", "Patel", "Brown", "Kim", "Lopez", "Miller", "Chen", "Davis", "Khan"];
const PETS = ["Rex", "Bella", "Max", "Luna", "Charlie", "Daisy", "Milo", "Coco"];
const SEEDED_AT = "2026-11-01 10:00:00";

const agentKeyFor = (i: number) => `pl_agent_fleet_bench_${String(i).padStart(5, "0")}_k`;
export const clientIdOf = (n: number) => `C${n}`;
export const patientIdOf = (n: number) => `P${n}`;

function rowsStream(practices: FleetSeed["practices"], kind: "client" | "patient") {
  return Readable.from(
    (function* () {
      let chunk = "";
      for (const p of practices) {
        const count = kind === "client" ? p.clients : p.patients;
        for (let n = 0; n < count; n++) {
          if (kind === "client") {
            const first = FIRST[n % FIRST.length];
            const last = LAST[(n * 7) % LAST.length];
            chunk += `${p.id}\t${clientIdOf(n)}\t${first}\t${last}\t${100 + (n % 900)} MAIN ST\tPORTLAND\tOR\t97201\t+1503555${String(n % 10000).padStart(4, "0")}\t${first.toLowerCase()}.${n}@example.com\tf\t${SEEDED_AT}\tseed\n`;
          } else {
            chunk += `${p.id}\t${patientIdOf(n)}\t${clientIdOf(n % p.clients)}\t${PETS[n % PETS.length]}\tCanine\t${(5 + (n % 40)).toFixed(2)}\t${((5 + (n % 40)) * 0.4536).toFixed(2)}\tf\t${SEEDED_AT}\tseed\n`;
          }
          if (chunk.length > 256 * 1024) {
            yield chunk;
            chunk = "";
          }
        }
      }
      if (chunk) yield chunk;
    })(),
  );
}

async function copyRows(url: string, sql: string, source: Readable) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(source, client.query(copyFrom(sql)));
  } finally {
    await client.end();
  }
}

type RecordIndex = { table: string; name: string; definition: string; constraint: boolean };

/**
 * The indexes of the two PIMS record tables, dropped before the COPY and built again after it:
 * one sort per index instead of 10 million B-tree insertions (the definitions are read from the
 * catalog, so a migration that adds an index is rebuilt too).
 */
async function dropRecordIndexes(db: pg.Client): Promise<RecordIndex[]> {
  const { rows } = await db.query<RecordIndex>(
    `SELECT i.tablename AS table, i.indexname AS name, i.indexdef AS definition, c.conname IS NOT NULL AS constraint
     FROM pg_indexes i LEFT JOIN pg_constraint c ON c.conname = i.indexname AND c.contype = 'p'
     WHERE i.schemaname = current_schema() AND i.tablename IN ('pims_clients', 'pims_patients')`,
  );
  for (const index of rows)
    await db.query(
      index.constraint ? `ALTER TABLE "${index.table}" DROP CONSTRAINT "${index.name}"` : `DROP INDEX "${index.name}"`,
    );
  return rows;
}

/** One connection per table, so the two tables' indexes are built at the same time. */
async function rebuildIndexes(url: string, indexes: RecordIndex[]) {
  const tables = [...new Set(indexes.map((i) => i.table))];
  await Promise.all(
    tables.map(async (table) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("SET maintenance_work_mem = '512MB'");
        for (const index of indexes.filter((i) => i.table === table)) {
          if (!index.constraint) await client.query(index.definition);
          else {
            const columns = index.definition.slice(index.definition.indexOf("("));
            await client.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${index.name}" PRIMARY KEY ${columns}`);
          }
        }
      } finally {
        await client.end();
      }
    }),
  );
}

/** The practices of a fleet of this size: the same ids and keys every time (a cached seed is reused). */
export function fleetLayout(opts: { practices: number; records: number }) {
  const perPractice = Math.max(10, Math.floor(opts.records / opts.practices));
  const clients = Math.max(4, Math.round(perPractice * 0.4));
  const practices = Array.from({ length: opts.practices }, (_, i) => ({
    id: `fleet-${String(i).padStart(5, "0")}`,
    key: agentKeyFor(i),
    clients,
    patients: perPractice - clients,
  }));
  return {
    practices,
    perPractice,
    latePractices: practices.filter((_, i) => (i + 1) % 50 === 7).length,
    writebackPractices: practices.map((p) => p.id).filter((_, i) => i % 10 === 3),
  };
}

const SEEDED_EMAILS = 300;
const WRITEBACK_LINES_PER_PRACTICE = 20;

/** What the load and the checks need to know about a seeded database (a fresh one or a clone of the cached seed). */
export async function describeSeed(url: string, opts: { practices: number; records: number }): Promise<FleetSeed> {
  const layout = fleetLayout(opts);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // A clone of a seed made days ago: the staff session is made valid again.
    const { rows } = await db.query<{ session_token: string }>(
      `UPDATE sessions SET expires = now() + interval '1 day' FROM users WHERE users.id = sessions.user_id AND users.email = 'fleet-staff@pharmacy.example' RETURNING session_token`,
    );
    if (!rows[0]) throw new Error("the seeded database has no staff session");
    return {
      practices: layout.practices,
      staffCookie: `next-auth.session-token=${rows[0].session_token}`,
      syncPracticeId: layout.practices[0].id,
      seededEmails: SEEDED_EMAILS,
      latePractices: layout.latePractices,
      writebackItems: layout.writebackPractices.length * WRITEBACK_LINES_PER_PRACTICE,
    };
  } finally {
    await db.end();
  }
}

/** Writes the fleet into an empty, migrated database. */
export async function seedFleet(url: string, opts: { practices: number; records: number; log: (line: string) => void }) {
  const { practices, perPractice, writebackPractices: wbPractices } = fleetLayout(opts);
  const clients = practices[0].clients;
  const db = new pg.Client({ connectionString: url, options: "-c timezone=UTC" });
  await db.connect();
  try {
    const partner = randomUUID();
    await db.query(`INSERT INTO partners (id, name) VALUES ($1, 'IDEXX DataPoint')`, [partner]);
    const staff = randomUUID();
    await db.query(
      `INSERT INTO users (id, name, email, role) VALUES ($1, 'Fleet Staff', 'fleet-staff@pharmacy.example', 'STAFF')`,
      [staff],
    );
    const ids = practices.map((p) => p.id);
    await db.query(
      `INSERT INTO users (id, name, email, role) SELECT 'pm-' || id, 'Practice manager', 'pm-' || id || '@practice.example', 'PRACTICE' FROM unnest($1::text[]) AS t(id)`,
      [ids],
    );
    // 1 in 50 practices is still Queued and 3 days past its 48 h limit: the timer job must report each exactly once.
    await db.query(
      `INSERT INTO practices (id, slug, name, address1, city, state, postal_code, phone, time_zone, pims_version, approx_clients,
                              status, status_changed_at, due_at, owner_id, partner_id, primary_contact_id, installed_at, live_at,
                              first_load_completed_at, last_sync_at, updated_at)
       SELECT id, id, 'Fleet Vet ' || n, '100 Main St', 'Portland', 'OR', '97201', '(503) 555-0100', 'America/Los_Angeles', '9.5', $2,
              CASE WHEN n % 50 = 7 THEN 'QUEUED' ELSE 'LIVE' END::"PracticeStatus",
              now() - interval '5 days', CASE WHEN n % 50 = 7 THEN now() - interval '3 days' END, $3, $4, 'pm-' || id,
              now() - interval '30 days', now() - interval '29 days', now() - interval '29 days', now() - interval '1 hour', now()
       FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n)`,
      [ids, clients, staff, partner],
    );
    await db.query(
      `INSERT INTO agent_keys (id, practice_id, prefix, sha256) SELECT 'key-' || id, id, left(k, 15), encode(sha256(convert_to(k, 'UTF8')), 'hex') FROM unnest($1::text[], $2::text[]) AS t(id, k)`,
      [ids, practices.map((p) => p.key)],
    );
    // Same hash as lib/onboarding/agent-keys.ts (sha256 hex of the key).
    const check = await db.query(`SELECT sha256 FROM agent_keys WHERE practice_id = $1`, [ids[0]]);
    if (check.rows[0].sha256 !== createHash("sha256").update(practices[0].key).digest("hex"))
      throw new Error("agent key hash differs from the app's");

    const started = performance.now();
    const indexes = await dropRecordIndexes(db);
    await Promise.all([
      copyRows(
        url,
        `COPY pims_clients (practice_id, pims_id, first_name, last_name, address1, city, state, postal_code, home_phone, email, inactive, pims_updated_at, last_batch_id) FROM STDIN`,
        rowsStream(practices, "client"),
      ),
      copyRows(
        url,
        `COPY pims_patients (practice_id, pims_id, client_pims_id, name, species, weight_lb, weight_kg, deceased, pims_updated_at, last_batch_id) FROM STDIN`,
        rowsStream(practices, "patient"),
      ),
    ]);
    const copied = performance.now();
    await rebuildIndexes(url, indexes);
    opts.log(`indexes of the PIMS records rebuilt in ${((performance.now() - copied) / 1000).toFixed(1)} s`);
    const total = practices.length * perPractice;
    const seconds = (performance.now() - started) / 1000;
    opts.log(
      `COPY of ${total.toLocaleString("en-US")} PIMS records: ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString("en-US")} rows/s)`,
    );

    // Writeback: 20 queued lines for 1 practice in 10 (the agents pull and acknowledge them).
    await db.query(
      `WITH o AS (
         INSERT INTO orders (id, practice_id, order_number, hd_pet_id, hd_client_id, status, placed_at, shipped_at, carrier, tracking_number, shipped_by)
         SELECT p || '-o' || g, p, 'FL-' || p || '-' || g, 'HP' || g, 'H' || g, 'SHIPPED', now() - interval '2 days', now() - interval '1 day', 'UPS', '1ZFLEET' || g, 'bench'
         FROM unnest($1::text[]) AS p CROSS JOIN generate_series(1, $2::int) AS g RETURNING id, practice_id, hd_pet_id
       ), l AS (
         INSERT INTO order_lines (id, practice_id, order_id, line_no, product, kind, quantity, unit, prescriber)
         SELECT id || '-1', practice_id, id, 1, 'Carprofen 75 mg chewable tablets', 'PRESCRIPTION_DRUG', 60, 'tablets', 'Dr. Amy Chen' FROM o RETURNING id, practice_id, order_id
       )
       INSERT INTO writeback_items (id, practice_id, order_line_id, order_id, hd_pet_id, idempotency_key, status, pims_patient_id, line_date, text, next_attempt_at, shipped_at, updated_at)
       SELECT l.id || '-w', l.practice_id, l.id, l.order_id, 'HP1', l.order_id || ':1', 'PENDING', 'P1', current_date, 'Home delivery Rx shipped: Carprofen', now() - interval '1 hour', now() - interval '1 day', now() FROM l`,
      [wbPractices, WRITEBACK_LINES_PER_PRACTICE],
    );
    // Emails waiting for the workers: each must reach the SMTP server exactly once.
    await db.query(
      `INSERT INTO outbox_emails (id, practice_id, template, to_address, subject, html, text, status, next_attempt_at)
       SELECT 'fleet-mail-' || g, NULL, 'bench', 'ops' || g || '@pharmacy.example', 'Fleet bench email ' || g, '<p>bench</p>', 'bench', 'PENDING', now() FROM generate_series(1, $1) AS g`,
      [SEEDED_EMAILS],
    );
    const token = randomUUID();
    await db.query(`INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
      randomUUID(),
      token,
      staff,
    ]);
  } finally {
    await db.end();
  }
}
