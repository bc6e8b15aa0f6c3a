"use client";
// One analytics bar chart (recharts). The chart is decoration for sighted readers: the same
// figures are always in the table the page prints next to it, so the chart is aria-hidden.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; name: string; color: string; stack?: string };
export type ChartUnit = "hours" | "percent" | "count";

const FORMAT: Record<ChartUnit, (v: number) => string> = {
  hours: (v) => (v >= 48 ? `${(v / 24).toFixed(1)} d` : `${v.toFixed(v < 10 ? 1 : 0)} h`),
  percent: (v) => `${Math.round(v)}%`,
  count: (v) => v.toLocaleString("en-US"),
};

export function AnalyticsBarChart({
  data,
  xKey,
  series,
  unit,
  height = 240,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  series: ChartSeries[];
  unit: ChartUnit;
  height?: number;
}) {
  const format = FORMAT[unit];
  return (
    <div aria-hidden="true" className="min-w-0">
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={xKey} tick={{ fontSize: 11 }} minTickGap={8} interval="preserveStartEnd" />
        <YAxis
          tick={{ fontSize: 11 }}
          tickFormatter={(v: number) => format(v)}
          width={52}
          allowDecimals={unit !== "count"}
          domain={unit === "percent" ? [0, 100] : undefined}
        />
        <Tooltip formatter={(value) => format(Number(value))} />
        {series.length > 1 && <Legend itemSorter={null} />}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={s.stack}
            maxBarSize={40}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
