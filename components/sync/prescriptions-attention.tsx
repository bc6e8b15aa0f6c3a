// Prescriptions the sync paused (the PIMS reported the pet deceased) or flagged (the pet was
// renamed and needs a new prescription under its new name), each with its reason.
import { formatInZone } from "@/lib/format/dates";
import type { listPrescriptionsNeedingAttention } from "@/lib/sync/queries";
import { NEW_PRESCRIPTION_FLAG } from "@/lib/sync/review-schema";

type Data = Awaited<ReturnType<typeof listPrescriptionsNeedingAttention>>;
const th = "px-3 py-2 text-left font-medium text-slate-600";

function state(p: Data["rows"][number]) {
  if (p.flags.includes(NEW_PRESCRIPTION_FLAG)) return "New prescription needed";
  if (!p.active) return p.flags.includes("paused_deceased") ? "Paused (pet deceased)" : "Paused";
  return "Active";
}

export function PrescriptionsAttention({ data, timeZone }: { data: Data; timeZone: string }) {
  if (data.total === 0) return <p className="text-sm text-slate-600">No prescription was paused or flagged by the sync.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">Prescriptions paused or flagged by the sync</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Pet
            </th>
            <th scope="col" className={th}>
              Product
            </th>
            <th scope="col" className={th}>
              State
            </th>
            <th scope="col" className={th}>
              Auto-ship
            </th>
            <th scope="col" className={th}>
              Reason
            </th>
            <th scope="col" className={th}>
              Since
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((p) => (
            <tr key={p.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {p.pet ? `${p.pet.name} (${p.pet.species})` : "Unknown pet"}
                <span className="block text-xs text-slate-500">PIMS patient {p.patientPimsId}</span>
              </th>
              <td className="px-3 py-2">{p.product}</td>
              <td className="px-3 py-2 font-medium">{state(p)}</td>
              <td className="px-3 py-2">{p.autoShip ? "On" : "Off"}</td>
              <td className="px-3 py-2">{p.pausedReason ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatInZone(p.updatedAt, timeZone, { dateOnly: true })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.total > data.rows.length && (
        <p className="mt-2 text-xs text-slate-500">
          Showing the latest {data.rows.length} of {data.total}.
        </p>
      )}
    </div>
  );
}
