/**
 * `pims-link agent push --url URL --key KEY --dir DIR [--delta] [--batch-size N] [--checkpoint FILE]
 * [--restart]`: the sync-agent simulator (logic in cli/agent-sim). Progress on stderr (a bar on a
 * terminal, periodic lines otherwise); the summary on stdout.
 */
import { dirname, resolve } from "node:path";
import { Command } from "commander";
import { AgentHttpError } from "@/cli/agent-sim/http";
import { BarProgress, formatCount, LineProgress, type ProgressReporter } from "@/cli/agent-sim/progress";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_PIMS_VERSION,
  pushExport,
  type PushSummary,
} from "@/cli/agent-sim/push";
import { pullWritebacksToFile, type PullSummary } from "@/cli/agent-sim/pull-writebacks";
import { runAgent, type CycleSummary } from "@/cli/agent-sim/run";
import { MAX_RECORDS_PER_BATCH } from "@/lib/sync/batch-limits";
import { MAX_PULL } from "@/lib/writeback/settings";
import {
  CliError,
  cliAction,
  cliVersion,
  existingFolder,
  integerInRange,
  parseHttpUrl,
  parseNonEmpty,
  writeErr,
  writeOut,
} from "./shared";

interface PushCommandOptions {
  url: string;
  key: string;
  dir: string;
  delta?: boolean;
  batchSize: number;
  checkpoint?: string;
  restart?: boolean;
  pimsVersion: string;
  concurrency: number;
}

const ERRORS_SHOWN = 5;

export function formatPushSummary(summary: PushSummary, url: string): string {
  const t = summary.totals;
  const load = summary.mode === "full" ? "full load" : "delta";
  if (summary.alreadyComplete) {
    return `Nothing sent: ${summary.dir} (${load}) was already pushed to ${url} (${formatCount(t.records)} records, ${formatCount(t.applied)} applied); use --restart to push it again\n`;
  }
  const lines = [
    `Pushed ${summary.dir} (${load}) to ${url} in ${summary.seconds.toFixed(2)} s`,
    `  records sent     ${formatCount(summary.sentRecords)} in ${summary.sentBatches} batches, ${formatCount(summary.recordsPerSecond)} records/s` +
      (summary.resumedFromBatch > 0 ? ` (resumed after batch ${summary.resumedFromBatch})` : ""),
    `  export           ${formatCount(summary.expected.clients)} clients + ${formatCount(summary.expected.patients)} patients`,
    `  applied          ${formatCount(t.applied)}`,
    `  rejected         ${formatCount(t.rejected)}`,
  ];
  for (const e of t.first_errors.slice(0, ERRORS_SHOWN)) {
    const where = `${e.file}${e.row !== null ? ` row ${e.row}` : ""}${e.id ? ` (${e.type} ${e.id})` : ""}${e.field ? `, column ${e.field}` : ""}`;
    lines.push(`    ${where}: ${e.message}`);
  }
  if (t.rejected > ERRORS_SHOWN && t.first_errors.length > 0) lines.push(`    … see the practice's sync errors for the rest`);
  if (summary.localProblemCount > 0) {
    lines.push(`  not sent         ${formatCount(summary.localProblemCount)} rows with a wrong number of fields`);
    for (const p of summary.localProblems.slice(0, ERRORS_SHOWN)) lines.push(`    ${p.message}`);
  }
  lines.push(`  pending changes  ${formatCount(t.pending_changes)}`);
  if (t.replayed > 0) lines.push(`  replayed         ${t.replayed} batches were already stored by the server (nothing changed)`);
  return `${lines.join("\n")}\n`;
}

function hintFor(error: AgentHttpError): string {
  if (error.status === 401) return " (check --key; issue one with: pims-link agent-key --practice SLUG)";
  if (error.status === 413) return " (send smaller batches with --batch-size)";
  if (error.status === 404) return " (check --url: is it a PIMS Link server?)";
  if (error.exhausted) return " (is the server up? run the same command again to resume from the checkpoint)";
  return "";
}

