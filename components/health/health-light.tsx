// The health light: the rule's verdict as a coloured dot AND a word (never colour alone), with
// the conditions behind it as the tooltip and for screen readers.
import { HEALTH_LABELS, type Health, type HealthState } from "@/lib/health/rule";

const TONE: Record<HealthState, { pill: string; dot: string; symbol: string }> = {
  healthy: { pill: "bg-emerald-100 text-emerald-900", dot: "text-emerald-600", symbol: "●" },
  warning: { pill: "bg-amber-100 text-amber-900", dot: "text-amber-600", symbol: "▲" },
  failing: { pill: "bg-red-100 text-red-900", dot: "text-red-600", symbol: "■" },
};

export function HealthLight({ health }: { health: Health }) {
  const tone = TONE[health.state];
  const why = health.conditions.map((c) => c.text).join(" ");
  return (
    <span
      title={why || undefined}
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone.pill}`}
    >
      <span aria-hidden="true" className={tone.dot}>
        {tone.symbol}
      </span>
      {`Health: ${HEALTH_LABELS[health.state]}`}
      {why && <span className="sr-only">{` (${why})`}</span>}
    </span>
  );
}

/** The conditions as a short list, where there is room for them (fleet rows, practice pages). */
export function HealthConditions({ health }: { health: Health }) {
  if (!health.conditions.length) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
      {health.conditions.map((c) => (
        <li key={c.code}>
          <span className={c.severity === "error" ? "font-semibold text-red-800" : "font-semibold text-amber-800"}>
            {c.severity === "error" ? "Error: " : "Warning: "}
          </span>
          {c.text}
        </li>
      ))}
    </ul>
  );
}
