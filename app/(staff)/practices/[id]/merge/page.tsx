// The merge review queue, for the onboarding team: one pair at a time (highest score first),
// both records side by side with the engine's verdict per field, the pets of both, and the
// decision: merge, not the same person, or skip. Below it, the whole queue, paged.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import { DEFAULT_UPPER } from "@/lib/merge/engine/engine";
import { firstInQueue, getMergeCounts, getPairView, listReviewQueue, QUEUE_PAGE_SIZE } from "@/lib/merge/review/queries";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { PageLinks } from "@/components/sync/page-links";
import { MergeCountsList } from "@/components/merge/merge-counts";
import { ReviewWorkspace } from "@/components/merge/review-workspace";
import { PairDetails, PairHeading } from "@/components/merge/pair-summary";
import { QueueTable } from "@/components/merge/queue-table";
import { ITEM_HEADING_ID } from "@/components/merge/ids";
import { formatCount } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Merge review" };

type Search = { hd?: string; page?: string };
const pageOf = (value: string | undefined) => Math.max(1, Math.floor(Number(value)) || 1);

export default async function MergeReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { practice } = await requireStaffPractice(`/practices/${id}/merge`, id);
  const page = pageOf(search.page);
  const base = `/practices/${id}/merge`;
  const href = (hd: string | null) => {
    const q = new URLSearchParams();
    if (hd) q.set("hd", hd);
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };

  // The pair asked for, if it still waits for review; else the top of the queue.
  let pair = search.hd ? await getPairView(id, search.hd) : null;
  const stale = Boolean(search.hd) && pair?.decision !== "REVIEW";
  if (!pair || pair.decision !== "REVIEW") {
    const first = await firstInQueue(id);
    pair = first ? await getPairView(id, first) : null;
  }
  const [counts, queue] = await Promise.all([getMergeCounts(id), listReviewQueue(id, page)]);
  const total = counts.review + counts.decidedByStaff;
  const item = pair && pair.queue ? { ...pair, queue: pair.queue } : null;

  return (
    <div>
      <PageHeader
        title={`Merge review: ${practice.name}`}
        subtitle="Home-delivery clients the matching engine could not merge with a PIMS client on its own. Compare the two records, then merge them or mark them as not the same person (that pair is never proposed again)."
        actions={
          <div className="flex flex-wrap gap-4 text-sm">
            <Link className="underline" href={`${base}/links`}>
              Merged, unmatched and rejected clients
            </Link>
            <Link className="underline" href={`/practices/${id}`}>
              Back to practice
            </Link>
          </div>
        }
      />
      <MergeCountsList practiceId={id} counts={counts} />
      <div className="my-5">
        <p id="queue-progress" className="text-sm font-semibold text-slate-800">
          {counts.review === 0 ? "Nothing left to review." : `${formatCount(counts.review)} of ${formatCount(total)} left`}
          {counts.decidedByStaff > 0 && (
            <span className="font-normal text-slate-600">{` · ${formatCount(counts.decidedByStaff)} decided by staff`}</span>
          )}
        </p>
        {total > 0 && (
          <progress
            className="mt-1 h-2 w-full max-w-xl accent-brand-700"
            value={counts.decidedByStaff}
            max={total}
            aria-labelledby="queue-progress"
          />
        )}
      </div>
      {stale && (
        <div className="mb-4">
          <Notice tone="info">
            The pair you opened no longer waits for review (someone decided it). Showing the top of the queue.
          </Notice>
        </div>
      )}
      <ReviewWorkspace
        practiceId={id}
        current={
          item
            ? {
                hdClientId: item.hdClientId,
                pimsClientId: item.pimsClientId,
                label: `${item.hd.name} (${item.hdClientId}) and ${item.pims.name} (${item.pimsClientId})`,
              }
            : null
        }
        nextHref={href(item?.queue.nextHdId ?? null)}
        previousHref={item?.queue.previousHdId ? href(item.queue.previousHdId) : null}
        summary={
          item && (
            <PairHeading
              pair={item}
              title={`Pair ${formatCount(item.queue.position)} of ${formatCount(item.queue.total)}: ${item.hd.name} and ${item.pims.name}`}
              upper={DEFAULT_UPPER}
              timeZone={practice.timeZone}
            />
          )
        }
      >
        {item ? (
          <PairDetails pair={item} />
        ) : (
          <Card>
            {/* Same id as a pair's heading: focus lands here when the last pair is decided. */}
            <h2 id={ITEM_HEADING_ID} tabIndex={-1} className="mb-2 text-base font-semibold text-slate-900">
              Nothing waits for review
            </h2>
            <p className="text-sm text-slate-600">
              Every home-delivery client is merged, unmatched or decided. New pairs appear here after the next sync, when the
              matching engine runs again.{" "}
              <Link className="text-brand-700 underline" href={`${base}/links`}>
                See merged and unmatched clients
              </Link>
              .
            </p>
          </Card>
        )}
      </ReviewWorkspace>
      {queue.total > 0 && (
        <div className="mt-8">
          <Card title={`Queue, highest score first (${formatCount(queue.total)})`}>
            <QueueTable
              rows={queue.rows}
              offset={(Math.min(page, queue.pageCount) - 1) * QUEUE_PAGE_SIZE}
              currentHd={item?.hdClientId ?? null}
              hrefFor={href}
            />
            <PageLinks
              label="Pages of the queue"
              page={Math.min(page, queue.pageCount)}
              pageCount={queue.pageCount}
              hrefFor={(p) => `${base}?page=${p}`}
            />
          </Card>
        </div>
      )}
    </div>
  );
}
