// One home-delivery pet of a practice, for the onboarding team: its client, its PIMS link (and
// whether the PIMS marks it deceased), its orders with each line's writeback state (and a form to
// ship an order still waiting), the history of its writebacks, and what the update policy applied
// by itself to its PIMS patient and that patient's owner.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPractice } from "@/lib/auth/guards";
import { formatInZone } from "@/lib/format/dates";
import { bucketOf } from "@/lib/writeback/buckets";
import { KIND_LABELS, PHARMACY_LABELS, REASON_LABELS } from "@/lib/writeback/eligibility";
import { getPetWithOrders } from "@/lib/writeback/queries";
import { formatQuantity } from "@/lib/writeback/record-line";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { BucketBadge, DeceasedBadge } from "@/components/writeback/bucket-badge";
import { ShipOrderForm } from "@/components/writeback/ship-order-form";
import { RetryButton } from "@/components/writeback/retry-button";
import { UnlinkPetForm } from "@/components/manual-link/link-pet-form";
import { PetLinkSearch } from "@/components/manual-link/pet-link-search";
import { searchPimsRecords } from "@/lib/merge/manual-link";
import { listRecordAppliedChanges } from "@/lib/sync/applied-queries";
import { AppliedChangesTable } from "@/components/sync/applied-changes-table";

export const metadata: Metadata = { title: "Pet" };

const th = "px-3 py-2 text-left font-medium text-slate-600";
const EVENT_LABELS: Record<string, string> = {
  queued: "Queued",
  waiting_for_link: "Waiting for link",
  not_eligible: "Not eligible",
  released: "Released",
  delivered: "Delivered to agent",
  written: "Written",
  failed: "Failed",
  dead: "Dead-lettered",
  retried: "Retried",
  withdrawn: "Withdrawn",
  ack_refused: "Late acknowledgement refused",
};

