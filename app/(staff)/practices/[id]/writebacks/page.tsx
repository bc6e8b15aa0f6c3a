// The practice's writeback, for the onboarding team: reconciliation of shipped lines over a date
// range (written back, not eligible by reason, pending, failed) with drill-down to the lines and
// their orders, CSV export, the dead letter with Retry, lines written back for deceased
// patients, orders still waiting to ship, and a form to create a test order for a linked pet.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import { BUCKET_INFO, BUCKETS, type Bucket } from "@/lib/writeback/buckets";
import { getReconciliation, listAttention, listOrdersToShip, listReconciliationLines, petNames } from "@/lib/writeback/queries";
import { parseBucket, parseRange } from "@/lib/writeback/range";
import { usDate } from "@/lib/writeback/record-line";
import { formatInZone } from "@/lib/format/dates";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { PageLinks } from "@/components/sync/page-links";
import { LinesTable } from "@/components/writeback/lines-table";
import { TestOrderForm } from "@/components/writeback/test-order-form";
import { listLinkedPets } from "@/lib/writeback/test-orders";

export const metadata: Metadata = { title: "Writeback" };

type Search = { from?: string; to?: string; bucket?: string; page?: string };
const GROUPS = [
  { key: "written", label: "Written back" },
  { key: "not_eligible", label: "Not eligible" },
  { key: "pending", label: "Pending" },
  { key: "failed", label: "Failed" },
] as const;

