// Status and time-limit badges, read from the journey module so every screen names and colours
// a status the same way.
import { STATUS_INFO, type Status } from "@/lib/onboarding/journey";
import { CLOCK_LABELS, type ClockState } from "@/lib/format/deadline";

const STATUS_COLORS: Record<Status, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  QUEUED: "bg-indigo-100 text-indigo-900",
  INVITED: "bg-sky-100 text-sky-900",
  DETAILS_COMPLETE: "bg-cyan-100 text-cyan-900",
  INSTALL_SCHEDULED: "bg-violet-100 text-violet-900",
  INSTALLED: "bg-teal-100 text-teal-900",
  LIVE: "bg-emerald-100 text-emerald-900",
  ON_HOLD: "bg-amber-100 text-amber-900",
  CANCELLED: "bg-zinc-200 text-zinc-800",
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_COLORS[status]}`}>
      {STATUS_INFO[status].label}
    </span>
  );
}

const CLOCK_COLORS: Record<ClockState, string> = {
  none: "bg-slate-100 text-slate-700",
  on_time: "bg-emerald-100 text-emerald-900",
  due_soon: "bg-amber-100 text-amber-900",
  late: "bg-red-100 text-red-900",
};

export function ClockBadge({ state, detail }: { state: ClockState; detail?: string }) {
  if (state === "none") return null;
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ${CLOCK_COLORS[state]}`}>
      <span aria-hidden="true">{state === "late" ? "●" : state === "due_soon" ? "◐" : "○"}</span>
      {CLOCK_LABELS[state]}
      {detail && <span className="font-normal">· {detail}</span>}
    </span>
  );
}
