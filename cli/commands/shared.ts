/**
 * Helpers shared by the pims-link commands: option parsers (bad values become exit code 2 via
 * commander's InvalidArgumentError), `CliError` for failures with a chosen exit code, and
 * `cliAction`, which turns any error thrown by an action into one clear message on stderr.
 */
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { ContractFileError } from "@/lib/contracts/errors";

/** The package's version (the agent reports it in its heartbeat). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

/** Exit codes: 1 = bad input data or a failed operation, 2 = bad command-line usage. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
    /** Extra lines printed after the message (e.g. one per bad row). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** An option value that is wrong: names the option, exits 2. */
function usageError(option: string, reason: string): CliError {
  return new CliError(`${option}: ${reason}`, EXIT_USAGE);
}

export function integerInRange(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 48;

export function parseSlug(value: string): string {
  const slug = value.trim();
  if (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) {
    throw new InvalidArgumentError(
      `must be lowercase letters, digits and single dashes (at most ${MAX_SLUG_LENGTH} characters), e.g. "lakeside-vet".`,
    );
  }
  return slug;
}

export function parseNonEmpty(value: string): string {
  const text = value.trim();
  if (text === "") throw new InvalidArgumentError("must not be empty.");
  return text;
}

export function parseHttpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InvalidArgumentError('must be an http(s) URL, e.g. "http://localhost:3000".');
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidArgumentError('must be an http(s) URL, e.g. "http://localhost:3000".');
  }
  return url.toString().replace(/\/+$/, "");
}

/** Resolves `dir` and checks it is an existing folder; a usage error (exit 2) naming `option` otherwise. */
export async function existingFolder(option: string, dir: string): Promise<string> {
  const full = resolve(dir);
  const info = await stat(full).catch(() => null);
  if (!info) throw usageError(option, `folder ${full} does not exist`);
  if (!info.isDirectory()) throw usageError(option, `${full} is not a folder`);
  return full;
}

/** Writes to the command's stdout / stderr (overridable with configureOutput, e.g. in tests). */
export function writeOut(command: Command, text: string) {
  const output = command.configureOutput();
  if (output.writeOut) output.writeOut(text);
  else process.stdout.write(text);
}

export function writeErr(command: Command, text: string) {
  const output = command.configureOutput();
  if (output.writeErr) output.writeErr(text);
  else process.stderr.write(text);
}

interface ErrorWithProblems {
  message: string;
  problems: readonly { message: string }[];
}

function hasProblems(error: unknown): error is ErrorWithProblems {
  return error instanceof Error && Array.isArray((error as Partial<ErrorWithProblems>).problems);
}

/** The message, extra lines and exit code for an error thrown by an action. */
export function describeError(error: unknown): { message: string; details: readonly string[]; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, details: error.details, exitCode: error.exitCode };
  if (error instanceof ContractFileError) return { message: error.message, details: [], exitCode: EXIT_FAILURE };
  if (hasProblems(error))
    return { message: error.message, details: error.problems.map((p) => p.message), exitCode: EXIT_FAILURE };
  if (error instanceof Error) return { message: error.message, details: [], exitCode: EXIT_FAILURE };
  return { message: String(error), details: [], exitCode: EXIT_FAILURE };
}

/**
 * Wraps an action so that any failure prints `error: <message>` (plus detail lines) on stderr
 * and exits with the error's code, through commander (which honours exitOverride in tests).
 */
export function cliAction<Args extends unknown[]>(fn: (this: Command, ...args: Args) => Promise<void>) {
  return async function (this: Command, ...args: Args): Promise<void> {
    try {
      await fn.apply(this, args);
    } catch (error) {
      if (error instanceof CommanderError) throw error;
      const { message, details, exitCode } = describeError(error);
      const text = [`error: ${message}`, ...details.map((line) => `  ${line}`)].join("\n");
      this.error(text, { exitCode, code: "pims-link.failed" });
    }
  };
}
