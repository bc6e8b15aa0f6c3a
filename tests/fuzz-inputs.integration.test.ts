// Property-based fuzzing (fast-check) of every outside input the agent, the fulfilment system
// and a staff upload send: each field of a record gets malformed values (NUL, broken Unicode,
// impossible and out-of-range dates, huge and odd numbers, wrong types, 9 KB strings). The
// route handlers run for real against the real PostgreSQL. Properties: never a 5xx, and never a
// partial write (a refused request stores nothing; an accepted batch stores exactly the records
// it reports as applied).
import { Readable } from "node:stream";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import * as batches from "@/app/api/agent/v1/batches/route";
import * as heartbeat from "@/app/api/agent/v1/heartbeat/route";
import * as ack from "@/app/api/agent/v1/writebacks/ack/route";
import * as shipments from "@/app/api/fulfillment/v1/shipments/route";
import { DEV_FULFILLMENT_SERVICE_KEY } from "@/lib/auth/service-key";
import { importHomeDelivery, HomeDeliveryImportError } from "@/lib/home-delivery/import";
import { issueAgentKey } from "@/lib/onboarding/agent-keys";
import { placeOrder, writebackWorld } from "./writeback-fixtures";
import { makeWorld, uid } from "./factories";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Values a field must never choke on. */
const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udc00y",
    "\udbff\udfff",
    "0000-01-01",
    "0000-01-01T00:00:00Z",
    "0002-12-31T23:00:00-05:00",
    "9999-12-31",
    "275760-09-13T00:00:00Z",
    "2024-02-30",
    "2024-02-29T24:00:00Z",
    "1e400",
    "NaN",
    "Infinity",
    "-1",
    "1000000",
    "999999.999",
    "0x10",
    "%E0%A4%A",
    "",
    " ",
    "Y",
    "maybe",
    "lb",
    "stone",
    "x".repeat(9_000),
    "\u202e\u0301",
  ),
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1e21, -0, 0.1 + 0.2),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);

const CLIENT_FIELDS = [
  "client_id",
  "first_name",
  "last_name",
  "address1",
  "address2",
  "city",
  "state",
  "postal_code",
  "home_phone",
  "cell_phone",
  "work_phone",
  "email",
  "inactive",
  "updated_at",
];
const PATIENT_FIELDS = [
  "patient_id",
  "client_id",
  "name",
  "species",
  "breed",
  "sex",
  "birth_date",
  "weight",
  "weight_unit",
  "deceased",
  "deceased_date",
  "updated_at",
];

const goodClient = (id: string) => ({
  client_id: id,
  first_name: "Ana",
  last_name: "Ruiz",
  city: "Portland",
  state: "OR",
  postal_code: "97201",
  email: "ana@example.com",
  updated_at: "2026-11-01T10:00:00Z",
});
const goodPatient = (id: string, clientId: string) => ({
  patient_id: id,
  client_id: clientId,
  name: "Rex",
  species: "dog",
  weight: 12,
  weight_unit: "kg",
  birth_date: "2020-05-01",
  updated_at: "2026-11-01T10:00:00Z",
});

const json = (path: string, key: string, body: unknown) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

let agentKey: string;
let practiceId: string;

beforeAll(async () => {
  const w = await makeWorld();
  practiceId = w.practice.id;
  await db.practice.update({ where: { id: practiceId }, data: { status: "INSTALL_SCHEDULED" } });
  agentKey = await issueAgentKey(w.partnerActor, practiceId);
});

describe("fuzzed agent input", () => {
  it("a batch with a malformed value in any field: never 5xx, exactly the applied records stored", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CLIENT_FIELDS),
        malformed,
        fc.constantFrom(...PATIENT_FIELDS),
        malformed,
        async (clientField, clientValue, patientField, patientValue) => {
          const run = uid();
          const clients = [goodClient(`${run}-C0`), { ...goodClient(`${run}-C1`), [clientField]: clientValue }];
          const patients = [
            goodPatient(`${run}-P0`, `${run}-C0`),
            { ...goodPatient(`${run}-P1`, `${run}-C0`), [patientField]: patientValue },
          ];
          const total = () =>
            db.$queryRaw<{ n: bigint }[]>`
          SELECT (SELECT count(*) FROM pims_clients WHERE practice_id = ${practiceId}) + (SELECT count(*) FROM pims_patients WHERE practice_id = ${practiceId}) AS n`.then(
              (r) => Number(r[0].n),
            );
          const before = await total();
          const response = await batches.POST(
            json("/api/agent/v1/batches", agentKey, { batch_id: run, mode: "full", clients, patients }),
          );
          expect(response.status).toBeLessThan(500);
          if (response.status !== 200) {
            expect(await total()).toBe(before);
            return;
          }
          const result = await response.json();
          // The good client and its good pet always go in; the malformed ones only if they were storable after all.
          expect(result.applied).toBeGreaterThanOrEqual(2);
          const written = await db.$queryRaw<{ n: bigint }[]>`
          SELECT (SELECT count(*) FROM pims_clients c JOIN sync_batches b ON b.id = c.last_batch_id WHERE b.practice_id = ${practiceId} AND b.batch_key = ${run})
               + (SELECT count(*) FROM pims_patients p JOIN sync_batches b ON b.id = p.last_batch_id WHERE b.practice_id = ${practiceId} AND b.batch_key = ${run}) AS n`;
          expect(Number(written[0].n)).toBe(result.applied);
          expect(await db.syncError.count({ where: { practiceId, batch: { batchKey: run } } })).toBe(result.errors.length);
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);

  it("a malformed envelope, heartbeat or acknowledgement: never 5xx", async () => {
    const envelopeFields = ["batch_id", "mode", "last", "expected_clients", "expected_patients", "clients", "patients"];
    const heartbeatFields = ["agent_version", "pims_version", "last_export_at"];
    const ackFields = ["id", "lease_id", "result", "pims_line_id", "reason"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...envelopeFields),
        fc.constantFrom(...heartbeatFields),
        fc.constantFrom(...ackFields),
        malformed,
        async (envelopeField, heartbeatField, ackField, value) => {
          const envelope = { batch_id: uid(), mode: "delta", clients: [], patients: [], [envelopeField]: value };
          const beat = {
            agent_version: "1.0",
            pims_version: "8.5",
            last_export_at: "2026-11-01T10:00:00Z",
            [heartbeatField]: value,
          };
          const acks = { acks: [{ id: "x", lease_id: "y", result: "written", pims_line_id: "1", [ackField]: value }] };
          for (const response of [
            await batches.POST(json("/api/agent/v1/batches", agentKey, envelope)),
            await heartbeat.POST(json("/api/agent/v1/heartbeat", agentKey, beat)),
            await ack.POST(json("/api/agent/v1/writebacks/ack", agentKey, acks)),
          ]) {
            expect(response.status).toBeLessThan(500);
          }
        },
      ),
      { numRuns: RUNS },
    );
    // Bodies that are not even JSON, or far too big.
    for (const body of ["", "{", "\u0000", "[1,2", "null", "1e999", '{"acks":' + "[".repeat(5000)]) {
      for (const path of ["/api/agent/v1/batches", "/api/agent/v1/heartbeat", "/api/agent/v1/writebacks/ack"]) {
        const handler = {
          "/api/agent/v1/batches": batches.POST,
          "/api/agent/v1/heartbeat": heartbeat.POST,
          "/api/agent/v1/writebacks/ack": ack.POST,
        }[path]!;
        expect((await handler(json(path, agentKey, body))).status, `${path} ${body.slice(0, 10)}`).toBeLessThan(500);
      }
    }
  }, 300_000);
});

