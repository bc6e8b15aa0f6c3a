// Board table: every practice, filtered, sorted and paged on the server, for the onboarding team.
import type { Metadata } from "next";
import Link from "next/link";
import { Pagination, showingRange } from "@/components/board/pagination";
import { BulkActionsForm, SelectAllOnPage } from "@/components/board/bulk-actions-form";
import { PracticeTable } from "@/components/board/practice-table";
import { TableFilters } from "@/components/board/table-filters";
import { buttonClass } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/guards";
import { boardTableExportHref, boardTableHref, parseBoardTableParams } from "@/lib/board/filters";
import { listPartners, listStaffOwners, listTablePractices } from "@/lib/board/queries";

export const metadata: Metadata = { title: "Practices table" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BoardTablePage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseBoardTableParams(await searchParams);
  const { filters } = parsed;
  // After sign-in, come back to the same filtered view.
  await requireStaff(boardTableHref(filters));
  const now = new Date();
  const [{ rows, total, pageCount }, owners, partners] = await Promise.all([
    listTablePractices(filters, now),
    listStaffOwners(),
    listPartners(),
  ]);
  const pastTheEnd = rows.length === 0 && total > 0;
  return (
    <>
      <PageHeader
        title="Practices"
        subtitle="Search, filter and sort every practice. Open a practice to see its timeline and act on it."
        actions={
          <div className="flex flex-wrap items-center gap-4">
            {/* A download, not a page: a plain link keeps Next from prefetching it. */}
            <a href={boardTableExportHref(filters)} download className={buttonClass("secondary")}>
              Export CSV<span className="sr-only"> of every practice matching these filters</span>
            </a>
            <Link href="/board" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Back to the queue board
            </Link>
          </div>
        }
      />
      {!parsed.ok && (
        <div className="mb-4">
          <Notice tone="error">
            <p className="font-semibold">Some filters in this link were not understood, so all practices are shown instead:</p>
            <ul className="mt-1 list-disc pl-5">
              {parsed.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      <TableFilters filters={filters} owners={owners} partners={partners} />
      {pastTheEnd && (
        <div className="mb-4">
          <Notice tone="warning">
            There is no page {filters.page}: these results fit on {pageCount} {pageCount === 1 ? "page" : "pages"}.{" "}
            <Link href={boardTableHref({ ...filters, page: pageCount })} className="underline">
              Go to the last page
            </Link>
          </Notice>
        </div>
      )}
      {total === 0 ? (
        <Notice>
          No practices match these filters.{" "}
          <Link href="/board/table" className="underline">
            Clear filters
          </Link>
        </Notice>
      ) : (
        <>
          {rows.length > 0 && (
            <BulkActionsForm owners={owners}>
              <PracticeTable
                rows={rows}
                filters={filters}
                summary={showingRange(filters.page, rows.length, total)}
                now={now}
                selectAll={<SelectAllOnPage />}
              />
            </BulkActionsForm>
          )}
          <Pagination filters={filters} total={total} pageCount={pageCount} />
        </>
      )}
    </>
  );
}
