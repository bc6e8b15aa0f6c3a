// The practice's event timeline: every transition, email, note, edit and time-limit breach, newest first.
import { formatDateTime } from "@/lib/format/dates";
import { STATUS_INFO } from "@/lib/onboarding/journey";
import { parseEditNote } from "@/lib/onboarding/edit-note";

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
  edit: "✎",
  reminder: "⚑",
};

/** A staff edit as "what: before → after" (screen readers hear "from … to …"). */
function EditText({ note }: { note: string | null }) {
  const change = parseEditNote(note);
  if (!change) return <>{note}</>;
  return (
    <>
      <strong>{change.what}</strong> changed: <span className="sr-only">from </span>
      <span className="rounded bg-slate-100 px-1 text-slate-700">{change.before}</span> <span aria-hidden="true">→</span>
      <span className="sr-only">to</span> <span className="rounded bg-amber-50 px-1 text-slate-900">{change.after}</span>
      {change.suffix && <span className="text-slate-500"> ({change.suffix})</span>}
    </>
  );
}

export function Timeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id} className="flex gap-3 text-sm">
          <span
            aria-hidden="true"
            className={`mt-0.5 w-5 shrink-0 text-center ${e.kind === "time_limit" || e.kind === "alert" ? "text-red-700" : "text-slate-500"}`}
          >
            {ICON[e.kind] ?? "•"}
          </span>
          <div className="min-w-0 [overflow-wrap:anywhere]">
            <p className="text-slate-900">
              {e.kind === "transition" && e.fromStatus && e.toStatus ? (
                <>
                  <strong>
                    {STATUS_INFO[e.fromStatus].label} → {STATUS_INFO[e.toStatus].label}
                  </strong>
                  {e.note && e.note !== STATUS_INFO[e.toStatus].label ? `: ${e.note}` : ""}
                </>
              ) : e.kind === "edit" ? (
                <EditText note={e.note} />
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
