// On an unlinked pet's page: search the practice's PIMS records (a GET form, so results are a
// link) and link the pet to one of the patients found.
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { PimsSearchHit } from "@/lib/merge/manual-link";
import { LinkPetForm } from "./link-pet-form";

export function PetLinkSearch({
  practiceId,
  hdPetId,
  q,
  hits,
}: {
  practiceId: string;
  hdPetId: string;
  q: string;
  hits: PimsSearchHit[] | null;
}) {
  return (
    <div className="mt-3">
      <form method="get" className="flex items-end gap-2" aria-label="Find the pet in the PIMS">
        <div className="grow">
          <TextField
            label="Find in the PIMS"
            name="q"
            type="search"
            defaultValue={q}
            hint="Client or pet name, phone, email or PIMS id"
            maxLength={100}
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {hits && hits.length === 0 && <p className="mt-2 text-sm text-slate-600">{`No PIMS client or patient matches "${q}".`}</p>}
      {hits && hits.length > 0 && (
        <ul className="mt-3 space-y-3 text-sm" aria-label="PIMS clients found">
          {hits.map((c) => (
            <li key={c.pimsId} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">{`${c.firstName} ${c.lastName} (PIMS client ${c.pimsId})`}</p>
              <p className="text-xs text-slate-600">{[c.email, ...c.phones, c.city].filter(Boolean).join(" · ")}</p>
              <ul className="mt-2 space-y-2">
                {c.patients.map((p) => (
                  <li key={p.pimsId}>
                    <p>{`${p.name}, ${p.species} (patient ${p.pimsId})${p.deceased ? " · deceased" : ""}`}</p>
                    {p.linkedHdPetId ? (
                      <p className="text-xs text-slate-500">{`Already linked to home-delivery pet ${p.linkedHdPetId}`}</p>
                    ) : (
                      <LinkPetForm
                        practiceId={practiceId}
                        hdPetId={hdPetId}
                        pimsPatientId={p.pimsId}
                        label={`${p.name} (${p.pimsId})`}
                      />
                    )}
                  </li>
                ))}
                {c.patients.length === 0 && <li className="text-xs text-slate-500">No patients.</li>}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
