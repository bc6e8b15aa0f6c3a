// The sync's small badges: agent online/offline, freshness, a batch's status, and the one-word
// summary the practice page shows. Each carries a text label, never colour alone.
import type { AgentState, Freshness, SyncBadge } from "@/lib/sync/status";

const TONES = {
  ok: "bg-emerald-100 text-emerald-900",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
  muted: "bg-slate-100 text-slate-700",
} as const;
type Tone = keyof typeof TONES;

function Pill({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[tone]}`}>
      {children}
    </span>
  );
}

const AGENT: Record<AgentState, { tone: Tone; label: string; dot: string }> = {
  online: { tone: "ok", label: "Agent online", dot: "●" },
  offline: { tone: "warning", label: "Agent offline", dot: "○" },
  never: { tone: "muted", label: "No heartbeat yet", dot: "○" },
  heartbeat_missing: { tone: "warning", label: "Heartbeat missing", dot: "◐" },
};

export function AgentBadge({ state }: { state: AgentState }) {
  const a = AGENT[state];
  return (
    <Pill tone={a.tone}>
      <span aria-hidden="true">{a.dot}</span>
      {a.label}
    </Pill>
  );
}

const FRESHNESS: Record<Freshness["state"], { tone: Tone; label: string }> = {
  never: { tone: "muted", label: "No sync yet" },
  fresh: { tone: "ok", label: "Up to date" },
  due: { tone: "ok", label: "Next update due" },
  stale: { tone: "danger", label: "Stale" },
};

export function FreshnessBadge({ state }: { state: Freshness["state"] }) {
  return <Pill tone={FRESHNESS[state].tone}>{FRESHNESS[state].label}</Pill>;
}

const BATCH: Record<string, { tone: Tone; label: string }> = {
  SUCCEEDED: { tone: "ok", label: "Succeeded" },
  PARTIAL: { tone: "warning", label: "Partial" },
  FAILED: { tone: "danger", label: "Failed" },
  NOTHING_TO_APPLY: { tone: "muted", label: "Nothing to apply" },
};

export function BatchStatusBadge({ status }: { status: string }) {
  const b = BATCH[status] ?? { tone: "muted" as const, label: status };
  return <Pill tone={b.tone}>{b.label}</Pill>;
}

export function SyncSummaryBadge({ badge }: { badge: SyncBadge | null }) {
  return badge ? <Pill tone={badge.tone}>{badge.label}</Pill> : null;
}
