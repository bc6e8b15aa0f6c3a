import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractFileError } from "./errors";
import {
  readClientsCsv,
  readHomeDeliveryClientsCsv,
  readHomeDeliveryPetsCsv,
  readLinksCsv,
  readPatientsCsv,
  readTruthCsv,
  streamClientsCsv,
} from "./readers";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "contracts-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, "utf8");
  return path;
}

const CLIENT_HEADER =
  "client_id,first_name,last_name,address1,address2,city,state,postal_code,home_phone,cell_phone,work_phone,email,inactive,updated_at";

describe("readClientsCsv", () => {
  it("reads good rows, tolerating a BOM, CRLF, quotes, extra columns and reordered headers", async () => {
    const text =
      "\uFEFFupdated_at,Client_ID,first_name,last_name,favourite_colour,address1,inactive\r\n" +
      '2024-05-01T13:45:00-07:00,1001,Ann,"O\'Brien",blue,"12 Main St, Apt 4",Y\r\n' +
      '2024-05-02T08:00:00Z,1002,"Bob ""Bobby""",Smith,,"line one\nline two",\r\n';
    const { rows, errors } = await readClientsCsv(await file("clients.csv", text));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      client_id: "1001",
      last_name: "O'Brien",
      address1: "12 Main St, Apt 4",
      inactive: true,
      email: null, // column absent from the header: empty
    });
    expect(rows[1]).toMatchObject({ first_name: 'Bob "Bobby"', address1: "line one\nline two", inactive: false });
    expect(rows[1].updated_at.toISOString()).toBe("2024-05-02T08:00:00.000Z");
  });

  it("collects bad rows with file, 1-based data row, physical line and column, keeping good rows", async () => {
    const lines = [CLIENT_HEADER];
    for (let i = 1; i <= 20; i++) {
      const updated = i === 17 ? "last tuesday" : "2024-05-01T13:45:00Z";
      lines.push(`${1000 + i},First${i},Last${i},,,,,,,,,,N,${updated}`);
    }
    const { rows, errors } = await readClientsCsv(await file("clients.csv", `${lines.join("\n")}\n`));
    expect(rows).toHaveLength(19);
    expect(errors).toEqual([
      {
        file: "clients.csv",
        row: 17,
        line: 18,
        column: "updated_at",
        reason: 'not an ISO 8601 timestamp with offset (got "last tuesday")',
        message: 'clients.csv row 17, column updated_at: not an ISO 8601 timestamp with offset (got "last tuesday")',
      },
    ]);
  });

  it("reports the line a row starts on when earlier fields span lines, and skips blank lines", async () => {
    const text = `${CLIENT_HEADER}\n1,A,"multi\nline",,,,,,,,,,N,2024-01-01T00:00:00Z\n\n2,B,C,,,,,,,,,,X,2024-01-01T00:00:00Z\n`;
    const { errors } = await readClientsCsv(await file("clients.csv", text));
    expect(errors.map((e) => [e.row, e.line, e.column])).toEqual([[2, 5, "inactive"]]);
  });

  it("reports several problems in one row, wrong field counts and duplicate ids", async () => {
    const text = [
      CLIENT_HEADER,
      ",Ann,,,,,,,,,,,N,2024-01-01T00:00:00Z",
      "5,Too,Few",
      "6,Ann,Lee,,,,,,,,,,N,2024-01-01T00:00:00Z",
      "6,Dup,Lee,,,,,,,,,,N,2024-01-01T00:00:00Z",
    ].join("\n");
    const { rows, errors } = await readClientsCsv(await file("clients.csv", text));
    expect(rows.map((r) => r.client_id)).toEqual(["6"]);
    expect(errors.map((e) => e.message)).toEqual([
      "clients.csv row 1, column client_id: is required",
      "clients.csv row 1, column last_name: is required",
      "clients.csv row 2: expected 14 fields like the header, found 3",
      'clients.csv row 4, column client_id: duplicate client_id "6" (first seen at row 3)',
    ]);
  });

  it("throws ContractFileError naming a missing required column", async () => {
    const path = await file("clients.csv", "client_id,first_name,last_name\n1,A,B\n");
    const error = await readClientsCsv(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractFileError);
    expect((error as ContractFileError).message).toBe("clients.csv line 1: missing required column updated_at in header");
    expect((error as ContractFileError).file).toBe("clients.csv");
  });

  it("throws ContractFileError for duplicate columns, broken quoting, empty and missing files", async () => {
    await expect(readClientsCsv(await file("dup.csv", `${CLIENT_HEADER},email\n`))).rejects.toThrow(
      "dup.csv line 1: duplicate column email in header",
    );
    const broken = `${CLIENT_HEADER}\n1,"A"x,B,,,,,,,,,,N,2024-01-01T00:00:00Z\n`;
    await expect(readClientsCsv(await file("broken.csv", broken))).rejects.toThrow(/^broken\.csv line 2: malformed CSV/);
    await expect(readClientsCsv(await file("empty.csv", ""))).rejects.toThrow("empty.csv: file is empty (no header row)");
    const missing = await readClientsCsv(join(dir, "nope.csv")).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ContractFileError);
    expect((missing as Error).message).toMatch(/^nope\.csv: cannot read file: ENOENT/);
  });

  it("accepts a stream and streams outcomes one by one", async () => {
    const text = `${CLIENT_HEADER}\n1,A,B,,,,,,,,,,N,2024-01-01T00:00:00Z\n2,A,B,,,,,,,,,,N,bad\n`;
    const outcomes = [];
    for await (const outcome of streamClientsCsv(Readable.from([text]))) outcomes.push(outcome);
    expect(outcomes.map((o) => [o.ok, o.rowNumber, o.line])).toEqual([
      [true, 1, 2],
      [false, 2, 3],
    ]);
    const failed = outcomes[1];
    expect(!failed.ok && failed.errors[0].message).toMatch(/^clients\.csv row 2, column updated_at:/);
  });
});

