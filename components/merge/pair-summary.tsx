// One pair under review: the heading the queue focuses after each decision, the score with the
// rule and the engine's reasons (PairHeading); the records and the pets side by side (PairDetails).
import { formatInZone } from "@/lib/format/dates";
import type { PairView } from "@/lib/merge/review/queries";
import { RULE_LABELS } from "@/lib/merge/review/view";
import { Card } from "@/components/ui/card";
import { PairFields } from "./pair-fields";
import { PairPets } from "./pair-pets";
import { ITEM_HEADING_ID } from "./ids";

/** Why the engine left the pair to a person, in words. */
function reviewReasons(pair: PairView, upper: number): string[] {
  const reasons = [...pair.reasons];
  if (pair.score < upper) {
    reasons.push(`score ${pair.score.toFixed(2)} is below ${upper.toFixed(2)}, the score at which pairs merge on their own`);
    if (pair.rule) reasons.push(`the pair shares ${RULE_LABELS[pair.rule] ?? pair.rule}, but its names are not close enough for that to merge it on its own`);
  }
  return reasons;
}

export function PairHeading({ pair, title, upper, timeZone }: { pair: PairView; title: string; upper: number; timeZone: string }) {
  const agree = pair.fields.filter((f) => f.level === "agree").map((f) => f.label.toLowerCase());
  const reasons = reviewReasons(pair, upper);
  return (
    <Card>
      <h2 id={ITEM_HEADING_ID} tabIndex={-1} className="text-lg font-semibold text-slate-900">{title}</h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">Score</dt>
        <dd>
          <strong className="tabular-nums">{pair.score.toFixed(2)}</strong>
          <span className="text-slate-600">{` (merges on its own at ${upper.toFixed(2)}${pair.weight !== null ? `; weight ${pair.weight.toFixed(1)} bits` : ""})`}</span>
        </dd>
        <dt className="text-slate-600">Rule</dt>
        <dd>{pair.rule ? RULE_LABELS[pair.rule] ?? pair.rule : "none: decided by the score alone"}</dd>
        <dt className="text-slate-600">Agreeing fields</dt>
        <dd>{agree.length ? agree.join(", ") : "none"}</dd>
        <dt className="text-slate-600">Why in review</dt>
        <dd>
          {reasons.length === 0 ? "the engine held it for a person" : reasons.length === 1 ? reasons[0] : (
            <ul className="list-disc pl-5">{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
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
      <Card title="The two records">
        <PairFields rows={pair.fields} hd={pair.hd} pims={pair.pims} />
      </Card>
      <Card title="Pets">
        <PairPets rows={pair.pets} merged={pair.decision === "MERGED"} />
      </Card>
    </div>
  );
}
