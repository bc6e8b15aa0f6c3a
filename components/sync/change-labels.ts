// How a pending change reads to a practice manager: the kind of change and each value's label.
export const CHANGE_TITLES: Record<string, string> = {
  client_name: "Client name",
  client_address: "Client address",
  client_phones: "Client phone numbers",
  client_status: "Client active / inactive",
  pet_name: "Pet name",
  pet_details: "Pet details",
};

export const VALUE_LABELS: Record<string, string> = {
  firstName: "First name",
  lastName: "Last name",
  address1: "Address line 1",
  address2: "Address line 2",
  city: "City",
  state: "State",
  postalCode: "ZIP code",
  homePhone: "Home phone",
  cellPhone: "Cell phone",
  workPhone: "Work phone",
  inactive: "Status",
  name: "Name",
  clientPimsId: "Owner (PIMS client id)",
  species: "Species",
  breed: "Breed",
  sex: "Sex",
  birthDate: "Birth date",
};

export function displayValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (key === "inactive") return value ? "Inactive" : "Active";
  return String(value);
}
