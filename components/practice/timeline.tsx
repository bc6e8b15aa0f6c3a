// The practice's event timeline: every transition, email, note and time-limit breach, newest first.
import { formatDateTime } from "@/lib/format/dates";
import { STATUS_INFO } from "@/lib/onboarding/journey";

type Event = {
  id: string;
  kind: string;
  actorLabel: string;
  fromStatus: keyof typeof STATUS_INFO | null;
  toStatus: keyof typeof STATUS_INFO | null;
  note: string | null;
  createdAt: Date;
};
const ICON: Record<string, string> = {
  transition: "→",
  email: "✉",
  note: "•",
  time_limit: "⚠",
  agent_key: "🔑",
  appointment: "📅",
  alert: "⚠",
  reconnect: "🔌",
  resync: "⟳",
};

export function Timeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id} className="flex gap-3 text-sm">
          <span
            aria-hidden="true"
            className={`mt-0.5 w-5 text-center ${e.kind === "time_limit" || e.kind === "alert" ? "text-red-700" : "text-slate-500"}`}
          >
            {ICON[e.kind] ?? "•"}
          </span>
          <div>
            <p className="text-slate-900">
              {e.kind === "transition" && e.fromStatus && e.toStatus ? (
                <>
                  <strong>
                    {STATUS_INFO[e.fromStatus].label} → {STATUS_INFO[e.toStatus].label}
                  </strong>
                  {e.note && e.note !== STATUS_INFO[e.toStatus].label ? `: ${e.note}` : ""}
                </>
              ) : (
                e.note
              )}
            </p>
            <p className="text-xs text-slate-500">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, timeZone)}</time> · {e.actorLabel}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
