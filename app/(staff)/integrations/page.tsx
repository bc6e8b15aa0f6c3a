// Fleet health: every Live practice's integration with its health light and the figures behind
// it, filtered, sorted and paged on the server, for the onboarding team.
import type { Metadata } from "next";
import Link from "next/link";
import { Pagination, showingRange } from "@/components/board/pagination";
import { FleetCounts } from "@/components/health/fleet-counts";
import { FleetFiltersForm } from "@/components/health/fleet-filters-form";
import { FleetTable } from "@/components/health/fleet-table";
import { Notice, PageHeader } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/guards";
import { listPartners, listStaffOwners } from "@/lib/board/queries";
import { appNow } from "@/lib/clock/now";
import { listFleet } from "@/lib/health/fleet";
import { FLEET_PAGE_SIZE, fleetHref, parseFleetParams } from "@/lib/health/fleet-filters";
import { thresholds } from "@/lib/health/thresholds";

export const metadata: Metadata = { title: "Integrations" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function IntegrationsPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseFleetParams(await searchParams);
  const { filters } = parsed;
  await requireStaff(fleetHref(filters));
  const now = await appNow();
  const [fleet, owners, partners] = await Promise.all([listFleet(filters, now, thresholds()), listStaffOwners(), listPartners()]);
  return (
    <>
      <PageHeader
        title="Integrations"
        subtitle="The health of every live integration: agent, sync, reviews, writeback and alerts. Failing first."
      />
      {!parsed.ok && (
        <div className="mb-4">
          <Notice tone="error">
            <p className="font-semibold">Some filters in this link were not understood, so all integrations are shown instead:</p>
            <ul className="mt-1 list-disc pl-5">
              {parsed.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      <FleetCounts counts={fleet.counts} live={fleet.live} filters={filters} />
      <FleetFiltersForm filters={filters} owners={owners} partners={partners} agentVersions={fleet.agentVersions} />
      {fleet.total === 0 ? (
        <Notice>
          No live integrations match these filters.{" "}
          <Link href="/integrations" className="underline">
            Clear filters
          </Link>
        </Notice>
      ) : fleet.rows.length === 0 ? (
        <Notice tone="warning">
          There is no page {filters.page}.{" "}
          <Link href={fleetHref({ ...filters, page: fleet.pageCount })} className="underline">
            Go to the last page
          </Link>
        </Notice>
      ) : (
        <>
          <FleetTable
            rows={fleet.rows}
            filters={filters}
            summary={showingRange(filters.page, fleet.rows.length, fleet.total, FLEET_PAGE_SIZE)}
            now={now}
          />
          <Pagination
            filters={filters}
            total={fleet.total}
            pageCount={fleet.pageCount}
            pageSize={FLEET_PAGE_SIZE}
            hrefFor={(page) => fleetHref({ ...filters, page })}
          />
        </>
      )}
    </>
  );
}
