// One pair under review: the heading the queue focuses after each decision, the score and why
// the pair waits, in plain words (PairHeading); the records, any competing candidate beside
// them, the pets, and the engine's own notes folded away under technical details (PairDetails,
// after the decision, so Tab goes from the heading straight to the decision).
import { formatInZone } from "@/lib/format/dates";
import type { PairView } from "@/lib/merge/review/queries";
import { plainReasons } from "@/lib/merge/review/explain";
import { RULE_LABELS } from "@/lib/merge/review/view";
import { Card } from "@/components/ui/card";
import { CompetitorList, PairFields } from "./pair-fields";
import { PairPets } from "./pair-pets";
import { ScoreText } from "./score-text";
import { ITEM_HEADING_ID } from "./ids";

function competitorLabel(pair: PairView): { side: "pims" | "hd"; label: string } | null {
  const c = pair.competitor;
  if (!c) return null;
  return { side: c.side, label: `${c.client.name} (${c.side === "pims" ? "PIMS" : "home delivery"} ${c.client.id})` };
}

export function PairHeading({
  pair,
  title,
  upper,
  timeZone,
}: {
  pair: PairView;
  title: string;
  upper: number;
  timeZone: string;
}) {
  const agree = pair.fields.filter((f) => f.level === "agree").map((f) => f.label.toLowerCase());
  const fields = Object.fromEntries(pair.fields.map((f) => [f.field, f.level === "not_scored" ? "missing" : f.level]));
  const reasons = plainReasons({
    score: pair.score,
    upper,
    rule: pair.rule,
    fields,
    levels: pair.levels,
    reasons: pair.reasons,
    competitor: competitorLabel(pair),
  });
  return (
    <Card>
      <h2 id={ITEM_HEADING_ID} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">Score</dt>
        <dd>
          <ScoreText score={pair.score} />
          <span className="block text-xs text-slate-600">{`Pairs merge on their own from ${Math.round(upper * 100)}%.`}</span>
        </dd>
        <dt className="text-slate-600">Shared detail</dt>
        <dd>{pair.rule ? (RULE_LABELS[pair.rule] ?? pair.rule) : "none that decides on its own"}</dd>
        <dt className="text-slate-600">Agreeing fields</dt>
        <dd>{agree.length ? agree.join(", ") : "none"}</dd>
        <dt className="text-slate-600">Why in review</dt>
        <dd>
          {reasons.length === 1 ? (
            reasons[0]
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="text-slate-600">Queued</dt>
        <dd>{formatInZone(pair.decidedAt, timeZone)}</dd>
      </dl>
    </Card>
  );
}

export function PairDetails({ pair }: { pair: PairView }) {
  return (
    <div className="space-y-5">
      <Card title={pair.competitor ? "The records, with the competing candidate" : "The two records"}>
        <PairFields rows={pair.fields} hd={pair.hd} pims={pair.pims} competitor={pair.competitor} />
      </Card>
      {pair.competitor && (
        // On a narrow screen the competitor's columns would sit off to the right of the table.
        <Card
          title={`Competing ${pair.competitor.side === "pims" ? "PIMS" : "home-delivery"} client ${pair.competitor.client.id}`}
          className="sm:hidden"
        >
          <CompetitorList competitor={pair.competitor} />
        </Card>
      )}
      <Card title="Pets">
        <PairPets rows={pair.pets} merged={pair.decision === "MERGED"} />
      </Card>
      {(pair.weight !== null || pair.reasons.length > 0) && (
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer text-slate-700">Technical details (the engine&apos;s own notes)</summary>
          <ul className="mt-1 list-disc pl-5">
            {pair.weight !== null && (
              <li>{`Match weight ${pair.weight.toFixed(1)} bits (Fellegi-Sunter); score ${pair.score.toFixed(4)}`}</li>
            )}
            {pair.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
