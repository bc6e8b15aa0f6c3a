// The columns of the two home-delivery files (contract section 2), shown beside the upload form
// so staff can check a file before sending it. Names come from the contract's file specs.
import { HOME_DELIVERY_CLIENTS_FILE, HOME_DELIVERY_PETS_FILE, type ContractFileSpec } from "@/lib/contracts";

const NOTES: Record<string, string> = {
  hd_client_id: "the pharmacy's client id; unique in the file",
  hd_pet_id: "the pharmacy's pet id; unique in the file",
  state: "2-letter code or the state's name",
  phone: "any common format, e.g. (503) 555-0100",
  birth_date: "YYYY-MM-DD",
  weight_lb: "pounds, a decimal number",
};
const PET_CLIENT_NOTE = "owner: a client in the clients file or imported earlier";

function ColumnTable({ spec, id }: { spec: ContractFileSpec<unknown>; id: string }) {
  const required = new Set(spec.requiredColumns);
  const isPets = spec === HOME_DELIVERY_PETS_FILE;
  return (
    <table className="w-full table-fixed text-left text-sm" aria-labelledby={id}>
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="w-2/6 py-1 pr-3 font-medium">
            Column
          </th>
          <th scope="col" className="w-1/6 py-1 pr-3 font-medium">
            Required
          </th>
          <th scope="col" className="py-1 font-medium">
            Notes
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.columns.map((column) => (
          <tr key={column} className="border-t border-slate-100">
            <td className="py-1 pr-3">
              <code>{column}</code>
            </td>
            <td className="py-1 pr-3">{required.has(column) ? "yes" : "no"}</td>
            <td className="py-1 text-slate-600">
              {isPets && column === "hd_client_id" ? PET_CLIENT_NOTE : (NOTES[column] ?? "")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExpectedColumns() {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Comma-separated, first line a header. Columns are matched by name in any order; extra columns are ignored. Both files are
        checked completely before anything is saved.
      </p>
      <div>
        <h3 id="clients-columns" className="text-sm font-semibold text-slate-900">
          <code>{HOME_DELIVERY_CLIENTS_FILE.fileName}</code>
        </h3>
        <ColumnTable spec={HOME_DELIVERY_CLIENTS_FILE as ContractFileSpec<unknown>} id="clients-columns" />
      </div>
      <div>
        <h3 id="pets-columns" className="text-sm font-semibold text-slate-900">
          <code>{HOME_DELIVERY_PETS_FILE.fileName}</code>
        </h3>
        <ColumnTable spec={HOME_DELIVERY_PETS_FILE as ContractFileSpec<unknown>} id="pets-columns" />
      </div>
    </div>
  );
}
