// Resident memory of a process tree, read from /proc (Linux), for the benchmarks.
import { readFileSync } from "node:fs";

/** Peak resident memory (bytes) of a process and its descendants, sampled until stopped. */
export function trackPeakMemory(rootPid: number) {
  let peak = 0;
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const rss = (pid: number) => {
    try {
      return Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const sample = () => {
    const stack = [rootPid];
    let total = 0;
    while (stack.length) {
      const pid = stack.pop()!;
      total += rss(pid);
      stack.push(...children(pid));
    }
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 100);
  return { reset: () => (peak = 0), peak: () => (sample(), peak), stop: () => clearInterval(timer) };
}