export default async function WritebacksPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { practice } = await requireStaffPractice(`/practices/${id}/writebacks`, id);
  const tz = practice.timeZone;
  const range = parseRange(search, tz);
  const bucket = parseBucket(search.bucket);
  const page = Math.max(1, Math.floor(Number(search.page)) || 1);
  const [recon, lines, attention, toShip, linkedPets] = await Promise.all([
    getReconciliation(id, range),
    listReconciliationLines(id, range, bucket, page),
    listAttention(id),
    listOrdersToShip(id),
    listLinkedPets(id),
  ]);
  const names = await petNames(
    id,
    toShip.map((o) => o.hdPetId),
  );
  const href = (next: Partial<Search>) =>
    `/practices/${id}/writebacks?${new URLSearchParams({ from: range.from, to: range.to, ...(bucket ? { bucket } : {}), ...next })}`;
  const bucketHref = (b: Bucket | null) =>
    `/practices/${id}/writebacks?${new URLSearchParams({ from: range.from, to: range.to, ...(b ? { bucket: b } : {}) })}#lines`;
  const groupTotal = (g: (typeof GROUPS)[number]["key"]) =>
    BUCKETS.filter((b) => BUCKET_INFO[b].group === g).reduce((n, b) => n + recon.counts[b], 0);

  return (
    <div>
      <PageHeader
        title={`Writeback: ${practice.name}`}
        subtitle={
          <>
            Shipped prescription drugs and diets are written into the patient&apos;s record in {practice.pimsName} by the
            practice&apos;s sync agent. Dates are ship dates in {tz}.
          </>
        }
        actions={
          <Link className="text-sm underline" href={`/practices/${id}`}>
            Back to practice
          </Link>
        }
      />
      <div className="space-y-5">
        <Card
          title="Reconciliation"
          actions={
            <a
              className={buttonClass("secondary")}
              href={`/practices/${id}/writebacks/export?${new URLSearchParams({ from: range.from, to: range.to })}`}
              download
            >
              Download CSV
            </a>
          }
        >
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Date range">
            <div>
              <label htmlFor="from" className="block text-sm font-medium text-slate-800">
                From
              </label>
              <input
                id="from"
                name="from"
                type="date"
                defaultValue={range.from}
                className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </div>
            <div>
              <label htmlFor="to" className="block text-sm font-medium text-slate-800">
                To
              </label>
              <input
                id="to"
                name="to"
                type="date"
                defaultValue={range.to}
                className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </div>
            <button type="submit" className={buttonClass("primary")}>
              Show
            </button>
          </form>
          {range.problem && (
            <div className="mb-4">
              <Notice tone="warning">{range.problem}</Notice>
            </div>
          )}
          <table className="w-full max-w-2xl text-sm">
            <caption className="sr-only">
              Shipped lines from {usDate(range.from)} to {usDate(range.to)} by writeback state
            </caption>
            <tbody>
              <tr className="border-b border-slate-200">
                <th scope="row" className="py-2 text-left font-semibold">
                  Shipped lines
                </th>
                <td className="py-2 text-right text-lg font-bold tabular-nums">
                  <Link href={bucketHref(null)} className="underline" aria-label={`Shipped lines: ${recon.total}, show all`}>
                    {recon.total}
                  </Link>
                </td>
              </tr>
              {GROUPS.map((g) => (
                <GroupRows
                  key={g.key}
                  label={g.label}
                  total={groupTotal(g.key)}
                  buckets={BUCKETS.filter((b) => BUCKET_INFO[b].group === g.key)}
                  counts={recon.counts}
                  hrefFor={bucketHref}
                />
              ))}
            </tbody>
          </table>
        </Card>

        {attention.dead.length > 0 && (
          <Card title={`Dead letter (${attention.dead.length})`}>
            <p className="mb-3 text-sm text-slate-600">
              These lines failed every attempt. Fix the cause (the error says what the PIMS answered), then retry: the agent gets
              them on its next pull.
            </p>
            <LinesTable practiceId={id} rows={attention.dead} caption="Dead-lettered lines" retry />
          </Card>
        )}

        <Card title={bucket ? `Lines: ${BUCKET_INFO[bucket].label} (${lines.total})` : `All shipped lines (${lines.total})`}>
          <div id="lines" className="mb-3 flex flex-wrap items-center gap-3 text-sm">
            {bucket ? (
              <>
                <span className="text-slate-600">{BUCKET_INFO[bucket].hint}.</span>
                <Link href={bucketHref(null)} className="text-brand-700 underline">
                  Show all lines
                </Link>
              </>
            ) : (
              <span className="text-slate-600">Choose a count above to see only its lines.</span>
            )}
          </div>
          <LinesTable
            practiceId={id}
            rows={lines.rows}
            caption={bucket ? `Shipped lines: ${BUCKET_INFO[bucket].label}` : "Shipped lines"}
          />
          <PageLinks
            label="Pages of lines"
            page={Math.min(page, lines.pageCount)}
            pageCount={lines.pageCount}
            hrefFor={(p) => href({ page: String(p) })}
          />
        </Card>

        {attention.deceased.length > 0 && (
          <Card title={`Written back for patients marked deceased (${attention.deceased.length})`}>
            <p className="mb-3 text-sm text-slate-600">
              A shipment is written back even when the PIMS marks the patient deceased: the record keeps what was dispensed. Check
              with the practice whether auto-ship should stop.
            </p>
            <LinesTable practiceId={id} rows={attention.deceased} caption="Lines for patients marked deceased" />
          </Card>
        )}

        <Card title={`Orders waiting to ship (${toShip.length})`}>
          {toShip.length === 0 ? (
            <p className="text-sm text-slate-600">None.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {toShip.map((o) => (
                <li key={o.orderNumber} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <Link
                      href={`/practices/${id}/pets/${encodeURIComponent(o.hdPetId)}#order-${o.orderNumber}`}
                      className="text-brand-700 underline"
                    >
                      Order {o.orderNumber}
                    </Link>{" "}
                    for {names.get(o.hdPetId) ?? o.hdPetId} · {o._count.lines} {o._count.lines === 1 ? "line" : "lines"}
                  </span>
                  <span className="text-slate-500">placed {formatInZone(o.placedAt, tz)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="Create a test order">
          <p className="mb-3 text-sm text-slate-600">
            A one-line order for a linked pet (the same as <code>pims-link order create</code>), to try this practice&apos;s
            writeback: create it, open it under &quot;Orders waiting to ship&quot; and mark it shipped, and its line goes to the
            agent.
          </p>
          <TestOrderForm practiceId={id} pets={linkedPets} />
        </Card>
      </div>
    </div>
  );
}

function GroupRows({
  label,
  total,
  buckets,
  counts,
  hrefFor,
}: {
  label: string;
  total: number;
  buckets: Bucket[];
  counts: Record<Bucket, number>;
  hrefFor: (b: Bucket) => string;
}) {
  return (
    <>
      <tr className="border-t border-slate-200">
        <th scope="row" className="pt-3 pb-1 text-left font-semibold">
          {label}
        </th>
        <td className="pt-3 pb-1 text-right font-semibold tabular-nums">{total}</td>
      </tr>
      {buckets.map((b) => (
        <tr key={b}>
          <th scope="row" className="py-1 pl-4 text-left font-normal text-slate-700">
            {BUCKET_INFO[b].label}
            <span className="block text-xs text-slate-500">{BUCKET_INFO[b].hint}</span>
          </th>
          <td className="py-1 text-right tabular-nums">
            {counts[b] ? (
              <Link
                href={hrefFor(b)}
                className={`underline ${b === "dead" ? "font-semibold text-red-800" : "text-brand-700"}`}
                aria-label={`${BUCKET_INFO[b].label}: ${counts[b]}, show these lines`}
              >
                {counts[b]}
              </Link>
            ) : (
              <span className="text-slate-500">0</span>
            )}
          </td>
        </tr>
      ))}
    </>
  );
}
