import { readdir, readFile, rm, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CommanderError } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCommand } from "./generate";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "cli-generate-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the command like the CLI would, capturing output instead of exiting. */
async function run(args: string[]) {
  let out = "";
  let err = "";
  const command = generateCommand()
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  try {
    await command.parseAsync(args, { from: "user" });
    return { exitCode: 0, out, err };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { exitCode: error.exitCode, out, err: err || error.message };
  }
}

describe("generate command", () => {
  it("writes the five contract files and prints a summary", async () => {
    const out = join(root, "set");
    const result = await run(["--clients", "300", "--seed", "7", "--out", out]);
    expect(result).toMatchObject({ exitCode: 0, err: "" });
    expect((await readdir(out)).sort()).toEqual([
      "clients.csv",
      "home-delivery-clients.csv",
      "home-delivery-pets.csv",
      "patients.csv",
      "truth.csv",
    ]);
    expect(result.out).toContain("300 PIMS clients");
    expect(result.out).toContain("30 clients (3 truly nobody in the PIMS)");
  });

  it("passes seed, ratio and date through (same options, same bytes)", async () => {
    const args = ["--clients", "200", "--seed", "-5", "--hd-ratio", "0.5", "--as-of", "2024-01-15", "--quiet"];
    const a = await run([...args, "--out", join(root, "x")]);
    const b = await run([...args, "--out", join(root, "y")]);
    expect(a).toEqual({ exitCode: 0, out: "", err: "" });
    expect(b.exitCode).toBe(0);
    const [ca, cb] = await Promise.all([readFile(join(root, "x", "clients.csv")), readFile(join(root, "y", "clients.csv"))]);
    expect(ca.equals(cb)).toBe(true);
    expect((await readFile(join(root, "x", "truth.csv"), "utf8")).trim().split("\n")).toHaveLength(1 + 90);
  });

  it.each([
    [["--clients", "abc"], "--clients <n>' argument 'abc' is invalid. must be a positive integer"],
    [["--clients", "0"], "must be a positive integer"],
    [["--clients", "-3"], "must be a positive integer"],
    [["--clients", "1.5"], "must be a positive integer"],
    [["--clients", "10", "--seed", "x"], "--seed <s>' argument 'x' is invalid. must be an integer"],
    [["--clients", "10", "--seed", "1.5"], "must be an integer"],
    [["--clients", "10", "--hd-ratio", "2"], "must be a number in (0, 1]"],
    [["--clients", "10", "--hd-ratio", "0"], "must be a number in (0, 1]"],
    [["--clients", "10", "--as-of", "2024-02-30"], "must be a YYYY-MM-DD date"],
  ])("rejects %j with a clear message and a non-zero exit", async (args, message) => {
    const result = await run([...args, "--out", join(root, "never")]);
    expect(result.exitCode).not.toBe(0);
    expect(result.err).toContain(message);
  });

  it("requires --clients and --out", async () => {
    const noClients = await run(["--out", join(root, "never")]);
    expect(noClients.exitCode).not.toBe(0);
    expect(noClients.err).toContain("required option '--clients <n>' not specified");
    const noOut = await run(["--clients", "5"]);
    expect(noOut.exitCode).not.toBe(0);
    expect(noOut.err).toContain("required option '--out <dir>' not specified");
  });

  it("refuses an --out that is not a writable folder", async () => {
    const file = join(root, "a-file");
    await writeFile(file, "x");
    const result = await run(["--clients", "5", "--out", file]);
    expect(result.exitCode).toBe(2);
    expect(result.err).toContain(`error: --out: ${file} exists and is not a folder`);
    const below = await run(["--clients", "5", "--out", join(file, "sub")]);
    expect(below.exitCode).toBe(2);
    expect(below.err).toContain("is not a writable folder");
  });
});
