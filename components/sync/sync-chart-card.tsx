// Server side of the chart: labels each bucket in the practice's time zone and writes the
// sentence that summarises it, then hands both to the client chart.
import type { SyncSeries } from "@/lib/sync/queries";
import { formatCount } from "@/lib/format/numbers";
import { SyncChart, type ChartPoint } from "./sync-chart";

const LABEL_FORMAT = {
  minute: { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
  hour: { month: "short", day: "numeric", hour: "numeric" },
  day: { month: "short", day: "numeric" },
} as const;

function describe(points: ChartPoint[], unit: SyncSeries["unit"]) {
  if (points.length === 0) return "";
  const sum = (pick: (p: ChartPoint) => number) => points.reduce((s, p) => s + pick(p), 0);
  const load = sum((p) => p.loadApplied);
  const updates = sum((p) => p.updateApplied);
  const rejected = sum((p) => p.loadRejected + p.updateRejected);
  const busyUpdates = points.filter((p) => p.updateApplied + p.updateRejected > 0).length;
  const parts = [
    `From ${points[0].label} to ${points[points.length - 1].label}, per ${unit}:`,
    load ? `${formatCount(load)} records stored by the first load,` : null,
    `${formatCount(updates)} by updates${busyUpdates ? ` (in ${busyUpdates} ${unit}${busyUpdates === 1 ? "" : "s"})` : ""},`,
    `and ${formatCount(rejected)} rejected.`,
  ];
  return parts.filter(Boolean).join(" ");
}

export function SyncChartCard({ series, timeZone }: { series: SyncSeries; timeZone: string }) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, ...LABEL_FORMAT[series.unit] });
  const points: ChartPoint[] = series.points.map(({ at, ...counts }) => ({ label: format.format(new Date(at)), ...counts }));
  return <SyncChart points={points} unit={series.unit} summary={describe(points, series.unit)} />;
}
