import { describe, expect, it } from "vitest";
import {
  validateHomeDeliveryClientRecord,
  validateHomeDeliveryPetRecord,
  validateLinkRecord,
  validatePimsClientRecord,
  validatePimsPatientRecord,
} from "./validate-record";

const client = {
  client_id: "1001",
  first_name: "Ann",
  last_name: "O'Brien",
  updated_at: "2024-05-01T13:45:00-07:00",
};

describe("validatePimsClientRecord", () => {
  it("returns the parsed row with defaults for a minimal JSON record", () => {
    const result = validatePimsClientRecord(client);
    expect(result).toEqual({
      ok: true,
      row: {
        ...client,
        address1: null,
        address2: null,
        city: null,
        state: null,
        postal_code: null,
        home_phone: null,
        cell_phone: null,
        work_phone: null,
        email: null,
        inactive: false,
        updated_at: new Date("2024-05-01T20:45:00Z"),
      },
    });
  });

  it("accepts JSON-native values: numeric ids, booleans for flags, null for empty", () => {
    const result = validatePimsClientRecord({ ...client, client_id: 1001, inactive: true, email: null, extra: 1 });
    expect(result.ok && result.row).toMatchObject({ client_id: "1001", inactive: true, email: null });
    expect(result.ok && "extra" in result.row).toBe(false);
  });

  it("trims values and treats whitespace-only as empty", () => {
    const result = validatePimsClientRecord({ ...client, first_name: "  Ann ", city: "   ", inactive: " y " });
    expect(result.ok && result.row).toMatchObject({ first_name: "Ann", city: null, inactive: true });
  });

  it("lists every bad field with a reason, in column order", () => {
    const result = validatePimsClientRecord({ client_id: "", first_name: "Ann", inactive: "maybe", updated_at: "yesterday" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons).toEqual([
      { field: "client_id", message: "is required" },
      { field: "last_name", message: "is required" },
      { field: "inactive", message: "expected Y or N" },
      { field: "updated_at", message: 'not an ISO 8601 timestamp with offset (got "yesterday")' },
    ]);
  });

  it("rejects non-objects and wrong JSON types", () => {
    expect(validatePimsClientRecord(null)).toEqual({
      ok: false,
      reasons: [{ field: "", message: "expected an object with named fields" }],
    });
    expect(validatePimsClientRecord([client]).ok).toBe(false);
    const wrongType = validatePimsClientRecord({ ...client, first_name: { x: 1 } });
    expect(wrongType).toEqual({ ok: false, reasons: [{ field: "first_name", message: "expected text" }] });
  });
});

describe("validatePimsPatientRecord", () => {
  const patient = {
    patient_id: "P1",
    client_id: "1001",
    name: "Rex",
    species: "Canine",
    updated_at: "2024-05-01T13:45:00Z",
  };

  it("applies defaults: weight_unit lb, deceased N", () => {
    const result = validatePimsPatientRecord(patient);
    expect(result.ok && result.row).toMatchObject({ weight: null, weight_unit: "lb", deceased: false, birth_date: null });
  });

  it("parses decimals, units, flags and dates", () => {
    const result = validatePimsPatientRecord({
      ...patient,
      weight: "12.50",
      weight_unit: "KG",
      deceased: "Y",
      deceased_date: "2024-03-01",
      birth_date: "2015-02-28",
    });
    expect(result.ok && result.row).toMatchObject({
      weight: 12.5,
      weight_unit: "kg",
      deceased: true,
      deceased_date: "2024-03-01",
      birth_date: "2015-02-28",
    });
    expect(validatePimsPatientRecord({ ...patient, weight: 7 }).ok).toBe(true);
  });

  it.each([
    ["weight", "12,5", 'not a decimal number (got "12,5")'],
    ["weight", "-3", 'must not be negative (got "-3")'],
    ["weight_unit", "stone", "expected lb or kg"],
    ["birth_date", "2015-02-30", 'not a valid YYYY-MM-DD date (got "2015-02-30")'],
    ["birth_date", "02/03/2015", 'not a valid YYYY-MM-DD date (got "02/03/2015")'],
    ["deceased", "yes", "expected Y or N"],
  ])("rejects %s = %s", (field, value, message) => {
    expect(validatePimsPatientRecord({ ...patient, [field]: value })).toEqual({ ok: false, reasons: [{ field, message }] });
  });
});

describe("home-delivery records", () => {
  it("need only their ids", () => {
    expect(validateHomeDeliveryClientRecord({ hd_client_id: "HD1" }).ok).toBe(true);
    expect(validateHomeDeliveryPetRecord({ hd_pet_id: "HP1", hd_client_id: "HD1" }).ok).toBe(true);
    expect(validateHomeDeliveryPetRecord({ hd_pet_id: "HP1" })).toEqual({
      ok: false,
      reasons: [{ field: "hd_client_id", message: "is required" }],
    });
  });

  it("parse weight_lb as a number", () => {
    const result = validateHomeDeliveryPetRecord({ hd_pet_id: "HP1", hd_client_id: "HD1", weight_lb: "45.2" });
    expect(result.ok && result.row.weight_lb).toBe(45.2);
  });
});

describe("validateLinkRecord", () => {
  it("accepts the three decisions", () => {
    expect(validateLinkRecord({ hd_client_id: "HD1", client_id: "1", decision: "merged", score: "0.97" }).ok).toBe(true);
    expect(validateLinkRecord({ hd_client_id: "HD1", client_id: "1", decision: "review", score: 0.6 }).ok).toBe(true);
    expect(validateLinkRecord({ hd_client_id: "HD1", client_id: "", decision: "unmatched", score: 0 }).ok).toBe(true);
  });

  it("ties client_id to the decision and bounds the score", () => {
    expect(validateLinkRecord({ hd_client_id: "HD1", client_id: "", decision: "merged", score: 1 })).toEqual({
      ok: false,
      reasons: [{ field: "client_id", message: "is required when decision is merged" }],
    });
    expect(validateLinkRecord({ hd_client_id: "HD1", client_id: "7", decision: "unmatched", score: 0.1 })).toEqual({
      ok: false,
      reasons: [{ field: "client_id", message: "must be empty when decision is unmatched" }],
    });
    const bad = validateLinkRecord({ hd_client_id: "HD1", client_id: "7", decision: "maybe", score: 1.5 });
    expect(bad.ok === false && bad.reasons.map((r) => r.field)).toEqual(["decision", "score"]);
  });
});
