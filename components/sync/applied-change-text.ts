// How one applied change reads: its kind's label and its before and after in plain words.
type Values = Record<string, unknown> | null;

export const APPLIED_KIND_LABELS: Record<string, string> = {
  new_client: "New client",
  new_patient: "New patient",
  email: "Email",
  weight: "Weight",
  deceased: "Deceased",
};

const text = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));

export function describeApplied(kind: string, values: Values): string {
  if (!values) return "Not in the pharmacy's copy";
  switch (kind) {
    case "email":
      return text(values.email) ?? "No email";
    case "weight":
      return values.weightLb === null || values.weightLb === undefined
        ? "Not weighed"
        : `${values.weightLb} lb (${values.weightKg} kg)`;
    case "deceased":
      return values.deceased ? `Deceased${values.deceasedDate ? ` on ${values.deceasedDate}` : ""}` : "Not deceased";
    case "new_client":
      return [values.firstName, values.lastName].filter(Boolean).join(" ") + (values.email ? ` · ${values.email}` : "");
    case "new_patient":
      return `${values.name} (${values.species}), owner ${values.clientPimsId}${values.deceased ? ", deceased" : ""}`;
    default:
      return JSON.stringify(values);
  }
}
