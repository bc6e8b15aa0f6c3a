// The practice's sync, for the onboarding team: the agent, the first load, freshness, records
// synced over time, the changes waiting for review, what the update policy applied by itself,
// prescriptions the sync paused or flagged, and the history of every batch.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import {
  getSyncSeries,
  getSyncSummary,
  listPendingChanges,
  listPrescriptionsNeedingAttention,
  listReviewedChanges,
  listSyncBatches,
} from "@/lib/sync/queries";
import { firstLoadProgress, syncFreshness } from "@/lib/sync/status";
import { Card, PageHeader } from "@/components/ui/card";
import { AgentCard } from "@/components/sync/agent-card";
import { FirstLoadCard } from "@/components/sync/first-load-card";
import { FreshnessCard, StaleAlert } from "@/components/sync/freshness-card";
import { SyncChartCard } from "@/components/sync/sync-chart-card";
import { PendingChanges } from "@/components/sync/pending-changes";
import { toChangeView } from "@/components/sync/change-view";
import { ReviewedChanges } from "@/components/sync/reviewed-changes";
import { PrescriptionsAttention } from "@/components/sync/prescriptions-attention";
import { BatchHistory } from "@/components/sync/batch-history";
import { PageLinks } from "@/components/sync/page-links";
import { AutoRefresh } from "@/components/sync/auto-refresh";
import { ResyncCard } from "@/components/resync/resync-card";
import { can } from "@/lib/auth/permissions";
import { appNow } from "@/lib/clock/now";
import { listMissingRecords, listResyncRequests } from "@/lib/resync/requests";
import { formatCount } from "@/lib/format/numbers";
import {
  countAppliedByKind,
  listAppliedFieldChanges,
  listNewRecordsByBatch,
  parseAppliedFilter,
  type AppliedFilter,
} from "@/lib/sync/applied-queries";
import { AppliedChangesTable } from "@/components/sync/applied-changes-table";
import { AppliedFilterLinks } from "@/components/sync/applied-filter";
import { NewRecordsByBatch } from "@/components/sync/new-records-by-batch";

export const metadata: Metadata = { title: "Sync" };

type Search = { batches?: string; changes?: string; applied?: string; appliedPage?: string };
const pageOf = (value: string | undefined) => Math.max(1, Math.floor(Number(value)) || 1);

