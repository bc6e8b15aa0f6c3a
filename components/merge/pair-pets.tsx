// The pets of both clients: the pairs a merge links (name + species, + birth date when both
// have one), then each pet without a partner, which stays listed on its own (never dropped).
import type { PetRow, ShownPet } from "@/lib/merge/review/view";

function Pet({ pet }: { pet: ShownPet | null }) {
  if (!pet) return <span className="text-slate-500">(no partner)</span>;
  const facts = [pet.species, pet.breed, pet.birthDate && `born ${pet.birthDate}`].filter(Boolean).join(" · ");
  return (
    <>
      <span className="font-medium">{pet.name}</span>
      {pet.deceased && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs font-semibold text-slate-800">deceased</span>}
      <span className="block text-xs text-slate-600">
        {facts || "no details"} · {pet.id}
      </span>
    </>
  );
}

export function PairPets({ rows, merged }: { rows: PetRow[]; merged: boolean }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Pets of both clients and which would be linked</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="py-2 pr-3 font-semibold">
              Home-delivery pet
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              PIMS patient
            </th>
            <th scope="col" className="w-72 py-2 font-semibold">
              {merged ? "Link" : "On merge"}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={3} className="py-2 pl-2 text-slate-600">
                Neither client has pets on record.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr
              key={`${row.hd?.id ?? ""}|${row.pims?.id ?? ""}`}
              className={`border-b border-slate-100 align-top ${row.outcome === "linked" ? "bg-emerald-50" : ""}`}
            >
              <td className="py-2 pl-2 pr-3">
                <Pet pet={row.hd} />
              </td>
              <td className="py-2 pr-3">
                <Pet pet={row.pims} />
              </td>
              <td className="py-2 pr-2">
                <span
                  className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${row.outcome === "linked" ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
                >
                  <span aria-hidden="true">{row.outcome === "linked" ? "⇄" : "○"}</span>
                  {row.outcome === "linked" ? (merged ? "Linked" : "Would be linked") : "Stays on its own, listed"}
                </span>
                <span className="mt-0.5 block text-xs text-slate-600">{row.detail}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
