// What the engine sends to review, on generated sets, in memory (no database): for each set
// the accuracy line, then the review pairs grouped by evidence shape and split into right
// candidate / wrong candidate / nobody, summed over all sets given. Used to see which shapes
// a change would move out of review, and whether they are true matches.
//   npx tsx bench/match-review.ts DIR [DIR...] [--top N] [--examples N]
import { scoreLinks } from "./accuracy";
import { describe, loadSet } from "./match-misses";
import { matchClients } from "../lib/merge/engine/engine";
import type { MatchResult, MatchStats } from "../lib/merge/engine/types";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const TOP = flag("--top", 25);
const EXAMPLES = flag("--examples", 0);
const dirs = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

function shape(r: MatchResult): string {
  const l = r.evidence.levels;
  const kinds = r.reasons
    .map((x) => /^(ambiguous|conflict|household|generation|rule \S+ with only)/.exec(x)?.[1])
    .filter(Boolean)
    .join(",");
  const f = (k: string) => l[k] ?? "-";
  return `fn=${f("firstName")} ln=${f("lastName")}${l.nameOrder ? " SWAP" : ""} st=${f("street")} zip=${f("zip")} ph=${f("phone")} em=${f("email")} pets=${f("pets")} rule=${r.evidence.rule ?? "-"}${kinds ? ` [${kinds}]` : ""}`;
}

const groups = new Map<string, { right: number; wrong: number; nobody: number; ex: string[] }>();
for (const dir of dirs) {
  const set = await loadSet(dir);
  let stats: MatchStats | null = null;
  const results = matchClients(set.hd, set.pims, { onStats: (s) => (stats = s) });
  const a = scoreLinks(
    results.map((r) => ({ hd_client_id: r.hdId, client_id: r.pimsId, decision: r.decision })),
    [...set.truth].map(([hd_client_id, client_id]) => ({ hd_client_id, client_id })),
  );
  const st = stats as MatchStats | null;
  console.log(
    `${dir}: precision ${pct(a.precision)} (${a.merged - a.mergedRight} wrong of ${a.merged}), recall ${pct(a.recall)} (${a.missed} missed), ` +
      `review ${pct(a.reviewShare)} (${a.review}: ${a.reviewRight} right)` +
      (st ? `, pairs ${(st.comparedPairs / st.hdClients).toFixed(1)}/HD max ${st.maxPairsPerHd}` : ""),
  );
  const pims = new Map(set.pims.map((c) => [c.id, c]));
  const hd = new Map(set.hd.map((c) => [c.id, c]));
  for (const r of results) {
    if (r.decision !== "review") continue;
    const truth = set.truth.get(r.hdId) ?? null;
    const key = shape(r);
    const g = groups.get(key) ?? { right: 0, wrong: 0, nobody: 0, ex: [] };
    if (truth === r.pimsId) g.right++;
    else if (truth) g.wrong++;
    else g.nobody++;
    if (g.ex.length < EXAMPLES)
      g.ex.push(
        `${truth === r.pimsId ? "RIGHT " : truth ? "WRONG " : "NOBODY"} ${r.score}\n      HD   ${describe(hd.get(r.hdId)!)}\n      PIMS ${describe(pims.get(r.pimsId!)!)}` +
          (truth && truth !== r.pimsId ? `\n      TRUE ${describe(pims.get(truth)!)}` : ""),
      );
    groups.set(key, g);
  }
}
const sorted = [...groups].sort((x, y) => y[1].right + y[1].wrong + y[1].nobody - (x[1].right + x[1].wrong + x[1].nobody));
console.log(`\nreview shapes (right / wrong candidate / nobody):`);
for (const [key, g] of sorted.slice(0, TOP)) {
  console.log(`${String(g.right).padStart(5)} ${String(g.wrong).padStart(4)} ${String(g.nobody).padStart(4)}  ${key}`);
  for (const e of g.ex) console.log(`    ${e}`);
}
