import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { makeUser, makeWorld } from "@/tests/factories";
import { uploadHomeDelivery, type UploadDeps } from "./upload";
import { HOME_DELIVERY_EVENT_KIND, MAX_FILE_BYTES, MAX_LISTED_PROBLEMS } from "./upload-form";
import { getHomeDeliverySummary } from "./queries";

const CLIENTS_HEADER = "hd_client_id,first_name,last_name,address1,address2,city,state,postal_code,phone,email";
const PETS_HEADER = "hd_pet_id,hd_client_id,name,species,breed,birth_date,weight_lb";

const csv = (name: string, header: string, rows: string[]) =>
  new File([[header, ...rows].join("\n") + "\n"], name, { type: "text/csv" });
const clientsCsv = (rows: string[], name = "home-delivery-clients.csv") => csv(name, CLIENTS_HEADER, rows);
const petsCsv = (rows: string[], name = "home-delivery-pets.csv") => csv(name, PETS_HEADER, rows);

function formOf(files: { clientsFile?: File | string; petsFile?: File | string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(files)) if (value !== undefined) form.set(key, value);
  return form;
}

let world: Awaited<ReturnType<typeof makeWorld>>;
let queued: string[];
let deps: UploadDeps;
let formRead: boolean;
const reader = (form: FormData) => async () => {
  formRead = true;
  return form;
};

const counts = async () => ({
  clients: await db.homeDeliveryClient.count({ where: { practiceId: world.practice.id } }),
  pets: await db.homeDeliveryPet.count({ where: { practiceId: world.practice.id } }),
  events: await db.journeyEvent.count({ where: { practiceId: world.practice.id, kind: HOME_DELIVERY_EVENT_KIND } }),
});

const GOOD_CLIENTS = ["HD1,Ann,Lee,1 Main St,,Portland,OR,97201,503-555-0101,ann@example.com", "HD2,Bob,Ray,,,,,,,"];
const GOOD_PETS = ["P1,HD1,Rex,Canine,Beagle,2019-03-02,24", "P2,HD2,Tom,Feline,,,"];

beforeEach(async () => {
  world = await makeWorld();
  queued = [];
  formRead = false;
  deps = { enqueueMatching: async (practiceId) => void queued.push(practiceId) };
});

