/**
 * The agent simulator's writeback side: pulls due items from `GET {url}/api/agent/v1/writebacks`,
 * "writes" each into a local JSON-lines file standing in for the PIMS (one record line per item,
 * with a PIMS line id), and acknowledges them with `POST .../ack`, until nothing is due.
 *
 * Like a real agent it dedupes on the item's idempotency key: an item offered again (its ack was
 * lost, or its lease expired) that the file already holds is acknowledged with the line id it
 * already has, never written twice. With `failReason` every item is acknowledged as failed
 * instead (to exercise retries and the dead letter).
 */
import { existsSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import { DEFAULT_RETRY_POLICY, type RetryNotice, type RetryPolicy } from "./http";
import { agentClient, dataOf, type AgentApi } from "./agent-client";

export interface PullOptions {
  url: string;
  key: string;
  /** The stand-in PIMS: a JSON-lines file, appended to. */
  out: string;
  limit?: number;
  failReason?: string;
  /** One pull only (default: pull until nothing is due). */
  once?: boolean;
  retry?: Partial<RetryPolicy>;
  onRetry?: (notice: RetryNotice) => void;
  fetch?: typeof fetch;
}

interface PimsRecordLine {
  pims_line_id: string;
  patient_id: string;
  client_id: string | null;
  date: string;
  text: string;
  idempotency_key: string;
  order_number: string;
  written_at: string;
}

export interface PullSummary {
  pulls: number;
  received: number;
  written: number;
  alreadyInPims: number;
  failed: number;
  deceased: number;
  outcomes: Record<string, number>;
}

/** Safety stop: an agent loop that keeps receiving items (e.g. a server bug) ends after this many pulls. */
const MAX_PULLS = 1000;

async function readPims(file: string): Promise<Map<string, string>> {
  const byKey = new Map<string, string>();
  if (!existsSync(file)) return byKey;
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    try {
      const row = JSON.parse(line) as Partial<PimsRecordLine>;
      if (row.idempotency_key && row.pims_line_id) byKey.set(row.idempotency_key, row.pims_line_id);
    } catch {
      throw new Error(`${file} is not a JSON-lines file written by pims-link (bad line: ${line.slice(0, 80)})`);
    }
  }
  return byKey;
}

export async function pullWritebacksToFile(options: PullOptions): Promise<PullSummary> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const api = agentClient(options.url, options.key, { policy, onRetry: options.onRetry, fetch: options.fetch });
  const pims = await readPims(options.out);
  const summary: PullSummary = { pulls: 0, received: 0, written: 0, alreadyInPims: 0, failed: 0, deceased: 0, outcomes: {} };
  while (summary.pulls < MAX_PULLS) {
    const { items } = await dataOf(
      api.GET("/api/agent/v1/writebacks", { params: { query: options.limit ? { limit: options.limit } : {} } }),
    );
    summary.pulls += 1;
    if (items.length === 0) break;
    summary.received += items.length;
    const acks: AgentApi["Ack"][] = [];
    const newLines: string[] = [];
    for (const item of items) {
      if (item.patient_deceased) summary.deceased += 1;
      if (options.failReason) {
        acks.push({ id: item.id, lease_id: item.lease_id, result: "failed" as const, reason: options.failReason });
        summary.failed += 1;
        continue;
      }
      let lineId = pims.get(item.idempotency_key);
      if (lineId) summary.alreadyInPims += 1;
      else {
        lineId = `CS-${String(pims.size + 1).padStart(6, "0")}`;
        pims.set(item.idempotency_key, lineId);
        const record: PimsRecordLine = {
          pims_line_id: lineId,
          patient_id: item.patient_id,
          client_id: item.client_id,
          date: item.date,
          text: item.text,
          idempotency_key: item.idempotency_key,
          order_number: item.order_number,
          written_at: new Date().toISOString(),
        };
        newLines.push(JSON.stringify(record));
        summary.written += 1;
      }
      acks.push({ id: item.id, lease_id: item.lease_id, result: "written" as const, pims_line_id: lineId });
    }
    // Written into the "PIMS" before acknowledging: a crash in between means a redelivery that the file already holds.
    if (newLines.length) await appendFile(options.out, `${newLines.join("\n")}\n`);
    const { results } = await dataOf(api.POST("/api/agent/v1/writebacks/ack", { body: { acks } }));
    for (const r of results) summary.outcomes[r.outcome] = (summary.outcomes[r.outcome] ?? 0) + 1;
    if (options.once) break;
  }
  return summary;
}
