import { describe, expect, it } from "vitest";
import type { HomeDeliveryClientRow, HomeDeliveryPetRow, PimsClientRow, PimsPatientRow } from "@/lib/contracts";
import { normalizeClient, normalizeHomeDeliveryClient, normalizeHomeDeliveryPet, normalizePatient } from "./normalize";

const updatedAt = new Date("2024-05-01T20:45:00Z");

const pimsClient: PimsClientRow = {
  client_id: "1001",
  first_name: "  ROBERT ",
  last_name: "o'brien",
  address1: "123 North Main Street, Apt. 4",
  address2: null,
  city: "portland",
  state: "Oregon",
  postal_code: "97201-1234",
  home_phone: "(503) 555-0100",
  cell_phone: "503.555.0199",
  work_phone: "+1 503 555 0100", // same number as home: listed once in phones
  email: " Bob.OBrien@Example.COM ",
  inactive: false,
  updated_at: updatedAt,
};

describe("normalizeClient", () => {
  it("returns the documented normalized shape", () => {
    expect(normalizeClient(pimsClient)).toEqual({
      clientId: "1001",
      firstName: "Robert",
      lastName: "O'Brien",
      address1: "123 N MAIN ST",
      address2: "APT 4",
      city: "PORTLAND",
      state: "OR",
      postalCode: "97201",
      email: "bob.obrien@example.com",
      homePhone: "+15035550100",
      cellPhone: "+15035550199",
      workPhone: "+15035550100",
      phones: ["+15035550100", "+15035550199"],
      inactive: false,
      updatedAt,
    });
  });

  it("turns unusable contact values into null", () => {
    const result = normalizeClient({ ...pimsClient, home_phone: "555-0100", cell_phone: null, work_phone: "n/a", email: "none" });
    expect(result).toMatchObject({ homePhone: null, cellPhone: null, workPhone: null, phones: [], email: null });
  });
});

describe("normalizeHomeDeliveryClient", () => {
  const hd: HomeDeliveryClientRow = {
    hd_client_id: "HD1",
    first_name: "bob",
    last_name: "O'BRIEN",
    address1: "123 N Main St",
    address2: "#4",
    city: "Portland ",
    state: "or",
    postal_code: "97201",
    phone: "5035550100",
    email: "bob.obrien@example.com",
  };

  it("produces the same address, phone and email forms as the PIMS side", () => {
    const normalized = normalizeHomeDeliveryClient(hd);
    const pims = normalizeClient(pimsClient);
    expect(normalized).toEqual({
      hdClientId: "HD1",
      firstName: "Bob",
      lastName: "O'Brien",
      address1: pims.address1,
      address2: pims.address2,
      city: pims.city,
      state: pims.state,
      postalCode: pims.postalCode,
      email: pims.email,
      phone: "+15035550100",
      phones: ["+15035550100"],
    });
  });

  it("keeps missing names null", () => {
    expect(normalizeHomeDeliveryClient({ ...hd, first_name: null, last_name: null, phone: null })).toMatchObject({
      firstName: null,
      lastName: null,
      phone: null,
      phones: [],
    });
  });
});

describe("normalizePatient", () => {
  const patient: PimsPatientRow = {
    patient_id: "P1",
    client_id: "1001",
    name: "MR. WHISKERS",
    species: "cat",
    breed: "dsh",
    sex: "Female Spayed",
    birth_date: "2015-06-01",
    weight: 4.5,
    weight_unit: "kg",
    deceased: true,
    deceased_date: "2024-03-01",
    updated_at: updatedAt,
  };

  it("returns the documented normalized shape", () => {
    expect(normalizePatient(patient)).toEqual({
      patientId: "P1",
      clientId: "1001",
      name: "Mr. Whiskers",
      species: "Feline",
      breed: "DSH",
      sex: "FS",
      birthDate: "2015-06-01",
      weightLb: 9.92,
      weightKg: 4.5,
      deceased: true,
      deceasedDate: "2024-03-01",
      updatedAt,
    });
  });

  it("leaves an unweighed pet without weight", () => {
    expect(normalizePatient({ ...patient, weight: null })).toMatchObject({ weightLb: null, weightKg: null });
    expect(normalizePatient({ ...patient, weight: 0 })).toMatchObject({ weightLb: null, weightKg: null });
  });
});

describe("normalizeHomeDeliveryPet", () => {
  it("maps the pharmacy's vocabulary onto the PIMS one", () => {
    const pet: HomeDeliveryPetRow = {
      hd_pet_id: "HP1",
      hd_client_id: "HD1",
      name: "rex",
      species: "Dog",
      breed: "labrador retriever",
      birth_date: null,
      weight_lb: 72.4,
    };
    expect(normalizeHomeDeliveryPet(pet)).toEqual({
      hdPetId: "HP1",
      hdClientId: "HD1",
      name: "Rex",
      species: "Canine",
      breed: "Labrador Retriever",
      birthDate: null,
      weightLb: 72.4,
      weightKg: 32.84,
    });
  });
});
