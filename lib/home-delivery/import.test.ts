import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeWorld } from "@/tests/factories";
import { HomeDeliveryImportError, importHomeDelivery } from "./import";

const CLIENTS_HEADER = "hd_client_id,first_name,last_name,address1,address2,city,state,postal_code,phone,email";
const PETS_HEADER = "hd_pet_id,hd_client_id,name,species,breed,birth_date,weight_lb";

let root: string;
let dir: string;
let practiceId: string;

async function write(clients: string[], pets: string[]) {
  await writeFile(join(dir, "home-delivery-clients.csv"), [CLIENTS_HEADER, ...clients].join("\n") + "\n");
  await writeFile(join(dir, "home-delivery-pets.csv"), [PETS_HEADER, ...pets].join("\n") + "\n");
}

const counts = async () => ({
  clients: await db.homeDeliveryClient.count({ where: { practiceId } }),
  pets: await db.homeDeliveryPet.count({ where: { practiceId } }),
});

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HomeDeliveryImportError);
  return (error as HomeDeliveryImportError).problems.map((p) => p.message);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "hd-import-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(root, "set-"));
  practiceId = (await makeWorld()).practice.id;
});

describe("importHomeDelivery", () => {
  it("normalizes and stores clients and pets, and upserts by id on a second import", async () => {
    await write(
      [
        'HD1,  mary ,O\'BRIEN,"123 north main street apt 4",,portland,Oregon,97201-1234,(503) 555-0100,Mary@Example.COM',
        "HD2,John,Smith,,,,,,,",
      ],
      ["PET1,HD1,rex,dog,beagle,2019-03-02,24.456", "PET2,HD1,Tom,cat,,,", "PET3,HD2,Bella,Canine,Lab,,"],
    );
    expect(await importHomeDelivery(practiceId, dir)).toEqual({ clients: 2, pets: 3, newClients: 2, newPets: 3 });

    const mary = await db.homeDeliveryClient.findUniqueOrThrow({
      where: { practiceId_hdClientId: { practiceId, hdClientId: "HD1" } },
    });
    expect(mary).toMatchObject({
      firstName: "Mary",
      lastName: "O'Brien",
      address1: "123 N MAIN ST",
      address2: "APT 4",
      city: "PORTLAND",
      state: "OR",
      postalCode: "97201",
      phone: "+15035550100",
      email: "mary@example.com",
    });
    const rex = await db.homeDeliveryPet.findUniqueOrThrow({ where: { practiceId_hdPetId: { practiceId, hdPetId: "PET1" } } });
    expect(rex).toMatchObject({ hdClientId: "HD1", name: "Rex", species: "Canine", breed: "Beagle" });
    expect(rex.birthDate?.toISOString().slice(0, 10)).toBe("2019-03-02");
    expect(Number(rex.weightLb)).toBe(24.46);

    // Same ids again: updated, not duplicated; a pet may name a client imported earlier.
    await write(["HD2,Johnny,Smith,,,,,,,"], ["PET3,HD1,Bella,Canine,Lab,,", "PET4,HD2,Max,Canine,,,"]);
    expect(await importHomeDelivery(practiceId, dir)).toEqual({ clients: 1, pets: 2, newClients: 0, newPets: 1 });
    expect(await counts()).toEqual({ clients: 2, pets: 4 });
    const john = await db.homeDeliveryClient.findUniqueOrThrow({
      where: { practiceId_hdClientId: { practiceId, hdClientId: "HD2" } },
    });
    expect(john.firstName).toBe("Johnny");
  });

  it("writes nothing when any row is bad, and names file, row and column of every problem", async () => {
    await write(
      ["HD1,Ann,Lee,,,,,,,", ",No,Id,,,,,,,", "HD1,Dup,Licate,,,,,,,", "HD4,Too,Few"],
      ["PET1,HD1,Rex,Canine,,2019-02-30,", "PET2,HD9,Tom,Feline,,,", "PET3,HD1,Big,Canine,,,heavy", "PET4,HD1,Ok,Canine,,,12"],
    );
    const problems = await problemsOf(importHomeDelivery(practiceId, dir));
    expect(problems).toEqual([
      "home-delivery-clients.csv row 2, column hd_client_id: is required",
      'home-delivery-clients.csv row 3, column hd_client_id: duplicate hd_client_id "HD1" (first seen at row 1)',
      "home-delivery-clients.csv row 4: expected 10 fields like the header, found 3",
      expect.stringMatching(/^home-delivery-pets\.csv row 1, column birth_date: /),
      'home-delivery-pets.csv row 2, column hd_client_id: client "HD9" is not in home-delivery-clients.csv nor imported earlier',
      expect.stringMatching(/^home-delivery-pets\.csv row 3, column weight_lb: /),
    ]);
    expect(await counts()).toEqual({ clients: 0, pets: 0 });
  });

  it("rejects a pet whose client exists in no file and no earlier import", async () => {
    await write(["HD1,Ann,Lee,,,,,,,"], ["PET1,HD1,Rex,Canine,,,", "PET2,HD404,Ghost,Canine,,,"]);
    expect(await problemsOf(importHomeDelivery(practiceId, dir))).toEqual([
      'home-delivery-pets.csv row 2, column hd_client_id: client "HD404" is not in home-delivery-clients.csv nor imported earlier',
    ]);
    expect(await counts()).toEqual({ clients: 0, pets: 0 });
  });

  it("reports a missing file or a missing column", async () => {
    await writeFile(join(dir, "home-delivery-clients.csv"), "first_name,last_name\nAnn,Lee\n");
    expect(await problemsOf(importHomeDelivery(practiceId, dir))).toEqual([
      expect.stringMatching(/^home-delivery-pets\.csv: file not found/),
    ]);
    await writeFile(join(dir, "home-delivery-pets.csv"), `${PETS_HEADER}\n`);
    expect(await problemsOf(importHomeDelivery(practiceId, dir))).toEqual([
      "home-delivery-clients.csv line 1: missing required column hd_client_id in header",
    ]);
  });

  it("runs beforeCommit inside the transaction: its failure rolls the import back", async () => {
    await write(["HD1,Ann,Lee,,,,,,,"], ["PET1,HD1,Rex,Canine,,,"]);
    const seen: unknown[] = [];
    const failing = importHomeDelivery(practiceId, dir, {
      beforeCommit: async (tx, result) => {
        seen.push(
          result,
          (await tx.query(`SELECT count(*)::int AS n FROM home_delivery_clients WHERE practice_id = $1`, [practiceId])).rows[0].n,
        );
        throw new Error("record failed");
      },
    });
    await expect(failing).rejects.toThrow("record failed");
    expect(seen).toEqual([{ clients: 1, pets: 1, newClients: 1, newPets: 1 }, 1]);
    expect(await counts()).toEqual({ clients: 0, pets: 0 });
  });

  it("accepts streams (a web upload) and imports thousands of rows in one go", async () => {
    const clients = [
      CLIENTS_HEADER,
      ...Array.from(
        { length: 12_000 },
        (_, i) =>
          `H${i},First${i},Last${i},${i} Oak Ave,,Salem,OR,97301,503-555-${String(i % 10_000).padStart(4, "0")},p${i}@example.com`,
      ),
    ];
    const pets = [
      PETS_HEADER,
      ...Array.from({ length: 15_000 }, (_, i) => `Q${i},H${i % 12_000},Pet${i},Feline,,,${(i % 30) + 1}`),
    ];
    const result = await importHomeDelivery(practiceId, {
      clients: Readable.from([clients.join("\n")]),
      pets: Readable.from([pets.join("\n")]),
    });
    expect(result).toEqual({ clients: 12_000, pets: 15_000, newClients: 12_000, newPets: 15_000 });
    expect(await counts()).toEqual({ clients: 12_000, pets: 15_000 });
  });
});
