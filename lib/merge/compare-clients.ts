// The fields a person compares before linking a home-delivery client to a PIMS client by hand:
// shown side by side on the link page and kept in the decision's evidence. Both records arrive
// normalized (lowercase email, E.164 phones, USPS street), so plain equality is a fair "same".
export type ComparableClient = {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phones: string[];
  street: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
};

export type FieldComparison = { field: "name" | "email" | "phone" | "address"; hd: string; pims: string; same: boolean };

const up = (v: string | null | undefined) => (v ?? "").trim().toUpperCase();
const join = (parts: (string | null | undefined)[], sep = " ") => parts.filter(Boolean).join(sep);

export function compareClients(hd: ComparableClient, pims: ComparableClient): FieldComparison[] {
  const address = (c: ComparableClient) => join([c.street, join([c.city, c.state, c.zip])], ", ");
  return [
    {
      field: "name",
      hd: join([hd.firstName, hd.lastName]),
      pims: join([pims.firstName, pims.lastName]),
      same: up(hd.firstName) === up(pims.firstName) && up(hd.lastName) === up(pims.lastName),
    },
    { field: "email", hd: hd.email ?? "", pims: pims.email ?? "", same: Boolean(hd.email) && up(hd.email) === up(pims.email) },
    {
      field: "phone",
      hd: hd.phones.join(", "),
      pims: pims.phones.join(", "),
      same: hd.phones.some((p) => pims.phones.includes(p)),
    },
    {
      field: "address",
      hd: address(hd),
      pims: address(pims),
      same: Boolean(hd.street) && up(hd.street) === up(pims.street) && up(hd.zip) === up(pims.zip),
    },
  ];
}
