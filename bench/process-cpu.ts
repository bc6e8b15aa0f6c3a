// CPU time of a process group, read from /proc (Linux), for the benchmarks. Unlike wall time it
// barely moves when other work shares the machine, so it tells what a request costs on an idle one.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** CPU time (ms) used so far by every process of a process group, or null where there is no /proc. */
export function groupCpuMs(groupId: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the ")" that closes the command name: state, ppid, pgrp, ... utime (12th), stime (13th).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
