// The pharmacy's home-delivery clients and pets of one practice, for the onboarding team: what
// is loaded, when and by whom, and an upload of the two contract files (section 2).
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import { formatInZone } from "@/lib/format/dates";
import { getHomeDeliverySummary } from "@/lib/home-delivery/queries";
import { findHomeDeliveryPets, PET_SEARCH_LIMIT, petSearchSchema } from "@/lib/home-delivery/find-pets";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ExpectedColumns } from "@/components/home-delivery/columns";
import { HomeDeliveryUploadForm } from "@/components/home-delivery/upload-form";
import { formatCount } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Home-delivery records" };

export default async function HomeDeliveryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { id } = await params;
  const { q } = await searchParams;
  const { practice } = await requireStaffPractice(`/practices/${id}/home-delivery`, id);
  const summary = await getHomeDeliverySummary(id);
  const query = q === undefined ? null : petSearchSchema.safeParse(q);
  const found = query?.success ? await findHomeDeliveryPets(id, query.data) : null;
  const fmt = (d: Date) => formatInZone(d, practice.timeZone);

  return (
    <div>
      <PageHeader
        title={`Home-delivery records: ${practice.name}`}
        subtitle="The pharmacy's existing home-delivery clients and pets for this practice, matched against the practice's PIMS clients."
        actions={
          <Link className="text-sm underline" href={`/practices/${id}`}>
            Back to practice
          </Link>
        }
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card title="Find a pet">
            <form method="get" role="search" aria-label="Find a home-delivery pet" className="flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor="pet-q" className="block text-sm font-medium text-slate-800">
                  Pet or owner: name or id
                </label>
                <input
                  id="pet-q"
                  name="q"
                  type="search"
                  defaultValue={q ?? ""}
                  className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
                  aria-invalid={query?.success === false || undefined}
                  aria-describedby={query?.success === false ? "pet-q-error" : "pet-q-help"}
                />
              </div>
              <button type="submit" className={buttonClass("primary")}>
                Find
              </button>
            </form>
            {query?.success === false ? (
              <p id="pet-q-error" className="mt-2 text-sm text-red-700">
                {query.error.issues[0].message}
              </p>
            ) : (
              <p id="pet-q-help" className="mt-2 text-xs text-slate-500">
                Opens the pet&apos;s page: its PIMS link, orders, shipping and writeback history.
              </p>
            )}
            {found &&
              (found.length === 0 ? (
                <p className="mt-4 text-sm">No pet or owner matches &ldquo;{q}&rdquo;.</p>
              ) : (
                <table className="mt-4 w-full text-left text-sm">
                  <caption className="sr-only">Pets matching {q}</caption>
                  <thead className="text-xs uppercase text-slate-500">
                    <tr>
                      <th scope="col" className="py-1 pr-3">
                        Pet
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Owner
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        PIMS link
                      </th>
                      <th scope="col" className="py-1">
                        Orders
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {found.map((pet) => (
                      <tr key={pet.hdPetId} className="border-t border-slate-100">
                        <td className="py-2 pr-3">
                          <Link
                            className="font-medium underline"
                            href={`/practices/${id}/pets/${encodeURIComponent(pet.hdPetId)}`}
                          >
                            {pet.name ?? "(no name)"}
                          </Link>{" "}
                          <span className="text-xs text-slate-500">
                            {pet.species ?? ""} · {pet.hdPetId}
                          </span>
                        </td>
                        <td className="py-2 pr-3">
                          {pet.ownerName || "(no name)"} <span className="text-xs text-slate-500">{pet.hdClientId}</span>
                        </td>
                        <td className="py-2 pr-3">
                          {pet.pimsPatientId ? (
                            `Patient ${pet.pimsPatientId}`
                          ) : (
                            <span className="text-slate-500">Not linked yet</span>
                          )}
                        </td>
                        <td className="py-2">{formatCount(pet.orders)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            {found && found.length === PET_SEARCH_LIMIT && (
              <p className="mt-2 text-xs text-slate-500">
                Showing the first {PET_SEARCH_LIMIT}: add a word to narrow the search.
              </p>
            )}
          </Card>
          <Card title="Upload files">
            <HomeDeliveryUploadForm practiceId={id} />
          </Card>
          <Card title="Expected columns">
            <ExpectedColumns />
          </Card>
        </div>
        <div className="space-y-5">
          <Card title="Loaded now">
            <dl className="grid grid-cols-2 gap-3 text-sm">
              <div>
                <dt className="text-slate-500">Clients</dt>
                <dd className="text-2xl font-semibold" data-testid="hd-clients">
                  {formatCount(summary.clients)}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Pets</dt>
                <dd className="text-2xl font-semibold" data-testid="hd-pets">
                  {formatCount(summary.pets)}
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-slate-500">Last import</dt>
                <dd>
                  {summary.lastImportedAt ? (
                    <>
                      {fmt(summary.lastImportedAt)} by{" "}
                      {summary.lastImportedBy ?? "the command line (pims-link import-home-delivery)"}
                    </>
                  ) : (
                    "Nothing imported yet"
                  )}
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-slate-500">PIMS clients synced</dt>
                <dd>
                  {summary.pimsClients > 0
                    ? `${formatCount(summary.pimsClients)} (matching runs after each import)`
                    : "None yet: matching starts when the sync agent sends PIMS data"}
                </dd>
              </div>
            </dl>
          </Card>
          <Card title="Recent uploads">
            {summary.uploads.length === 0 ? (
              <p className="text-sm text-slate-600">No uploads from this page yet.</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {summary.uploads.map((u) => (
                  <li key={u.id}>
                    <p>{u.note}</p>
                    <p className="text-xs text-slate-500">
                      <time dateTime={u.createdAt.toISOString()}>{fmt(u.createdAt)}</time> · {u.actorLabel}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
