/**
 * `pims-link agent-key --practice SLUG [--rotate]`: issues the practice's sync-agent key.
 * Only the key goes to stdout (so `KEY=$(pims-link agent-key --practice x)` works); every
 * message goes to stderr.
 */
import { Command } from "commander";
import { practiceBySlug } from "./database";
import { CliError, cliAction, parseSlug, writeErr, writeOut } from "./shared";

export const CLI_ACTOR_LABEL = "pims-link CLI";

interface AgentKeyOptions {
  practice: string;
  rotate?: boolean;
}

export function agentKeyCommand(): Command {
  return new Command("agent-key")
    .description("Issue a sync-agent key for a practice; prints only the key on stdout")
    .requiredOption("--practice <slug>", "the practice's slug", parseSlug)
    .option("--rotate", "revoke the active key and issue a new one")
    .action(
      cliAction(async function (this: Command, options: AgentKeyOptions) {
        const practice = await practiceBySlug(options.practice, (text) => writeErr(this, text));
        const { issueAgentKey } = await import("@/lib/onboarding/agent-keys");
        const { UserFacingError } = await import("@/lib/errors");
        let key: string;
        try {
          key = await issueAgentKey({ kind: "system", label: CLI_ACTOR_LABEL }, practice.id, { rotate: options.rotate === true });
        } catch (error) {
          if (error instanceof UserFacingError) {
            const hint = /rotate/i.test(error.message) ? " (pass --rotate)" : ` (the practice's status is ${practice.status})`;
            throw new CliError(`${practice.slug}: ${error.message}${hint}`);
          }
          throw error;
        }
        writeErr(this, `${options.rotate ? "Rotated" : "Issued"} the agent key of ${practice.slug}; it is shown only once:\n`);
        writeOut(this, `${key}\n`);
      }),
    );
}
