// Re-sync on demand and what the last full reload did not carry (marked, never deleted).
import { Card } from "@/components/ui/card";
import type { listMissingRecords, listResyncRequests } from "@/lib/resync/requests";
import { formatInZone } from "@/lib/format/dates";
import { ResyncForm } from "./resync-form";

type Requests = Awaited<ReturnType<typeof listResyncRequests>>;
type Missing = Awaited<ReturnType<typeof listMissingRecords>>;

function stateOf(r: Requests[number], fmt: (d: Date) => string) {
  if (r.completedAt)
    return `received ${fmt(r.completedAt)}${r.mode === "full" ? `: ${r.missingClients} clients and ${r.missingPatients} patients missing` : ""}`;
  if (r.deliveredAt) return `the agent has it since ${fmt(r.deliveredAt)}; waiting for its batches`;
  return "waiting for the agent's next heartbeat";
}

export function ResyncCard({
  practiceId,
  requests,
  missing,
  timeZone,
  canAsk,
}: {
  practiceId: string;
  requests: Requests;
  missing: Missing;
  timeZone: string;
  canAsk: boolean;
}) {
  const fmt = (d: Date) => formatInZone(d, timeZone);
  const open = requests.find((r) => !r.completedAt);
  return (
    <Card title="Re-sync">
      <p className="mb-3 text-sm text-slate-600">
        The agent learns of a re-sync from its next heartbeat. A reload goes through the same update policy as every update:
        names, addresses and pet names still wait for review.
      </p>
      {canAsk && !open && <ResyncForm practiceId={practiceId} />}
      {requests.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          {requests.map((r) => (
            <li
              key={r.id}
            >{`${r.mode === "full" ? "Full reload" : `Changes since ${r.since?.toISOString().slice(0, 10)}`}, asked by ${r.requestedBy} ${fmt(r.requestedAt)}: ${stateOf(r, fmt)}`}</li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{`Missing from the last full reload (${missing.clientCount} clients, ${missing.patientCount} patients)`}</h3>
      {missing.clientCount + missing.patientCount === 0 ? (
        <p className="text-sm text-slate-600">None.</p>
      ) : (
        <div className="mt-1 grid gap-4 text-sm sm:grid-cols-2">
          <ul aria-label="Clients missing from the reload" className="space-y-0.5">
            {missing.clients.map((c) => (
              <li key={c.pimsId}>{`Client ${c.pimsId}: ${c.firstName} ${c.lastName}`}</li>
            ))}
          </ul>
          <ul aria-label="Patients missing from the reload" className="space-y-0.5">
            {missing.patients.map((p) => (
              <li key={p.pimsId}>{`Patient ${p.pimsId}: ${p.name} (client ${p.clientPimsId})`}</li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