export default async function SyncPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { roles } = await requireStaffPractice(`/practices/${id}/sync`, id);
  const now = await appNow();
  const batchPage = pageOf(search.batches);
  const changePage = pageOf(search.changes);
  const appliedFilter = parseAppliedFilter(search.applied);
  const appliedPage = pageOf(search.appliedPage);
  const [summary, series, changes, reviewed, prescriptions, batches] = await Promise.all([
    getSyncSummary(id),
    getSyncSeries(id, now),
    listPendingChanges(id, changePage),
    listReviewedChanges(id),
    listPrescriptionsNeedingAttention(id),
    listSyncBatches(id, batchPage),
  ]);
  const [resyncs, missing, appliedCounts, applied] = await Promise.all([
    listResyncRequests(id),
    listMissingRecords(id),
    countAppliedByKind(id),
    appliedFilter === "new"
      ? listNewRecordsByBatch(id, appliedPage).then((r) => ({ view: "new" as const, ...r }))
      : listAppliedFieldChanges(id, appliedFilter, appliedPage).then((r) => ({ view: "fields" as const, ...r })),
  ]);
  const { practice, totals } = summary;
  const tz = practice.timeZone;
  const freshness = syncFreshness(practice.lastSyncAt, practice.syncWindowHours, now);
  const progress = firstLoadProgress(
    {
      installedAt: practice.installedAt,
      approxClients: practice.approxClients,
      expectedClients: practice.firstLoadExpectedClients,
      expectedPatients: practice.firstLoadExpectedPatients,
      completedAt: practice.firstLoadCompletedAt,
      totals,
    },
    now,
  );
  const href = (next: Partial<Search>) => {
    const q = new URLSearchParams({
      batches: String(batchPage),
      changes: String(changePage),
      applied: appliedFilter,
      appliedPage: String(appliedPage),
      ...next,
    });
    return `/practices/${id}/sync?${q}`;
  };

  return (
    <div>
      <PageHeader
        title={`Sync: ${practice.name}`}
        subtitle={
          <>
            Client and patient data from the practice&apos;s {practice.pimsName} {practice.pimsVersion}, pushed by the sync agent.
            Times in {tz}.
          </>
        }
        actions={
          <Link className="text-sm underline" href={`/practices/${id}`}>
            Back to practice
          </Link>
        }
      />
      {progress.phase === "loading" && <AutoRefresh seconds={10} />}
      {progress.phase !== "loading" && <StaleAlert freshness={freshness} timeZone={tz} />}
      <div className="grid gap-5 lg:grid-cols-3">
        <FirstLoadCard progress={progress} timeZone={tz} now={now} />
        <FreshnessCard
          freshness={freshness}
          timeZone={tz}
          windowHours={practice.syncWindowHours}
          now={now}
          firstLoadInProgress={progress.phase === "loading" || progress.phase === "waiting"}
        />
        <AgentCard practice={practice} now={now} />
      </div>
      <div className="mt-5 space-y-5">
        <Card title={`Changes waiting for review (${formatCount(changes.total)})`}>
          <p className="mb-4 text-sm text-slate-600">
            The PIMS never overwrites a client&apos;s name, address or phones, or a pet&apos;s name: the address in the PIMS may
            not be where the client wants parcels shipped, and only staff may rename a pet. Apply a change to copy it into the
            pharmacy&apos;s record, or dismiss it with a reason.
          </p>
          <PendingChanges practiceId={id} changes={changes.rows.map((row) => toChangeView(row, tz))} />
          <PageLinks
            label="Pages of changes"
            page={Math.min(changePage, changes.pageCount)}
            pageCount={changes.pageCount}
            hrefFor={(p) => href({ changes: String(p) })}
          />
          <ReviewedChanges rows={reviewed} timeZone={tz} />
        </Card>
        <section
          id="applied"
          aria-labelledby="applied-title"
          className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        >
          <h2 id="applied-title" className="mb-3 text-base font-semibold text-slate-900">
            Applied automatically ({formatCount(appliedCounts.fields + appliedCounts.new)})
          </h2>
          <p className="mb-4 text-sm text-slate-600">
            After the first load the PIMS updates only a client&apos;s email, a pet&apos;s weight and deceased status, and adds
            new clients and patients, without review. Every such change is listed here with what it replaced.
          </p>
          <AppliedFilterLinks
            current={appliedFilter}
            counts={appliedCounts}
            hrefFor={(f: AppliedFilter) => `${href({ applied: f, appliedPage: "1" })}#applied`}
          />
          {applied.view === "new" ? (
            <NewRecordsByBatch practiceId={id} rows={applied.rows} timeZone={tz} />
          ) : (
            <AppliedChangesTable
              practiceId={id}
              rows={applied.rows}
              timeZone={tz}
              caption="Changes the update policy applied by itself, newest first"
            />
          )}
          <PageLinks
            label="Pages of applied changes"
            page={Math.min(appliedPage, applied.pageCount)}
            pageCount={applied.pageCount}
            hrefFor={(p) => `${href({ appliedPage: String(p) })}#applied`}
          />
        </section>
        {practice.firstLoadCompletedAt && (
          <ResyncCard
            practiceId={id}
            requests={resyncs}
            missing={missing}
            timeZone={tz}
            canAsk={can(roles, "integrations:resync")}
          />
        )}
        <Card title="Records synced over time">
          <SyncChartCard series={series} timeZone={tz} />
        </Card>
        <Card title={`Prescriptions paused or flagged by the sync (${formatCount(prescriptions.total)})`}>
          <PrescriptionsAttention data={prescriptions} timeZone={tz} />
        </Card>
        <Card title={`Batch history (${formatCount(batches.total)})`}>
          <BatchHistory practiceId={id} rows={batches.rows} timeZone={tz} />
          <PageLinks
            label="Pages of batches"
            page={Math.min(batchPage, batches.pageCount)}
            pageCount={batches.pageCount}
            hrefFor={(p) => href({ batches: String(p) })}
          />
        </Card>
      </div>
    </div>
  );
}