describe("the other contract files", () => {
  it("readPatientsCsv applies defaults and validates", async () => {
    const text =
      "patient_id,client_id,name,species,breed,sex,birth_date,weight,weight_unit,deceased,deceased_date,updated_at\n" +
      "P1,1001,Rex,Canine,Labrador Retriever,MN,2015-06-01,72.4,,,,2024-05-01T00:00:00Z\n" +
      "P2,1001,Tom,Feline,,F,2015-06-31,4,kg,Y,2024-01-02,2024-05-01T00:00:00Z\n";
    const { rows, errors } = await readPatientsCsv(await file("patients.csv", text));
    expect(rows).toEqual([
      {
        patient_id: "P1",
        client_id: "1001",
        name: "Rex",
        species: "Canine",
        breed: "Labrador Retriever",
        sex: "MN",
        birth_date: "2015-06-01",
        weight: 72.4,
        weight_unit: "lb",
        deceased: false,
        deceased_date: null,
        updated_at: new Date("2024-05-01T00:00:00Z"),
      },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'patients.csv row 2, column birth_date: not a valid YYYY-MM-DD date (got "2015-06-31")',
    ]);
  });

  it("reads home-delivery clients and pets", async () => {
    const clients = await readHomeDeliveryClientsCsv(
      await file(
        "home-delivery-clients.csv",
        "hd_client_id,first_name,last_name,address1,address2,city,state,postal_code,phone,email\nHD1,Bob,Smith,,,,,,503.555.0100,\n",
      ),
    );
    expect(clients).toEqual({
      rows: [
        {
          hd_client_id: "HD1",
          first_name: "Bob",
          last_name: "Smith",
          address1: null,
          address2: null,
          city: null,
          state: null,
          postal_code: null,
          phone: "503.555.0100",
          email: null,
        },
      ],
      errors: [],
    });
    const pets = await readHomeDeliveryPetsCsv(
      await file(
        "home-delivery-pets.csv",
        "hd_pet_id,hd_client_id,name,species,breed,birth_date,weight_lb\nHP1,HD1,Rex,Dog,,,55\n",
      ),
    );
    expect(pets.rows[0]).toMatchObject({ hd_pet_id: "HP1", weight_lb: 55, birth_date: null });
  });

  it("reads links.csv and truth.csv", async () => {
    const links = await readLinksCsv(
      await file(
        "links.csv",
        "hd_client_id,client_id,decision,score\nHD1,1001,merged,0.97\nHD2,,unmatched,0.1\nHD3,,review,0.5\n",
      ),
    );
    expect(links.rows).toEqual([
      { hd_client_id: "HD1", client_id: "1001", decision: "merged", score: 0.97 },
      { hd_client_id: "HD2", client_id: null, decision: "unmatched", score: 0.1 },
    ]);
    expect(links.errors.map((e) => e.message)).toEqual([
      "links.csv row 3, column client_id: is required when decision is review",
    ]);
    const truth = await readTruthCsv(await file("truth.csv", "hd_client_id,client_id\nHD1,1001\n"));
    expect(truth).toEqual({ rows: [{ hd_client_id: "HD1", client_id: "1001" }], errors: [] });
    await expect(readTruthCsv(await file("truth2.csv", "hd_client_id\nHD1\n"))).rejects.toThrow(
      "truth2.csv line 1: missing required column client_id in header",
    );
  });
});
