// `pims-link agent run`: the agent's loop the way a real one behaves after go-live: heartbeat;
// if the answer's `resync` asks for data, push it (a full reload of the export folder, or its
// rows changed since the date) naming the request; pull and write back the due writeback lines;
// wait; repeat.
import path from "node:path";
import { agentClient, dataOf, type AgentApi } from "./agent-client";
import { DEFAULT_RETRY_POLICY, type RetryNotice } from "./http";
import { pullWritebacksToFile, type PullSummary } from "./pull-writebacks";
import { DEFAULT_PIMS_VERSION, pushExport, type PushSummary } from "./push";
import { writeChangesSince } from "./since-export";

type Resync = AgentApi["HeartbeatAnswer"]["resync"];

export interface RunOptions {
  url: string;
  key: string;
  /** The PIMS export folder (clients.csv, patients.csv) re-syncs are sent from. */
  dir: string;
  /** The stand-in PIMS file writeback lines are appended to. */
  out: string;
  agentVersion: string;
  pimsVersion?: string;
  /** Report the PIMS as unreachable in each heartbeat. */
  pimsUnreachable?: boolean;
  batchSize?: number;
  fetch?: typeof fetch;
  onRetry?: (what: string, notice: RetryNotice) => void;
}

export type CycleSummary = { resync: Resync; pushed: PushSummary | null; pulled: PullSummary };

async function runAgentCycle(options: RunOptions): Promise<CycleSummary> {
  const base = options.url.replace(/\/$/, "");
  const client = agentClient(base, options.key, {
    policy: DEFAULT_RETRY_POLICY,
    fetch: options.fetch,
    onRetry: (n) => options.onRetry?.("heartbeat", n),
  });
  const answer = await dataOf(
    client.POST("/api/agent/v1/heartbeat", {
      body: {
        agent_version: options.agentVersion,
        pims_version: options.pimsVersion ?? DEFAULT_PIMS_VERSION,
        pims_reachable: !options.pimsUnreachable,
      },
    }),
  );
  const resync = answer.resync ?? null;
  let pushed: PushSummary | null = null;
  if (resync) {
    const source = resync.mode === "since" && resync.since ? writeChangesSince(options.dir, resync.since).dir : options.dir;
    pushed = await pushExport({
      url: base,
      key: options.key,
      dir: source,
      mode: resync.mode === "full" ? "full" : "delta",
      resyncId: resync.id,
      // One checkpoint per request: a killed re-sync resumes, a new request starts afresh.
      checkpointPath: path.join(options.dir, `.pims-link-resync-${resync.id}.json`),
      batchSize: options.batchSize,
      agentVersion: options.agentVersion,
      pimsVersion: options.pimsVersion,
      fetch: options.fetch,
      events: { onRetry: options.onRetry },
    });
  }
  const pulled = await pullWritebacksToFile({
    url: base,
    key: options.key,
    out: options.out,
    fetch: options.fetch,
    onRetry: (n) => options.onRetry?.("writeback pull", n),
  });
  return { resync, pushed, pulled };
}

export async function runAgent(
  options: RunOptions & {
    cycles: number | null;
    intervalSeconds: number;
    onCycle?: (summary: CycleSummary, cycle: number) => void;
  },
) {
  for (let cycle = 1; options.cycles === null || cycle <= options.cycles; cycle++) {
    options.onCycle?.(await runAgentCycle(options), cycle);
    if (options.cycles !== null && cycle === options.cycles) break;
    await new Promise((resolve) => setTimeout(resolve, options.intervalSeconds * 1000));
  }
}
