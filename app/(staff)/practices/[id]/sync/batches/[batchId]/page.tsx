// One batch from the sync agent: its outcome and counts, what the update policy applied from it
// by itself (before and after), and every record it rejected with the reason.
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
import { listBatchAppliedChanges } from "@/lib/sync/applied-queries";
import { AppliedChangesTable } from "@/components/sync/applied-changes-table";

const OUTCOMES: Record<string, string> = {
  SUCCEEDED: "Every record was accepted.",
  PARTIAL: "Some records were rejected (listed below); the others were accepted.",
  FAILED: "Every record was rejected: nothing was stored.",
  NOTHING_TO_APPLY: "Every record was identical to (or older than) what the pharmacy already holds: nothing changed.",
};

export const metadata: Metadata = { title: "Sync batch" };

export default async function BatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; batchId: string }>;
  searchParams: Promise<{ page?: string; appliedPage?: string }>;
}) {
  const { id, batchId } = await params;
  const { practice } = await requireStaffPractice(`/practices/${id}/sync/batches/${batchId}`, id);
  const search = await searchParams;
  const pageOf = (v: string | undefined) => Math.max(1, Math.floor(Number(v)) || 1);
  const page = pageOf(search.page);
  const appliedPage = pageOf(search.appliedPage);
  const [batch, errors, applied] = await Promise.all([
    getSyncBatch(id, batchId),
    listBatchErrors(id, batchId, page),
    listBatchAppliedChanges(id, batchId, appliedPage),
  ]);
  if (!batch) notFound();
  const pageCount = Math.max(1, Math.ceil(batch._count.errors / ERROR_PAGE_SIZE));
  const facts: [string, string][] = [
    ["Kind", batch.mode === "full" ? "First load" : "Update"],
    ["Received", formatInZone(batch.receivedAt, practice.timeZone)],
    ["Records", formatCount(batch.received)],
    [batch.mode === "full" ? "Stored" : "Changed", formatCount(batch.applied)],
    ["Rejected", formatCount(batch.rejected)],
    ["For review", formatCount(batch.pendingChanges)],
    ["Took", formatMilliseconds(batch.durationMs)],
  ];
  return (
    <div>
      <PageHeader
        title={`Batch ${batch.batchKey}`}
        subtitle={
          <>
            {practice.name} · <BatchStatusBadge status={batch.status} />
          </>
        }
        actions={
          <Link className="text-sm underline" href={`/practices/${id}/sync`}>
            Back to sync
          </Link>
        }
      />
      <Card>
        <p className="mb-3 text-sm text-slate-700">{OUTCOMES[batch.status] ?? batch.status}</p>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4 lg:grid-cols-7">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {batch.mode === "delta" || applied.total > 0 ? (
        <Card title={`Applied automatically (${formatCount(applied.total)})`} className="mt-5">
          <AppliedChangesTable
            practiceId={id}
            rows={applied.rows}
            timeZone={practice.timeZone}
            caption={`Changes the update policy applied from batch ${batch.batchKey}`}
            showBatch={false}
          />
          <PageLinks
            label="Pages of applied changes"
            page={Math.min(appliedPage, applied.pageCount)}
            pageCount={applied.pageCount}
            hrefFor={(p) => `/practices/${id}/sync/batches/${batchId}?page=${page}&appliedPage=${p}`}
          />
        </Card>
      ) : null}
      <Card title={`Rejected records (${formatCount(batch.rejected)})`} className="mt-5">
        {batch._count.errors !== batch.rejected && batch._count.errors > 0 && (
          <p className="mb-2 text-sm text-slate-600">{`${formatCount(batch._count.errors)} problems were found in these ${formatCount(batch.rejected)} records (one record can have several).`}</p>
        )}
        <BatchErrors errors={errors} rejected={batch.rejected} stored={batch._count.errors} />
        <PageLinks
          label="Pages of errors"
          page={Math.min(page, pageCount)}
          pageCount={pageCount}
          hrefFor={(p) => `/practices/${id}/sync/batches/${batchId}?page=${p}&appliedPage=${appliedPage}`}
        />
      </Card>
    </div>
  );
}
