// One batch from the sync agent: its counts, and every record it rejected with the reason.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPractice } from "@/lib/auth/guards";
import { formatInZone } from "@/lib/format/dates";
import { ERROR_PAGE_SIZE, getSyncBatch, listBatchErrors } from "@/lib/sync/queries";
import { Card, PageHeader } from "@/components/ui/card";
import { BatchErrors } from "@/components/sync/batch-errors";
import { BatchStatusBadge } from "@/components/sync/sync-badges";
import { PageLinks } from "@/components/sync/page-links";
import { formatCount, formatMilliseconds } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Sync batch" };

export default async function BatchPage({ params, searchParams }: { params: Promise<{ id: string; batchId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { id, batchId } = await params;
  const { practice } = await requireStaffPractice(`/practices/${id}/sync/batches/${batchId}`, id);
  const page = Math.max(1, Math.floor(Number((await searchParams).page)) || 1);
  const [batch, errors] = await Promise.all([getSyncBatch(id, batchId), listBatchErrors(id, batchId, page)]);
  if (!batch) notFound();
  const pageCount = Math.max(1, Math.ceil(batch._count.errors / ERROR_PAGE_SIZE));
  const facts: [string, string][] = [
    ["Kind", batch.mode === "full" ? "First load" : "Update"],
    ["Received", formatInZone(batch.receivedAt, practice.timeZone)],
    ["Records", formatCount(batch.received)],
    ["Stored", formatCount(batch.applied)],
    ["Rejected", formatCount(batch.rejected)],
    ["For review", formatCount(batch.pendingChanges)],
    ["Took", formatMilliseconds(batch.durationMs)],
  ];
  return (
    <div>
      <PageHeader
        title={`Batch ${batch.batchKey}`}
        subtitle={<>{practice.name} · <BatchStatusBadge status={batch.status} /></>}
        actions={<Link className="text-sm underline" href={`/practices/${id}/sync`}>Back to sync</Link>}
      />
      <Card>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4 lg:grid-cols-7">
          {facts.map(([label, value]) => <div key={label}><dt className="text-slate-500">{label}</dt><dd className="font-medium">{value}</dd></div>)}
        </dl>
      </Card>
      <Card title={`Rejected records (${formatCount(batch._count.errors)})`} className="mt-5">
        <BatchErrors errors={errors} rejected={batch.rejected} stored={batch._count.errors} />
        <PageLinks label="Pages of errors" page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={(p) => `/practices/${id}/sync/batches/${batchId}?page=${p}`} />
      </Card>
    </div>
  );
}
