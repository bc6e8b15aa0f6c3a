/**
 * `pims-link generate`: writes a synthetic test set (see cli/testsets/generate.ts).
 * Register with `program.addCommand(generateCommand())`.
 */
import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { Command, InvalidArgumentError } from "commander";
import { isCalendarDate } from "@/lib/contracts";
import { DEFAULT_AS_OF, DEFAULT_HD_RATIO, generateTestSet, type TestSetSummary } from "@/cli/testsets/generate";
import { DEFAULT_BLANK_SHARE, PROFILES, type Profile } from "@/cli/testsets/thin-profile";

function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError("must be a positive integer, e.g. 1000.");
  }
  return n;
}

function parseInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("must be an integer, e.g. 42.");
  return n;
}

function parseRatio(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n > 0 && n <= 1)) throw new InvalidArgumentError("must be a number in (0, 1], e.g. 0.1.");
  return n;
}

function parseShare(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1)) throw new InvalidArgumentError("must be a number in [0, 1], e.g. 0.6.");
  return n;
}

function parseProfile(value: string): Profile {
  if (!(PROFILES as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${PROFILES.join(", ")}.`);
  return value as Profile;
}

function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError("must be a YYYY-MM-DD date.");
  return value;
}

/** Creates the folder if needed; the reason it is unusable otherwise. */
async function checkWritableDir(dir: string): Promise<string | null> {
  try {
    const info = await stat(dir).catch(() => null);
    if (info && !info.isDirectory()) return `${dir} exists and is not a folder`;
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    return null;
  } catch (error) {
    return `${dir} is not a writable folder (${(error as Error).message})`;
  }
}

function formatSummary(summary: TestSetSummary, seconds: number): string {
  const c = summary.counts;
  const lines = [
    `Test set written to ${summary.outDir} in ${seconds.toFixed(2)} s (seed ${summary.seed})`,
    `  clients.csv                 ${c.clients} PIMS clients (${c.pimsHouseholdMembers} share a household, ${c.pimsNamesakes} namesakes)`,
    `  patients.csv                ${c.patients} patients`,
    `  home-delivery-clients.csv   ${c.homeDeliveryClients} clients (${c.trulyNobody} truly nobody in the PIMS)`,
    `  home-delivery-pets.csv      ${c.homeDeliveryPets} pets`,
    `  truth.csv                   ${c.trueMatches} true matches`,
    `  noise: ${Object.entries(summary.noise)
      .map(([kind, n]) => `${kind}=${n}`)
      .join(", ")}`,
  ];
  if (summary.thin)
    lines.push(
      `  thin profile: ${Object.entries(summary.thin)
        .map(([kind, n]) => `${kind}=${n}`)
        .join(", ")}`,
    );
  return `${lines.join("\n")}\n`;
}

interface GenerateCommandOptions {
  clients: number;
  seed: number;
  out: string;
  hdRatio: number;
  asOf: string;
  profile: Profile;
  blankShare?: number;
  quiet?: boolean;
}

export function generateCommand(): Command {
  return new Command("generate")
    .description("Write a synthetic test set: PIMS export, home-delivery records and truth.csv")
    .requiredOption("--clients <n>", "number of PIMS clients (positive integer)", parsePositiveInteger)
    .requiredOption("--out <dir>", "output folder (created when missing)")
    .option("--seed <s>", "integer seed; the same seed writes the same bytes", parseInteger, 1)
    .option("--hd-ratio <r>", "home-delivery clients per PIMS client, in (0, 1]", parseRatio, DEFAULT_HD_RATIO)
    .option("--as-of <date>", "the set's today (YYYY-MM-DD): ages and timestamps are relative to it", parseDate, DEFAULT_AS_OF)
    .option(
      "--profile <name>",
      `records' richness: ${PROFILES.join(" or ")} (thin: blank phones, emails and pets, thin-data slips)`,
      parseProfile,
      "normal",
    )
    .option(
      "--blank-share <r>",
      `thin profile: share of records with a blank phone, email or pets, in [0, 1] (default ${DEFAULT_BLANK_SHARE})`,
      parseShare,
    )
    .option("--quiet", "print nothing on success")
    .action(async function (this: Command, options: GenerateCommandOptions) {
      const outDir = resolve(options.out);
      const problem = await checkWritableDir(outDir);
      if (problem) this.error(`error: --out: ${problem}`, { exitCode: 2, code: "pims-link.generate.out" });
      if (options.blankShare !== undefined && options.profile !== "thin") {
        this.error("error: --blank-share needs --profile thin", { exitCode: 2, code: "pims-link.generate.blank-share" });
      }

      const output = this.configureOutput();
      const write = (text: string) => (output.writeOut ? output.writeOut(text) : process.stdout.write(text));
      // A bar only for people watching a terminal; logs and tests get the summary alone.
      const bar =
        !options.quiet && process.stderr.isTTY ? new SingleBar({ stream: process.stderr }, Presets.shades_classic) : null;
      const started = performance.now();
      try {
        const summary = await generateTestSet({
          clients: options.clients,
          seed: options.seed,
          outDir,
          hdRatio: options.hdRatio,
          asOf: options.asOf,
          profile: options.profile,
          blankShare: options.blankShare,
          onProgress: bar ? (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)) : undefined,
        });
        bar?.stop();
        if (!options.quiet) write(formatSummary(summary, (performance.now() - started) / 1000));
      } catch (error) {
        bar?.stop();
        this.error(`error: generation failed: ${(error as Error).message}`, { exitCode: 1, code: "pims-link.generate.failed" });
      }
    });
}
