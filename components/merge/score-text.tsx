// A pair's score, shown the one way every merge screen shows it: a percentage and what it
// means in words (the queue, the pair under review and the links page all use this).
import { DEFAULT_LOWER, DEFAULT_UPPER } from "@/lib/merge/engine/engine";
import { scoreWords } from "@/lib/merge/review/explain";

export function ScoreText({ score, words = true }: { score: number; words?: boolean }) {
  const shown = scoreWords(score, DEFAULT_UPPER, DEFAULT_LOWER);
  return (
    <span className="whitespace-nowrap">
      <strong className="tabular-nums">{shown.percent}</strong>
      {words && <span className="text-slate-600">{` · ${shown.words}`}</span>}
    </span>
  );
}