export function agentCommand(): Command {
  const agent = new Command("agent").description("The sync-agent simulator");
  agent
    .command("push")
    .description("Push a PIMS export folder (clients.csv, patients.csv) to a PIMS Link server, resumably")
    .requiredOption("--url <url>", "server base URL, e.g. http://localhost:3000", parseHttpUrl)
    .requiredOption("--key <key>", "the practice's agent key", parseNonEmpty)
    .requiredOption("--dir <dir>", "export folder holding clients.csv and patients.csv", parseNonEmpty)
    .option("--delta", "the folder is a delta export (changed rows only) rather than the full first load")
    .option(
      "--batch-size <n>",
      `records per batch (1-${MAX_RECORDS_PER_BATCH})`,
      integerInRange(1, MAX_RECORDS_PER_BATCH),
      DEFAULT_BATCH_SIZE,
    )
    .option("--checkpoint <file>", "checkpoint file (default: DIR/.pims-link-push.json)")
    .option("--restart", "ignore the checkpoint and push the whole folder again")
    .option("--pims-version <text>", "PIMS version sent in the heartbeat", parseNonEmpty, DEFAULT_PIMS_VERSION)
    .option("--concurrency <n>", "requests in flight (1-8)", integerInRange(1, 8), DEFAULT_CONCURRENCY)
    .action(
      cliAction(async function (this: Command, options: PushCommandOptions) {
        const dir = await existingFolder("--dir", options.dir);
        const progress: ProgressReporter = process.stderr.isTTY
          ? new BarProgress(process.stderr)
          : new LineProgress((text) => writeErr(this, text));
        let started = false;
        // Ctrl-C: put the terminal back (the bar hides the cursor); the checkpoint already
        // holds every acknowledged batch, so the next run resumes.
        const interrupted = () => {
          if (started) progress.stop();
          process.stderr.write("\ninterrupted: run the same command again to resume from the checkpoint\n");
          process.exit(130);
        };
        process.once("SIGINT", interrupted);
        try {
          const summary = await pushExport({
            url: options.url,
            key: options.key,
            dir,
            mode: options.delta ? "delta" : "full",
            batchSize: options.batchSize,
            checkpointPath: options.checkpoint,
            restart: options.restart === true,
            concurrency: options.concurrency,
            agentVersion: cliVersion(),
            pimsVersion: options.pimsVersion,
            events: {
              onStart: ({ total, done }) => {
                started = true;
                progress.start(total, done);
              },
              onProgress: (done) => progress.update(done),
              onRetry: (what, n) =>
                progress.log(
                  `${what}: ${n.reason}; retry ${n.attempt + 1}/${n.maxAttempts} in ${(n.delayMs / 1000).toFixed(1)} s`,
                ),
              onNote: (message) => progress.log(message),
            },
          });
          progress.stop();
          writeOut(this, formatPushSummary(summary, options.url));
        } catch (error) {
          if (started) progress.stop();
          if (error instanceof AgentHttpError) throw new CliError(`${error.message}${hintFor(error)}`);
          throw error;
        } finally {
          process.off("SIGINT", interrupted);
        }
      }),
    );
  agent
    .command("pull-writebacks")
    .description("Pull the practice's due writeback items, append them to FILE (standing in for the PIMS) and acknowledge them")
    .requiredOption("--url <url>", "server base URL, e.g. http://localhost:3000", parseHttpUrl)
    .requiredOption("--key <key>", "the practice's agent key", parseNonEmpty)
    .requiredOption(
      "--out <file>",
      "JSON-lines file standing in for the PIMS (appended to; items it already holds are not written twice)",
      parseNonEmpty,
    )
    .option("--limit <n>", `items per pull (1-${MAX_PULL})`, integerInRange(1, MAX_PULL))
    .option("--once", "pull once instead of until nothing is due")
    .option(
      "--fail <reason>",
      "acknowledge every item as failed with this reason (to try retries and the dead letter)",
      parseNonEmpty,
    )
    .action(
      cliAction(async function (
        this: Command,
        options: { url: string; key: string; out: string; limit?: number; once?: boolean; fail?: string },
      ) {
        // Checked before pulling: items pulled and then not written would only wait for their lease to expire.
        await existingFolder("--out", dirname(resolve(options.out)));
        try {
          const summary = await pullWritebacksToFile({
            url: options.url,
            key: options.key,
            out: options.out,
            limit: options.limit,
            once: options.once,
            failReason: options.fail,
            onRetry: (n) =>
              writeErr(
                this,
                `pull: ${n.reason}; retry ${n.attempt + 1}/${n.maxAttempts} in ${(n.delayMs / 1000).toFixed(1)} s\n`,
              ),
          });
          writeOut(this, formatPullSummary(summary, options.out));
        } catch (error) {
          if (error instanceof AgentHttpError) throw new CliError(`${error.message}${hintFor(error)}`);
          throw error;
        }
      }),
    );
  agent
    .command("run")
    .description(
      "Run like an installed agent: heartbeat, push what the answer's resync asks for, pull and write back writebacks, wait, repeat",
    )
    .requiredOption("--url <url>", "server base URL, e.g. http://localhost:3000", parseHttpUrl)
    .requiredOption("--key <key>", "the practice's agent key", parseNonEmpty)
    .requiredOption("--dir <dir>", "the PIMS export folder re-syncs are sent from", parseNonEmpty)
    .requiredOption("--out <file>", "JSON-lines file standing in for the PIMS (writeback lines are appended)", parseNonEmpty)
    .option("--cycles <n>", "stop after N cycles (default: run until stopped)", integerInRange(1, 1_000_000))
    .option("--interval <seconds>", "wait between cycles", integerInRange(1, 86_400), 300)
    .option("--pims-unreachable", "report in each heartbeat that the PIMS cannot be read")
    .option("--pims-version <text>", "PIMS version sent in the heartbeat", parseNonEmpty, DEFAULT_PIMS_VERSION)
    .action(
      cliAction(async function (
        this: Command,
        options: {
          url: string;
          key: string;
          dir: string;
          out: string;
          cycles?: number;
          interval: number;
          pimsUnreachable?: boolean;
          pimsVersion: string;
        },
      ) {
        const dir = await existingFolder("--dir", options.dir);
        await existingFolder("--out", dirname(resolve(options.out)));
        try {
          await runAgent({
            url: options.url,
            key: options.key,
            dir,
            out: options.out,
            agentVersion: cliVersion(),
            pimsVersion: options.pimsVersion,
            pimsUnreachable: options.pimsUnreachable === true,
            cycles: options.cycles ?? null,
            intervalSeconds: options.interval,
            onRetry: (what, n) =>
              writeErr(
                this,
                `${what}: ${n.reason}; retry ${n.attempt + 1}/${n.maxAttempts} in ${(n.delayMs / 1000).toFixed(1)} s\n`,
              ),
            onCycle: (summary, cycle) => writeOut(this, formatCycle(summary, cycle, options.url, options.out)),
          });
        } catch (error) {
          if (error instanceof AgentHttpError) throw new CliError(`${error.message}${hintFor(error)}`);
          throw error;
        }
      }),
    );
  return agent;
}

export function formatCycle(summary: CycleSummary, cycle: number, url: string, out: string): string {
  const resync = summary.resync
    ? `re-sync asked (${summary.resync.mode === "full" ? "full reload" : `changes since ${summary.resync.since}`}):\n${summary.pushed ? formatPushSummary(summary.pushed, url) : ""}`
    : "no re-sync asked\n";
  return `Cycle ${cycle}: heartbeat sent, ${resync}${formatPullSummary(summary.pulled, out)}`;
}

export function formatPullSummary(s: PullSummary, out: string): string {
  const outcomes = Object.entries(s.outcomes)
    .map(([k, n]) => `${k.replaceAll("_", " ")} ${n}`)
    .join(", ");
  return (
    [
      `Pulled ${s.received} writeback item${s.received === 1 ? "" : "s"} in ${s.pulls} request${s.pulls === 1 ? "" : "s"}`,
      `  written to ${out}: ${s.written}`,
      `  already in the file (not written twice): ${s.alreadyInPims}`,
      `  acknowledged as failed: ${s.failed}`,
      ...(s.deceased ? [`  for deceased patients: ${s.deceased}`] : []),
      ...(outcomes ? [`  server answers: ${outcomes}`] : []),
    ].join("\n") + "\n"
  );
}
