// The practice's merge results, for the onboarding team: merged pairs (automatic or by staff,
// with unmerge), home-delivery clients left unmatched with all their pets, and pairs marked
// "not the same person". Filterable by name or id, paged.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import {
  getMergeCounts,
  listMergedLinks,
  listRejectedPairs,
  listUnmatchedClients,
  type MergedFilter,
} from "@/lib/merge/review/queries";
import { Card, PageHeader } from "@/components/ui/card";
import { PageLinks } from "@/components/sync/page-links";
import { MergeCountsList } from "@/components/merge/merge-counts";
import { Announcer } from "@/components/merge/announcer";
import { MergedTable, RejectedTable, UnmatchedList } from "@/components/merge/links-tables";
import { formatCount } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Merged and unmatched clients" };

type View = "merged" | "unmatched" | "rejected";
type Search = { view?: string; by?: string; q?: string; page?: string };
const VIEWS: View[] = ["merged", "unmatched", "rejected"];
const BY: MergedFilter[] = ["all", "auto", "staff"];
const pageOf = (value: string | undefined) => Math.max(1, Math.floor(Number(value)) || 1);

export default async function MergeLinksPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { practice } = await requireStaffPractice(`/practices/${id}/merge/links`, id);
  const view: View = VIEWS.includes(search.view as View) ? (search.view as View) : "merged";
  const by: MergedFilter = BY.includes(search.by as MergedFilter) ? (search.by as MergedFilter) : "all";
  const q = (search.q ?? "").trim().slice(0, 100);
  const page = pageOf(search.page);
  const base = `/practices/${id}/merge/links`;
  const href = (next: Partial<Search>) => {
    const params = new URLSearchParams(
      Object.entries({ view, by: view === "merged" ? by : undefined, q: q || undefined, ...next }).filter(
        (e): e is [string, string] => Boolean(e[1]),
      ),
    );
    return `${base}?${params}`;
  };

  const counts = await getMergeCounts(id);
  const list =
    view === "merged"
      ? { kind: view, ...(await listMergedLinks(id, { page, by, q })) }
      : view === "unmatched"
        ? { kind: view, ...(await listUnmatchedClients(id, { page, q })) }
        : { kind: view, ...(await listRejectedPairs(id, { page, q })) };
  const tabs: { view: View; label: string; count: number }[] = [
    { view: "merged", label: "Merged", count: counts.mergedAuto + counts.mergedStaff },
    { view: "unmatched", label: "Unmatched", count: counts.unmatched },
    { view: "rejected", label: "Not the same person", count: counts.rejected },
  ];
  const titles: Record<View, string> = {
    merged: "Merged pairs",
    unmatched: "Home-delivery clients without a PIMS match",
    rejected: "Pairs marked not the same person",
  };
  const explain: Record<View, string> = {
    merged:
      "Unmerge a pair that should not be one: both records stay exactly as they were, and the engine will not merge that pair again on its own.",
    unmatched:
      "No PIMS client was close enough to propose. These clients and all their pets stay in the pharmacy's records; new PIMS data is matched against them after each sync. Link one by hand when you know its PIMS client.",
    rejected: "These pairs are never proposed again. Unmerged pairs are listed here too.",
  };

  return (
    <div>
      <PageHeader
        title={`Merged and unmatched clients: ${practice.name}`}
        subtitle="Every home-delivery client of this practice is merged with a PIMS client, waiting for review, or unmatched. Times in the practice's time zone."
        actions={
          <div className="flex flex-wrap gap-4 text-sm">
            <Link className="underline" href={`/practices/${id}/merge`}>{`Review queue (${formatCount(counts.review)})`}</Link>
            <Link className="underline" href={`/practices/${id}`}>
              Back to practice
            </Link>
          </div>
        }
      />
      <MergeCountsList practiceId={id} counts={counts} />
      <nav aria-label="Lists" className="mt-6 flex flex-wrap gap-2 border-b border-slate-200">
        {tabs.map((tab) => (
          <Link
            key={tab.view}
            href={`${base}?view=${tab.view}`}
            aria-current={tab.view === view ? "page" : undefined}
            className={`-mb-px rounded-t-md border px-4 py-2 text-sm font-medium ${tab.view === view ? "border-slate-200 border-b-white bg-white text-slate-900" : "border-transparent text-slate-700 hover:text-brand-700"}`}
          >
            {`${tab.label} (${formatCount(tab.count)})`}
          </Link>
        ))}
      </nav>
      <Card
        className="rounded-t-none border-t-0"
        title={`${titles[view]} (${formatCount(list.total)}${q || (view === "merged" && by !== "all") ? " matching" : ""})`}
      >
        <p className="mb-4 text-sm text-slate-600">{explain[view]}</p>
        <form
          method="get"
          action={base}
          className="mb-4 flex flex-wrap items-end gap-3"
          role="search"
          aria-label={`Filter ${titles[view].toLowerCase()}`}
        >
          <input type="hidden" name="view" value={view} />
          <div>
            <label htmlFor="links-q" className="block text-sm font-medium text-slate-800">
              Name or id
            </label>
            <input
              id="links-q"
              name="q"
              type="search"
              defaultValue={q}
              className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm shadow-sm"
            />
          </div>
          {view === "merged" && (
            <div>
              <label htmlFor="links-by" className="block text-sm font-medium text-slate-800">
                Merged by
              </label>
              <select
                id="links-by"
                name="by"
                defaultValue={by}
                className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
              >
                <option value="all">Anyone</option>
                <option value="auto">The engine (automatic)</option>
                <option value="staff">Staff</option>
              </select>
            </div>
          )}
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Filter
          </button>
          {(q || by !== "all") && (
            <Link href={`${base}?view=${view}`} className="text-sm underline">
              Clear filter
            </Link>
          )}
        </form>
        {list.kind === "merged" && (
          <Announcer>
            <MergedTable practiceId={id} rows={list.rows} timeZone={practice.timeZone} />
          </Announcer>
        )}
        {list.kind === "unmatched" && <UnmatchedList practiceId={id} rows={list.rows} />}
        {list.kind === "rejected" && <RejectedTable rows={list.rows} timeZone={practice.timeZone} />}
        <PageLinks
          label={`Pages of ${titles[view].toLowerCase()}`}
          page={Math.min(page, list.pageCount)}
          pageCount={list.pageCount}
          hrefFor={(p) => href({ page: String(p) })}
        />
      </Card>
    </div>
  );
}
