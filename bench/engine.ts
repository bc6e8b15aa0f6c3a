/**
 * Timing and quality check of the matching engine on synthetic data.
 *   npm run bench:engine --  [hdCount] [pimsCount]
 * Prints data-generation time separately from matching time; only the latter is the engine.
 */
import { readFileSync } from "node:fs";
import { matchClients } from "../lib/merge/engine/engine";
import { buildSyntheticSet } from "../tests/merge-synthetic";
import type { MatchResult, MatchStats } from "../lib/merge/engine/types";

const hdCount = Number(process.argv[2] ?? 10_000);
const pimsCount = Number(process.argv[3] ?? 100_000);

let t = performance.now();
const set = buildSyntheticSet({ hdCount, pimsCount, seed: 42 });
console.log(`generated ${set.hd.length} HD / ${set.pims.length} PIMS in ${Math.round(performance.now() - t)} ms`);

// Three runs: the first is cold (JIT warm-up, as in production where a practice is matched
// once), later ones are steady state; a shared machine adds noise, so all three are printed.
const runs: string[] = [];
let stats: MatchStats | null = null;
let results: MatchResult[] = [];
for (let run = 0; run < 3; run++) {
  t = performance.now();
  const cpu = mainThreadCpuMs();
  results = matchClients(set.hd, set.pims, { onStats: (s) => (stats = s) });
  const cpuMs = cpu === null ? null : mainThreadCpuMs()! - cpu;
  runs.push(`${Math.round(performance.now() - t)} ms${cpuMs === null ? "" : ` (main-thread CPU ${cpuMs} ms)`}`);
}
console.log(`matchClients: cold ${runs[0]}; then ${runs[1]}; ${runs[2]}`);
const work = stats as MatchStats | null;
if (work)
  console.log(
    `pairs compared: ${work.comparedPairs} (${(work.comparedPairs / Math.max(1, work.hdClients)).toFixed(1)} per HD client, at most ${work.maxPairsPerHd}; ${work.cappedHd} hit the bound)`,
  );

const tally = { merged: [0, 0], review: [0, 0], unmatched: [0, 0] }; // [right, wrong]
for (const r of results) {
  const truePims = set.truth.get(r.hdId) ?? null;
  const right = r.decision === "unmatched" ? truePims === null : r.pimsId === truePims;
  tally[r.decision][right ? 0 : 1]++;
}
const mergedRight = tally.merged[0];
console.log(`truly in PIMS: ${set.truth.size} of ${results.length}`);
for (const [decision, [right, wrong]] of Object.entries(tally)) {
  console.log(`${decision.padEnd(9)} ${String(right + wrong).padStart(6)}  right ${right}  wrong ${wrong}`);
}
console.log(
  `merged precision ${(mergedRight / Math.max(1, tally.merged[0] + tally.merged[1])).toFixed(4)}, ` +
    `merged recall ${(mergedRight / Math.max(1, set.truth.size)).toFixed(4)}`,
);

/**
 * CPU time of the main thread on Linux (utime + stime from /proc), which other processes on a
 * busy machine do not inflate the way they inflate wall time; null elsewhere.
 */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return null;
  }
}
