// The pharmacy's home-delivery clients and pets of one practice, for the onboarding team: what
// is loaded, when and by whom, and an upload of the two contract files (section 2).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPracticeForUser } from "@/lib/onboarding/queries";
import { formatInZone } from "@/lib/onboarding/clock";
import { getHomeDeliverySummary } from "@/lib/home-delivery/queries";
import { Card, PageHeader } from "@/components/ui/card";
import { ExpectedColumns } from "@/components/home-delivery/columns";
import { HomeDeliveryUploadForm } from "@/components/home-delivery/upload-form";

export const metadata: Metadata = { title: "Home-delivery records" };

export default async function HomeDeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/practices/${id}/home-delivery`);
  if (user.role !== "STAFF") notFound();
  const { practice } = await getPracticeForUser(user, id);
  const summary = await getHomeDeliverySummary(id);
  const fmt = (d: Date) => formatInZone(d, practice.timeZone);
  const n = (value: number) => value.toLocaleString("en-US");

  return (
    <div>
      <PageHeader
        title={`Home-delivery records: ${practice.name}`}
        subtitle="The pharmacy's existing home-delivery clients and pets for this practice, matched against the practice's PIMS clients."
        actions={<Link className="text-sm underline" href={`/practices/${id}`}>Back to practice</Link>}
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
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
              <div><dt className="text-slate-500">Clients</dt><dd className="text-2xl font-semibold" data-testid="hd-clients">{n(summary.clients)}</dd></div>
              <div><dt className="text-slate-500">Pets</dt><dd className="text-2xl font-semibold" data-testid="hd-pets">{n(summary.pets)}</dd></div>
              <div className="col-span-2">
                <dt className="text-slate-500">Last import</dt>
                <dd>
                  {summary.lastImportedAt
                    ? <>{fmt(summary.lastImportedAt)} by {summary.lastImportedBy ?? "the command line (pims-link import-home-delivery)"}</>
                    : "Nothing imported yet"}
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-slate-500">PIMS clients synced</dt>
                <dd>{summary.pimsClients > 0 ? `${n(summary.pimsClients)} (matching runs after each import)` : "None yet: matching starts when the sync agent sends PIMS data"}</dd>
              </div>
            </dl>
          </Card>
          <Card title="Recent uploads">
            {summary.uploads.length === 0 ? <p className="text-sm text-slate-600">No uploads from this page yet.</p> : (
              <ul className="space-y-3 text-sm">
                {summary.uploads.map((u) => (
                  <li key={u.id}>
                    <p>{u.note}</p>
                    <p className="text-xs text-slate-500"><time dateTime={u.createdAt.toISOString()}>{fmt(u.createdAt)}</time> · {u.actorLabel}</p>
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
