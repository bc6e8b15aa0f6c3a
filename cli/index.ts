/**
 * Entry point of `pims-link` (launched by cli/bin.js through tsx). Runs the command, closes any
 * database connection it opened, and exits with its code: 0 ok, 1 failed, 2 bad usage.
 */
import { closeDatabase } from "./commands/database";
import { runCli } from "./commands/program";

const exitCode = await runCli(process.argv.slice(2));
await closeDatabase();
process.exit(exitCode);