describe("uploadHomeDelivery", () => {
  it("imports both files, counts new and updated rows, records who uploaded, and queues no matching without PIMS data", async () => {
    const first = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: clientsCsv(GOOD_CLIENTS), petsFile: petsCsv(GOOD_PETS) })),
      deps,
    );
    expect(first).toMatchObject({
      ok: true,
      clients: { total: 2, new: 2, updated: 0 },
      pets: { total: 2, new: 2, updated: 0 },
      matchingQueued: false,
    });
    expect(queued).toEqual([]);

    const second = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(
        formOf({
          clientsFile: clientsCsv(["HD2,Bobby,Ray,,,,,,,", "HD3,Cy,Moe,,,,,,,"]),
          petsFile: petsCsv(["P2,HD2,Tom,Feline,,,", "P3,HD3,Max,Canine,,,"]),
        }),
      ),
      deps,
    );
    expect(second).toMatchObject({ ok: true, clients: { total: 2, new: 1, updated: 1 }, pets: { total: 2, new: 1, updated: 1 } });
    expect(await counts()).toEqual({ clients: 3, pets: 3, events: 2 });

    const summary = await getHomeDeliverySummary(world.practice.id);
    expect(summary).toMatchObject({ clients: 3, pets: 3, lastImportedBy: world.staffUser.name, pimsClients: 0 });
    expect(summary.uploads[0]!.note).toBe(
      "Home-delivery records imported from home-delivery-clients.csv and home-delivery-pets.csv: 2 clients (1 new, 1 updated), 2 pets (1 new, 1 updated)",
    );
    expect(summary.uploads[0]!.createdAt.getTime()).toBe(summary.lastImportedAt!.getTime());
  });

  it("queues matching after the import when the practice already has PIMS data", async () => {
    await db.pimsClient.create({
      data: {
        practiceId: world.practice.id,
        pimsId: "C1",
        firstName: "ANN",
        lastName: "LEE",
        pimsUpdatedAt: new Date(),
        lastBatchId: "batch-1",
      },
    });
    const outcome = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: clientsCsv(GOOD_CLIENTS), petsFile: petsCsv(GOOD_PETS) })),
      deps,
    );
    expect(outcome).toMatchObject({ ok: true, matchingQueued: true });
    expect(queued).toEqual([world.practice.id]);
  });

  it("keeps a good import when queuing the matching fails, and says matching was not queued", async () => {
    await db.pimsClient.create({
      data: {
        practiceId: world.practice.id,
        pimsId: "C1",
        firstName: "ANN",
        lastName: "LEE",
        pimsUpdatedAt: new Date(),
        lastBatchId: "batch-1",
      },
    });
    const failing: UploadDeps = { enqueueMatching: async () => Promise.reject(new Error("queue down")) };
    const outcome = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: clientsCsv(GOOD_CLIENTS), petsFile: petsCsv(GOOD_PETS) })),
      failing,
    );
    expect(outcome).toMatchObject({ ok: true, matchingQueued: false });
    expect(await counts()).toEqual({ clients: 2, pets: 2, events: 1 });
  });

  it("writes nothing when rows are bad, and lists every problem with file, row and column", async () => {
    const outcome = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(
        formOf({
          clientsFile: clientsCsv(["HD1,Ann,Lee,,,,,,,", ",No,Id,,,,,,,", "HD1,Dup,Licate,,,,,,,"]),
          petsFile: petsCsv(["P1,HD1,Rex,Canine,,2019-02-30,", "P2,HD9,Tom,Feline,,,"]),
        }),
      ),
      deps,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBe("4 problems found in the files. Nothing was imported: fix the files and upload both again.");
    expect(outcome.moreProblems).toBe(0);
    expect(outcome.problems!.map((p) => [p.file, p.row, p.column])).toEqual([
      ["home-delivery-clients.csv", 2, "hd_client_id"],
      ["home-delivery-clients.csv", 3, "hd_client_id"],
      ["home-delivery-pets.csv", 1, "birth_date"],
      ["home-delivery-pets.csv", 2, "hd_client_id"],
    ]);
    expect(await counts()).toEqual({ clients: 0, pets: 0, events: 0 });
    expect(queued).toEqual([]);
  });

  it("lists at most MAX_LISTED_PROBLEMS problems and counts the rest", async () => {
    const bad = Array.from({ length: MAX_LISTED_PROBLEMS + 7 }, (_, i) => `P${i},NOBODY,Rex,Canine,,,`);
    const outcome = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: clientsCsv(GOOD_CLIENTS), petsFile: petsCsv(bad, "pets-export.csv") })),
      deps,
    );
    expect(outcome).toMatchObject({ ok: false, moreProblems: 7 });
    const problems = outcome.ok ? [] : outcome.problems!;
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS);
    // Problems name the file as it was uploaded.
    expect(problems[0]).toMatchObject({ file: "pets-export.csv", row: 1, column: "hd_client_id" });
    expect(problems[0]!.message).toBe(
      'pets-export.csv row 1, column hd_client_id: client "NOBODY" is not in home-delivery-clients.csv nor imported earlier',
    );
    expect(await counts()).toEqual({ clients: 0, pets: 0, events: 0 });
  });

  it("names a missing, empty, non-CSV or oversized file per field and writes nothing", async () => {
    const missing = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: clientsCsv(GOOD_CLIENTS), petsFile: new File([], "") })),
      deps,
    );
    expect(missing).toEqual({
      ok: false,
      error: "Please correct the highlighted files.",
      fieldErrors: { petsFile: ["Choose the home-delivery pets file."] },
    });

    const absent = await uploadHomeDelivery(world.staffUser, world.practice.id, reader(formOf({ petsFile: "not a file" })), deps);
    expect(absent).toMatchObject({
      ok: false,
      fieldErrors: { clientsFile: ["Choose the home-delivery clients file."], petsFile: ["Choose the home-delivery pets file."] },
    });

    const wrong = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: new File(["x"], "clients.xlsx"), petsFile: new File([], "pets.csv") })),
      deps,
    );
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: {
        clientsFile: ["“clients.xlsx” is not a .csv file. Choose the home-delivery clients CSV file."],
        petsFile: ["“pets.csv” is empty."],
      },
    });

    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], "big.csv");
    const tooBig = await uploadHomeDelivery(
      world.staffUser,
      world.practice.id,
      reader(formOf({ clientsFile: huge, petsFile: petsCsv(GOOD_PETS) })),
      deps,
    );
    expect(tooBig).toMatchObject({
      ok: false,
      fieldErrors: { clientsFile: ["“big.csv” is 20.0 MB; the limit is 20 MB per file."] },
    });
    expect(await counts()).toEqual({ clients: 0, pets: 0, events: 0 });
  });

  it("refuses non-staff users of the practice and users of other practices before reading the upload", async () => {
    const form = formOf({ clientsFile: clientsCsv(GOOD_CLIENTS), petsFile: petsCsv(GOOD_PETS) });
    // The practice's own partner (once it is out of DRAFT) and primary contact see it, but may not upload.
    await db.practice.update({ where: { id: world.practice.id }, data: { status: "INVITED" } });
    for (const user of [world.partnerUser, world.primaryUser]) {
      const error = await uploadHomeDelivery(user, world.practice.id, reader(form), deps).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as UserFacingError).code).toBe("forbidden");
    }
    // Another partner's user, another practice's contact and an unknown practice: not found.
    const other = await makeWorld();
    const strangers = [
      [other.partnerUser, world.practice.id],
      [other.primaryUser, world.practice.id],
      [world.staffUser, "no-such-practice"],
    ] as const;
    for (const [user, practiceId] of strangers) {
      await expect(uploadHomeDelivery(user, practiceId, reader(form), deps)).rejects.toBeInstanceOf(NotFoundError);
    }
    const outsider = await makeUser("PRACTICE");
    await expect(uploadHomeDelivery(outsider, world.practice.id, reader(form), deps)).rejects.toBeInstanceOf(NotFoundError);
    expect(formRead).toBe(false);
    expect(await counts()).toEqual({ clients: 0, pets: 0, events: 0 });
  });
});
