/**
 * `pims-link import-home-delivery --practice SLUG --dir DIR`: loads the pharmacy's existing
 * home-delivery clients and pets (contract section 2) of a practice, all or nothing. Every bad
 * row is printed (file, row, column) and nothing is written (exit 1).
 */
import { Command } from "commander";
import { practiceBySlug } from "./database";
import { cliAction, existingFolder, parseNonEmpty, parseSlug, writeErr, writeOut } from "./shared";

interface ImportOptions {
  practice: string;
  dir: string;
}

export function importHomeDeliveryCommand(): Command {
  return new Command("import-home-delivery")
    .description("Load home-delivery-clients.csv and home-delivery-pets.csv of a practice (all or nothing)")
    .requiredOption("--practice <slug>", "the practice's slug", parseSlug)
    .requiredOption("--dir <dir>", "folder holding home-delivery-clients.csv and home-delivery-pets.csv", parseNonEmpty)
    .action(
      cliAction(async function (this: Command, options: ImportOptions) {
        const dir = await existingFolder("--dir", options.dir);
        const practice = await practiceBySlug(options.practice, (text) => writeErr(this, text));
        const { importHomeDelivery } = await import("@/lib/home-delivery/import");
        const started = performance.now();
        const result = await importHomeDelivery(practice.id, dir);
        const seconds = (performance.now() - started) / 1000;
        writeOut(
          this,
          `Imported ${result.clients} home-delivery clients (${result.newClients} new) and ${result.pets} pets (${result.newPets} new) ` +
            `for ${practice.slug} in ${seconds.toFixed(2)} s\n`,
        );
      }),
    );
}
