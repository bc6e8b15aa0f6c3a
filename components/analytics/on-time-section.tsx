// On-time rate of each timed step, for one grouping (partner or staff owner): a chart of rates
// and the table of counts behind it.
import { Card } from "@/components/ui/card";
import type { OnTimeRow } from "@/lib/analytics/queries";
import { statusLabel, type Status } from "@/lib/onboarding/journey";
import { AnalyticsBarChart } from "./bar-chart";
import { FigureTable, percent } from "./figure-table";

const COLORS = ["#0f766e", "#7c3aed", "#ea580c"];

export function OnTimeSection({ title, rows, steps }: { title: string; rows: OnTimeRow[]; steps: readonly Status[] }) {
  const names = [...new Set(rows.map((r) => r.name))].sort();
  const data = names.map((name) => {
    const point: Record<string, string | number> = { name };
    for (const step of steps) {
      const row = rows.find((r) => r.name === name && r.status === step);
      point[step] = row && row.total ? Math.round((100 * row.onTime) / row.total) : 0;
    }
    return point;
  });
  return (
    <Card title={title}>
      {names.length > 0 && (
        <AnalyticsBarChart
          data={data}
          xKey="name"
          unit="percent"
          series={steps.map((s, i) => ({ key: s, name: statusLabel(s), color: COLORS[i % COLORS.length] }))}
        />
      )}
      <FigureTable
        caption={title}
        head={["Name", "Step", "Completed", "On time", "Rate"]}
        rows={rows.map((r) => [r.name, statusLabel(r.status), r.total, r.onTime, percent(r.onTime, r.total)])}
      />
    </Card>
  );
}
