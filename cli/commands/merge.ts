/**
 * `pims-link match --practice SLUG`: runs the matching engine for a practice now (what the
 * worker does after each load), and `pims-link export-links --practice SLUG --out FILE`: writes
 * links.csv (contract section 3), one row per home-delivery client of the practice.
 */
import { Command } from "commander";
import { practiceBySlug } from "./database";
import { cliAction, parseNonEmpty, parseSlug, writeErr, writeOut } from "./shared";

export function matchCommand(): Command {
  return new Command("match")
    .description("Match a practice's home-delivery clients to its PIMS clients now")
    .requiredOption("--practice <slug>", "the practice's slug", parseSlug)
    .action(
      cliAction(async function (this: Command, options: { practice: string }) {
        const practice = await practiceBySlug(options.practice, (text) => writeErr(this, text));
        const { runMatching } = await import("@/lib/merge/run-matching");
        const started = performance.now();
        const r = await runMatching(practice.id);
        const seconds = (performance.now() - started) / 1000;
        writeOut(
          this,
          `Matched ${r.hdClients} home-delivery clients against ${r.pimsClients} PIMS clients for ${practice.slug} in ${seconds.toFixed(2)} s ` +
            `(load ${r.timings.loadMs} ms, engine ${r.timings.matchMs} ms, write ${r.timings.writeMs} ms): ` +
            `${r.merged} merged, ${r.review} to review, ${r.unmatched} unmatched, ${r.alreadyDecided} already decided; ` +
            `${r.comparedPairs} pairs compared (at most ${r.maxPairsPerHd} for one home-delivery client)\n`,
        );
      }),
    );
}

export function exportLinksCommand(): Command {
  return new Command("export-links")
    .description("Write links.csv: one row per home-delivery client of the practice (merged, review or unmatched)")
    .requiredOption("--practice <slug>", "the practice's slug", parseSlug)
    .requiredOption("--out <file>", "links.csv to write", parseNonEmpty)
    .action(
      cliAction(async function (this: Command, options: { practice: string; out: string }) {
        const practice = await practiceBySlug(options.practice, (text) => writeErr(this, text));
        const { exportLinks } = await import("@/lib/merge/links/export");
        const rows = await exportLinks(practice.id, options.out);
        writeOut(this, `Wrote ${rows} links for ${practice.slug} to ${options.out}\n`);
      }),
    );
}
