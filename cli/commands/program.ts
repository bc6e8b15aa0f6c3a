/**
 * The pims-link program: every command registered, and `runCli`, which runs it and turns
 * commander's outcome into an exit code (0 ok, 1 failed / bad input data, 2 bad usage)
 * instead of exiting, so index.ts and the tests share one path.
 */
import { Command, CommanderError } from "commander";
import { cliVersion, EXIT_FAILURE, EXIT_USAGE, describeError } from "./shared";

/**
 * Command factories, loaded on demand: `generate` pulls in faker (seconds to load on a busy
 * machine), which `agent push` should not pay for. Order = order in the help.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import("./generate")).generateCommand(),
  practice: async () => (await import("./practice")).practiceCommand(),
  "agent-key": async () => (await import("./agent-key")).agentKeyCommand(),
  "import-home-delivery": async () => (await import("./import-home-delivery")).importHomeDeliveryCommand(),
  agent: async () => (await import("./agent")).agentCommand(),
  match: async () => (await import("./merge")).matchCommand(),
  "export-links": async () => (await import("./merge")).exportLinksCommand(),
  order: async () => (await import("./order")).orderCommand(),
};

/**
 * The program with every command, or only the one `args` names (faster start; the help and
 * unknown commands still get the full list).
 */
async function buildProgram(args: string[] = []): Promise<Command> {
  const program = new Command("pims-link")
    .description("PIMS Link command-line tools: test sets, practices, agent keys, home-delivery import, the agent simulator")
    .version(cliVersion(), "-V, --version")
    .showHelpAfterError("(run with --help for usage)");
  const named = args[0] !== undefined && Object.hasOwn(COMMANDS, args[0]) ? [args[0]] : Object.keys(COMMANDS);
  const commands = await Promise.all(named.map((name) => COMMANDS[name]()));
  for (const command of commands) program.addCommand(command);
  return program;
}

/** commander's own codes for command-line mistakes: exit 2. */
const USAGE_CODES = new Set([
  "commander.missingMandatoryOptionValue",
  "commander.optionMissingArgument",
  "commander.invalidArgument",
  "commander.invalidOptionArgument",
  "commander.unknownOption",
  "commander.unknownCommand",
  "commander.excessArguments",
  "commander.missingArgument",
  "commander.conflictingOption",
  "commander.help",
]);

function eachCommand(command: Command, apply: (command: Command) => void) {
  apply(command);
  for (const sub of command.commands) eachCommand(sub, apply);
}

export interface CliOutput {
  writeOut?: (text: string) => void;
  writeErr?: (text: string) => void;
}

/** Runs the CLI with user arguments (no `node script` prefix); resolves to the exit code. */
export async function runCli(args: string[], output: CliOutput = {}): Promise<number> {
  const program = await buildProgram(args);
  eachCommand(program, (command) => {
    command.exitOverride();
    if (output.writeOut || output.writeErr) command.configureOutput({ ...output });
  });
  try {
    await program.parseAsync(args, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      if (USAGE_CODES.has(error.code)) return EXIT_USAGE;
      return error.exitCode || EXIT_FAILURE;
    }
    // Not raised through an action's error path (should not happen): still one clear line.
    const { message, details } = describeError(error);
    const write = output.writeErr ?? ((text: string) => process.stderr.write(text));
    write([`error: ${message}`, ...details.map((line) => `  ${line}`)].join("\n") + "\n");
    return EXIT_FAILURE;
  }
}
