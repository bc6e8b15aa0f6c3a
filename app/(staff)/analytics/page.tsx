// Onboarding analytics for the onboarding team: time in each step, on-time rates by partner and
// owner, the weekly funnel, hold time and projected go-live dates. Practice and partner users
// get a 404. Every chart has its table.
import type { Metadata } from "next";
import Link from "next/link";
import { AnalyticsBarChart } from "@/components/analytics/bar-chart";
import { FigureTable, hours } from "@/components/analytics/figure-table";
import { OnTimeSection } from "@/components/analytics/on-time-section";
import { Button } from "@/components/ui/button";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { requireAnalyticsViewer } from "@/lib/analytics/access";
import { parsePeriod, PERIOD_DAYS } from "@/lib/analytics/period";
import { projectActivePractices } from "@/lib/analytics/projections";
import { loadAnalytics, TIMED_STEPS } from "@/lib/analytics/queries";
import { stepMedians } from "@/lib/analytics/step-medians";
import { statusLabel } from "@/lib/onboarding/journey";

export const metadata: Metadata = { title: "Analytics" };

const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAnalyticsViewer("/analytics");
  const now = new Date();
  const { period, error } = parsePeriod(await searchParams, now);
  const [{ steps, onTime, funnel, holds }, medians] = await Promise.all([loadAnalytics(period), stepMedians(now)]);
  const projections = await projectActivePractices(medians, now);

  return (
    <>
      <PageHeader
        title="Analytics"
        subtitle={`Onboarding over the last ${period.days} days (${date.format(period.from)} to ${date.format(period.to)}). Time in a step leaves out time on hold.`}
        actions={
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="analytics-days" className="block text-sm font-medium text-slate-800">
                Period
              </label>
              <select
                id="analytics-days"
                name="days"
                defaultValue={String(period.days)}
                className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
              >
                {PERIOD_DAYS.map((d) => (
                  <option key={d} value={d}>
                    Last {d} days
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              Show
            </Button>
          </form>
        }
      />
      {error && (
        <div className="mb-4">
          <Notice tone="warning">{error}; showing the last 90 days.</Notice>
        </div>
      )}
      {/* min-w-0: a wide table scrolls inside its card instead of widening the page (390 px phones). */}
      <div className="grid gap-5 lg:grid-cols-2 [&>*]:min-w-0">
        <Card title="Time in each step">
          <AnalyticsBarChart
            data={steps.map((s) => ({ step: statusLabel(s.status), median: s.medianHours, p90: s.p90Hours }))}
            xKey="step"
            unit="hours"
            series={[
              { key: "median", name: "Median", color: "#0f766e" },
              { key: "p90", name: "90th percentile", color: "#94a3b8" },
            ]}
          />
          <FigureTable
            caption="Time in each step"
            head={["Step", "Completed", "Median", "90th percentile"]}
            rows={steps.map((s) => [
              statusLabel(s.status),
              s.count,
              s.count ? hours(s.medianHours) : "n/a",
              s.count ? hours(s.p90Hours) : "n/a",
            ])}
          />
        </Card>
        <Card title="Funnel by week">
          <AnalyticsBarChart
            data={funnel.map((w) => ({
              week: day.format(new Date(w.week)),
              entered: w.entered,
              live: w.live,
              cancelled: w.cancelled,
            }))}
            xKey="week"
            unit="count"
            series={[
              { key: "entered", name: "Entered", color: "#0ea5e9" },
              { key: "live", name: "Live", color: "#16a34a" },
              { key: "cancelled", name: "Cancelled", color: "#dc2626" },
            ]}
          />
          <FigureTable
            caption="Funnel by week (weeks start on Monday)"
            head={["Week of", "Entered", "Live", "Cancelled"]}
            rows={funnel.map((w) => [day.format(new Date(w.week)), w.entered, w.live, w.cancelled])}
          />
        </Card>
        <OnTimeSection title="On time by partner" rows={onTime.filter((r) => r.group === "partner")} steps={TIMED_STEPS} />
        <OnTimeSection title="On time by staff owner" rows={onTime.filter((r) => r.group === "owner")} steps={TIMED_STEPS} />
        <Card title="Hold time">
          <AnalyticsBarChart
            data={holds.map((h) => ({ step: statusLabel(h.fromStatus), total: h.totalHours }))}
            xKey="step"
            unit="hours"
            series={[{ key: "total", name: "Time on hold", color: "#d97706" }]}
          />
          <FigureTable
            caption="Holds by the step they interrupted"
            head={["Held from", "Holds", "Still on hold", "Total", "Median"]}
            rows={holds.map((h) => [statusLabel(h.fromStatus), h.holds, h.ongoing, hours(h.totalHours), hours(h.medianHours)])}
          />
        </Card>
        <Card title="Projected go-live">
          <p className="text-sm text-slate-600">
            {projections.total.toLocaleString("en-US")} active practices, projected from each step&apos;s measured median over the
            last year{projections.later ? `; ${projections.later.toLocaleString("en-US")} beyond 12 weeks` : ""}.
          </p>
          <AnalyticsBarChart
            data={projections.byWeek.map((w) => ({ week: day.format(w.weekStart), count: w.count }))}
            xKey="week"
            unit="count"
            series={[{ key: "count", name: "Practices going live", color: "#16a34a" }]}
          />
          <FigureTable
            caption="Soonest projected go-live dates"
            head={["Practice", "Step", "Partner", "Projected go-live"]}
            rows={projections.soonest.map((p) => [
              <Link key={p.id} href={`/practices/${p.id}`} className="underline">
                {p.name}
              </Link>,
              statusLabel(p.status),
              p.partnerName,
              date.format(p.goLiveAt),
            ])}
          />
        </Card>
      </div>
    </>
  );
}