export default async function PetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; hdPetId: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { id, hdPetId: rawPetId } = await params;
  const rawQ = (await searchParams).q;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim().slice(0, 100) ?? "";
  const hdPetId = decodeURIComponent(rawPetId);
  const { practice } = await requireStaffPractice(`/practices/${id}/pets/${rawPetId}`, id);
  const data = await getPetWithOrders(id, hdPetId);
  if (!data) notFound();
  const { pet, client, link, patient, orders, events } = data;
  const [hits, applied] = await Promise.all([
    !link && q.length >= 2 ? searchPimsRecords(id, q) : null,
    patient ? listRecordAppliedChanges(id, patient.pimsId, patient.clientPimsId) : null,
  ]);
  const tz = practice.timeZone;
  const lineOf = new Map(
    orders.flatMap((o) => o.lines.map((l) => [l.writeback?.id ?? "", { order: o.orderNumber, product: l.product }] as const)),
  );

  return (
    <div>
      <PageHeader
        title={`${pet.name ?? "Unnamed pet"} (${pet.species ?? "species unknown"})`}
        subtitle={
          <>
            Home-delivery pet {pet.hdPetId} of {practice.name}
            {client && (
              <>
                {" "}
                · client {[client.firstName, client.lastName].filter(Boolean).join(" ")} ({client.hdClientId})
              </>
            )}
          </>
        }
        actions={
          <Link className="text-sm underline" href={`/practices/${id}/writebacks`}>
            Back to writeback
          </Link>
        }
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          {orders.length === 0 && (
            <Card title="Orders">
              <p className="text-sm text-slate-600">No order yet.</p>
            </Card>
          )}
          {orders.map((o) => (
            <section
              key={o.id}
              id={`order-${o.orderNumber}`}
              aria-labelledby={`order-${o.orderNumber}-title`}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
            >
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`order-${o.orderNumber}-title`} className="text-base font-semibold">
                  Order {o.orderNumber}
                </h2>
                <p className="text-sm text-slate-600">
                  {o.status === "SHIPPED" && o.shippedAt ? (
                    <>
                      Shipped {formatInZone(o.shippedAt, tz)} · {o.carrier} {o.trackingNumber}
                      {o.shippedBy && <> · reported by {o.shippedBy}</>}
                    </>
                  ) : o.status === "CANCELLED" ? (
                    "Cancelled"
                  ) : (
                    <>Placed {formatInZone(o.placedAt, tz)} · not shipped yet</>
                  )}
                </p>
              </div>
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[40rem] text-sm">
                  <caption className="sr-only">Lines of order {o.orderNumber}</caption>
                  <thead className="border-b border-slate-200 bg-slate-50">
                    <tr>
                      <th scope="col" className={th}>
                        Product
                      </th>
                      <th scope="col" className={th}>
                        Kind
                      </th>
                      <th scope="col" className={th}>
                        Quantity
                      </th>
                      <th scope="col" className={th}>
                        Filled by
                      </th>
                      <th scope="col" className={th}>
                        Writeback
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.lines.map((l) => {
                      const w = l.writeback;
                      const bucket = w ? bucketOf(w) : null;
                      return (
                        <tr key={l.id} className="border-b border-slate-100 align-top">
                          <th scope="row" className="px-3 py-2 text-left font-normal">
                            {l.product}
                            {l.prescriber && <span className="block text-xs text-slate-500">Rx {l.prescriber}</span>}
                          </th>
                          <td className="px-3 py-2">{KIND_LABELS[l.kind]}</td>
                          <td className="px-3 py-2 whitespace-nowrap">
                            {formatQuantity(l.quantity.toString())} {l.unit}
                          </td>
                          <td className="px-3 py-2">{PHARMACY_LABELS[l.fulfilledBy]}</td>
                          <td className="px-3 py-2">
                            {!w || !bucket ? (
                              <span className="text-slate-500">When shipped</span>
                            ) : (
                              <div className="space-y-1">
                                <div className="flex flex-wrap gap-1">
                                  <BucketBadge bucket={bucket} />
                                  {w.deceasedFlag && <DeceasedBadge />}
                                </div>
                                {w.ineligibleReason && (
                                  <p className="text-xs text-slate-600">{REASON_LABELS[w.ineligibleReason]}</p>
                                )}
                                {w.pimsLineId && <p className="text-xs text-slate-600">PIMS line {w.pimsLineId}</p>}
                                {w.lastError && w.status !== "WRITTEN" && <p className="text-xs text-red-800">{w.lastError}</p>}
                                {w.status === "DEAD" && (
                                  <RetryButton practiceId={id} itemId={w.id} what={`${l.product} of order ${o.orderNumber}`} />
                                )}
                              </div>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {o.lines.some((l) => l.writeback?.text && l.writeback.status !== "NOT_ELIGIBLE") && (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer text-slate-700">What the PIMS record line says</summary>
                  <ul className="mt-2 space-y-1 font-mono text-xs text-slate-700">
                    {o.lines
                      .filter((l) => l.writeback && l.writeback.status !== "NOT_ELIGIBLE")
                      .map((l) => (
                        <li key={l.id}>{l.writeback!.text}</li>
                      ))}
                  </ul>
                </details>
              )}
              {o.status === "PLACED" && (
                <div className="mt-4 border-t border-slate-100 pt-4">
                  <ShipOrderForm practiceId={id} orderNumber={o.orderNumber} />
                </div>
              )}
            </section>
          ))}
          {applied && (
            <Card title={`Applied automatically from the PIMS (${applied.length})`}>
              <p className="mb-3 text-sm text-slate-600">
                Changes the update policy made by itself to PIMS patient {patient!.pimsId} and its owner (client{" "}
                {patient!.clientPimsId}).
              </p>
              <AppliedChangesTable
                practiceId={id}
                rows={applied}
                timeZone={tz}
                caption={`Changes applied automatically to PIMS patient ${patient!.pimsId} and its owner`}
              />
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-5">
          <Card title="PIMS link">
            {link ? (
              <div className="space-y-2 text-sm">
                <p>
                  Linked to PIMS patient <strong>{link.pimsPatientId}</strong>
                  {patient && (
                    <>
                      {" "}
                      ({patient.name}, {patient.species})
                    </>
                  )}
                  .
                </p>
                {patient?.deceased && (
                  <Notice tone="warning">
                    The PIMS marks this patient deceased
                    {patient.deceasedDate ? ` (${patient.deceasedDate.toISOString().slice(0, 10)})` : ""}. Shipments are still
                    written back and flagged.
                  </Notice>
                )}
                <UnlinkPetForm practiceId={id} hdPetId={hdPetId} />
              </div>
            ) : (
              <>
                <Notice tone="warning">
                  Not linked to a PIMS patient yet: its shipped prescription lines wait and are written back as soon as it is
                  linked. Find its PIMS patient below (its client must be linked to that patient&apos;s owner first).
                </Notice>
                <PetLinkSearch practiceId={id} hdPetId={hdPetId} q={q} hits={hits} />
              </>
            )}
          </Card>
          <Card title="Writeback history">
            {events.length === 0 ? (
              <p className="text-sm text-slate-600">Nothing yet.</p>
            ) : (
              <ol className="space-y-3 text-sm">
                {events.map((e) => (
                  <li key={e.id} className="border-l-2 border-slate-200 pl-3">
                    <p>
                      <strong>{EVENT_LABELS[e.kind] ?? e.kind}</strong> · {lineOf.get(e.itemId)?.product}{" "}
                      <span className="text-slate-500">(order {lineOf.get(e.itemId)?.order})</span>
                    </p>
                    {e.note && <p className="text-slate-700">{e.note}</p>}
                    <p className="text-xs text-slate-500">
                      {formatInZone(e.createdAt, tz)} · {e.actor}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