describe("fuzzed fulfilment input", () => {
  it("a shipment report with a malformed value in any field: never 5xx, and a refused one ships nothing", async () => {
    const w = await writebackWorld();
    const fields = ["order_number", "carrier", "tracking_number", "shipped_at", "extra"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), malformed, async (field, value) => {
        const orderNumber = await placeOrder(w.practiceId, "HP1");
        const report = {
          order_number: orderNumber,
          carrier: "UPS",
          tracking_number: `1Z${uid().replace(/-/g, "")}`,
          [field]: value,
        };
        const response = await shipments.POST(json("/api/fulfillment/v1/shipments", DEV_FULFILLMENT_SERVICE_KEY, report));
        expect(response.status).toBeLessThan(500);
        const order = await db.order.findUnique({ where: { orderNumber }, select: { shippedAt: true } });
        if (response.status >= 400) {
          expect(order?.shippedAt ?? null).toBeNull();
          expect(await db.writebackItem.count({ where: { orderLine: { order: { orderNumber } } } })).toBe(0);
        } else {
          expect(order?.shippedAt).not.toBeNull();
          // The date printed into the PIMS line is a real four-digit year.
          const items = await db.writebackItem.findMany({
            where: { orderLine: { order: { orderNumber } } },
            select: { text: true },
          });
          for (const item of items) expect(item.text).toMatch(/^\d{2}\/\d{2}\/\d{4} /);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

describe("fuzzed home-delivery upload", () => {
  it("a file with a malformed value in any cell: problems listed, nothing written; or imported whole", async () => {
    const { practice } = await makeWorld();
    const clientColumns = [
      "hd_client_id",
      "first_name",
      "last_name",
      "address1",
      "address2",
      "city",
      "state",
      "postal_code",
      "phone",
      "email",
    ];
    const petColumns = ["hd_pet_id", "hd_client_id", "name", "species", "breed", "birth_date", "weight_lb"];
    const cell = (value: unknown) => {
      const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
      return `"${text.replace(/"/g, '""')}"`;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...clientColumns),
        fc.constantFrom(...petColumns),
        malformed,
        async (clientColumn, petColumn, value) => {
          const run = uid();
          const client: Record<string, unknown> = {
            hd_client_id: `${run}-H1`,
            first_name: "Ana",
            last_name: "Ruiz",
            address1: "1 Main St",
            address2: "",
            city: "Portland",
            state: "OR",
            postal_code: "97201",
            phone: "503-555-0100",
            email: "ana@example.com",
            [clientColumn]: value,
          };
          const pet: Record<string, unknown> = {
            hd_pet_id: `${run}-HP1`,
            hd_client_id: `${run}-H1`,
            name: "Rex",
            species: "dog",
            breed: "",
            birth_date: "2020-01-01",
            weight_lb: "20",
            [petColumn]: value,
          };
          const clients = `${clientColumns.join(",")}\n${clientColumns.map((c) => cell(client[c])).join(",")}\n`;
          const pets = `${petColumns.join(",")}\n${petColumns.map((c) => cell(pet[c])).join(",")}\n`;
          const before = await db.homeDeliveryClient.count({ where: { practiceId: practice.id } });
          try {
            const result = await importHomeDelivery(practice.id, {
              clients: Readable.from([clients]),
              pets: Readable.from([pets]),
            });
            expect(result.clients).toBe(1);
          } catch (error) {
            expect(error).toBeInstanceOf(HomeDeliveryImportError);
            expect(await db.homeDeliveryClient.count({ where: { practiceId: practice.id } })).toBe(before);
            expect(await db.homeDeliveryPet.count({ where: { practiceId: practice.id, hdPetId: `${run}-HP1` } })).toBe(0);
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
