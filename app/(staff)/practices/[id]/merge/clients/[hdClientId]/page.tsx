// Link one home-delivery client by hand, for the onboarding team: the client and its pets, a
// search of this practice's PIMS clients (name, phone, email, id), each hit side by side with the
// client, and a link with a required reason. A merged client shows its link and the unmerge.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPractice } from "@/lib/auth/guards";
import { getClientToLink } from "@/lib/merge/manual-client-link";
import { searchPimsRecords } from "@/lib/merge/manual-link";
import { compareClients } from "@/lib/merge/compare-clients";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ClientComparison } from "@/components/manual-link/client-comparison";
import { LinkClientForm } from "@/components/manual-link/link-client-form";
import { UnmergeButton } from "@/components/merge/unmerge-button";
import { Announcer } from "@/components/merge/announcer";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Link a client by hand" };

export default async function LinkClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; hdClientId: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { id, hdClientId: rawId } = await params;
  const rawQ = (await searchParams).q;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim().slice(0, 100) ?? "";
  const hdClientId = decodeURIComponent(rawId);
  const { practice } = await requireStaffPractice(`/practices/${id}/merge/clients/${rawId}`, id);
  const hd = await getClientToLink(id, hdClientId);
  if (!hd) notFound();
  const merged = hd.link?.decision === "MERGED" ? hd.link : null;
  const hits = !merged && q.length >= 2 ? await searchPimsRecords(id, q) : null;
  const name = [hd.firstName, hd.lastName].filter(Boolean).join(" ") || "Unnamed client";

  return (
    <div>
      <PageHeader
        title={merged ? `${name}: linked to PIMS client ${merged.pimsClientId}` : `Link ${name} by hand`}
        subtitle={`Home-delivery client ${hd.hdClientId} of ${practice.name}`}
        actions={
          <Link className="text-sm underline" href={`/practices/${id}/merge/links?view=unmatched`}>
            Back to unmatched clients
          </Link>
        }
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <Card title="Home-delivery client" className="min-w-0 lg:self-start">
          <dl className="space-y-2 text-sm">
            {[
              ["Name", name],
              ["Email", hd.email],
              ["Phone", hd.phones.join(", ")],
              ["Address", [hd.street, [hd.city, hd.state, hd.zip].filter(Boolean).join(" ")].filter(Boolean).join(", ")],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd className="font-medium break-words">{value || "(none)"}</dd>
              </div>
            ))}
            <div>
              <dt className="text-slate-500">Pets</dt>
              <dd>
                {hd.pets.length === 0 ? (
                  "(none)"
                ) : (
                  <ul>
                    {hd.pets.map((p) => (
                      <li key={p.hdPetId}>
                        <Link className="underline" href={`/practices/${id}/pets/${encodeURIComponent(p.hdPetId)}`}>
                          {p.name ?? "Unnamed"}
                        </Link>{" "}
                        <span className="text-slate-600">({p.species ?? "species unknown"})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </Card>
        <div className="min-w-0 space-y-5 lg:col-span-2">
          {merged ? (
            <Card title="Linked">
              <Announcer>
                <p className="mb-2 text-sm">
                  Merged with PIMS client <strong>{merged.pimsClientId}</strong>{" "}
                  {merged.decidedBy === "engine" ? "automatically by the matching engine" : `by ${merged.decidedBy}`} on{" "}
                  {formatDateTime(merged.decidedAt, practice.timeZone)}.
                </p>
                {merged.reason && (
                  <p className="mb-2 text-sm">
                    <span className="text-slate-600">Reason given:</span> <q className="break-words">{merged.reason}</q>
                  </p>
                )}
                <p className="mb-3 text-sm">
                  If that is wrong, unmerge: both records stay as they were and lines not yet written go back to waiting.
                </p>
                <UnmergeButton
                  practiceId={id}
                  hdClientId={hd.hdClientId}
                  pair={`${name} and PIMS client ${merged.pimsClientId}`}
                />
              </Announcer>
            </Card>
          ) : (
            <Card title="Find the client in the PIMS">
              {hd.link?.decision === "REVIEW" && (
                <Notice tone="info">{`The engine proposed PIMS client ${hd.link.pimsClientId} for review; you can link another one here.`}</Notice>
              )}
              <form
                method="get"
                className="mt-2 flex flex-wrap items-end gap-2"
                role="search"
                aria-label="Find the client in the PIMS"
              >
                <div className="min-w-0 grow">
                  <TextField
                    label="Search this practice's PIMS clients"
                    name="q"
                    type="search"
                    defaultValue={q}
                    hint="Name, phone, email, PIMS client id, or a pet's name"
                    maxLength={100}
                  />
                </div>
                <Button type="submit" variant="secondary">
                  Search
                </Button>
              </form>
              {q.length > 0 && q.length < 2 && <p className="mt-3 text-sm text-slate-600">Type at least 2 characters.</p>}
              {hits && hits.length === 0 && <p className="mt-3 text-sm text-slate-600">{`No PIMS client matches "${q}".`}</p>}
              {hits && hits.length > 0 && (
                <ul className="mt-4 space-y-4" aria-label="PIMS clients found">
                  {hits.map((c) => {
                    const label = `${c.firstName} ${c.lastName} (PIMS client ${c.pimsId})`;
                    return (
                      <li key={c.pimsId} className="rounded-md border border-slate-200 p-3">
                        <h3 className="mb-2 text-sm font-semibold">{label}</h3>
                        <ClientComparison rows={compareClients(hd, c)} pimsLabel={label} />
                        <p className="mt-2 text-xs text-slate-600">
                          {c.patients.length === 0
                            ? "No patients in the PIMS."
                            : `Patients: ${c.patients.map((p) => `${p.name} (${p.species})`).join(", ")}`}
                        </p>
                        <LinkClientForm practiceId={id} hdClientId={hd.hdClientId} pimsClientId={c.pimsId} label={label} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
