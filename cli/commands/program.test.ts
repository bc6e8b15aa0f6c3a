import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer } from "@/cli/agent-sim/fake-server";
import { db } from "@/lib/db/client";
import { uid } from "@/tests/factories";
import { runCli } from "./program";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const exitCode = await runCli(args, { writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  return { exitCode, out, err };
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "cli-program-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("pims-link usage errors exit 2 and name the option", () => {
  it.each([
    [["practice", "create", "--slug", "x"], "required option '--name <name>' not specified"],
    [["practice", "create", "--name", "X", "--slug", "Not A Slug"], "--slug <slug>' argument 'Not A Slug' is invalid"],
    [
      ["practice", "create", "--name", "X", "--slug", "x", "--time-zone", "Mars/Base"],
      "--time-zone <tz>' argument 'Mars/Base' is invalid",
    ],
    [["practice", "create", "--name", "X", "--slug", "x", "--clients", "0"], "--clients <n>' argument '0' is invalid"],
    [["agent-key"], "required option '--practice <slug>' not specified"],
    [["import-home-delivery", "--practice", "x"], "required option '--dir <dir>' not specified"],
    [["import-home-delivery", "--practice", "x", "--dir", "/nonexistent/hd"], "--dir: folder /nonexistent/hd does not exist"],
    [["agent", "push", "--key", "k", "--dir", "."], "required option '--url <url>' not specified"],
    [["agent", "push", "--url", "ftp://x", "--key", "k", "--dir", "."], "--url <url>' argument 'ftp://x' is invalid"],
    [
      ["agent", "push", "--url", "http://x", "--key", "k", "--dir", ".", "--batch-size", "20000"],
      "must be a whole number from 1 to 10000",
    ],
    [
      ["agent", "push", "--url", "http://x", "--key", "k", "--dir", "/nonexistent/export"],
      "--dir: folder /nonexistent/export does not exist",
    ],
    [["frobnicate"], "unknown command 'frobnicate'"],
  ])("%j", async (args, message) => {
    const result = await run(args);
    expect(result.exitCode).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe("practice create, list, agent-key and import-home-delivery", () => {
  let partnerName: string;
  beforeAll(async () => {
    partnerName = `CLI Test Partner ${uid()}`;
    await db.partner.create({ data: { name: partnerName } });
  });

  it("creates an INSTALLED practice of the chosen partner, says which database, refuses a taken slug, issues and rotates its key", async () => {
    const slug = `cli-vet-${uid()}`;
    const created = await run([
      "practice",
      "create",
      "--name",
      "CLI Vet",
      "--slug",
      slug,
      "--clients",
      "5000",
      "--partner",
      partnerName.toUpperCase(),
    ]);
    expect(created.exitCode).toBe(0);
    const id = /^id\t(\S+)$/m.exec(created.out)?.[1];
    expect(created.out).toBe(`id\t${id}\nslug\t${slug}\n`);
    expect(created.err).toMatch(/^database: postgres(ql)?:\/\/[^:@]+@127\.0\.0\.1:\d+\/pims_link_test \(from DATABASE_URL\)$/m);
    expect(created.err).toContain(`partner ${partnerName}`);
    const practice = await db.practice.findUniqueOrThrow({ where: { id: id ?? "" }, include: { partner: true } });
    expect(practice).toMatchObject({
      slug,
      name: "CLI Vet",
      status: "INSTALLED",
      approxClients: 5000,
      timeZone: "America/Los_Angeles",
    });
    expect(practice.partner.name).toBe(partnerName);

    const list = await run(["practice", "list", "--partner", partnerName]);
    expect(list.exitCode).toBe(0);
    expect(list.out.split("\n")[0]).toBe("slug\tstatus\tpartner\tid\tname");
    expect(list.out).toContain(`${slug}\tINSTALLED\t${partnerName}\t${id}\tCLI Vet\n`);

    const again = await run(["practice", "create", "--name", "Other", "--slug", slug, "--partner", partnerName]);
    expect(again.exitCode).toBe(1);
    expect(again.err).toContain(`--slug: a practice with slug "${slug}" already exists`);

    const key = await run(["agent-key", "--practice", slug]);
    expect(key.exitCode).toBe(0);
    expect(key.out).toMatch(/^pl_agent_\S+\n$/); // only the key on stdout
    expect(key.err).toContain("shown only once");

    const second = await run(["agent-key", "--practice", slug]);
    expect(second.exitCode).toBe(1);
    expect(second.err).toContain("already has an active key");
    expect(second.err).toContain("--rotate");

    const rotated = await run(["agent-key", "--practice", slug, "--rotate"]);
    expect(rotated.exitCode).toBe(0);
    expect(rotated.out.trim()).not.toBe(key.out.trim());
    expect(await db.agentKey.count({ where: { practiceId: practice.id, revokedAt: null } })).toBe(1);
  });

  it("names an unknown practice and suggests the nearest slugs, never a duplicate", async () => {
    const result = await run(["agent-key", "--practice", "no-such-practice"]);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain(
      '--practice: no practice with slug "no-such-practice"; list the practices with: pims-link practice list',
    );
    const slug = `lakeside-vet-${uid()}`;
    expect((await run(["practice", "create", "--name", "Lakeside Vet", "--slug", slug, "--partner", partnerName])).exitCode).toBe(
      0,
    );
    const typo = await run(["agent-key", "--practice", slug.replace("lakeside", "lakesde")]);
    expect(typo.exitCode).toBe(1);
    expect(typo.err).toContain(`did you mean "${slug}" (Lakeside Vet)?`);
    expect(typo.err).not.toContain("practice create");
  });

  it("refuses a missing or unknown partner when there are several, and creates one only when asked", async () => {
    const slug = `p-vet-${uid()}`;
    await db.partner.create({ data: { name: `Second Partner ${uid()}` } });
    const none = await run(["practice", "create", "--name", "P Vet", "--slug", slug]);
    expect(none.exitCode).toBe(2);
    expect(none.err).toContain("--partner: choose the practice's integration partner:");
    const unknown = await run(["practice", "create", "--name", "P Vet", "--slug", slug, "--partner", "Nobody Inc"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.err).toContain('--partner: no partner named "Nobody Inc"');
    expect(await db.practice.count({ where: { slug } })).toBe(0);
    const fresh = `New Partner ${uid()}`;
    const made = await run(["practice", "create", "--name", "P Vet", "--slug", slug, "--partner", fresh, "--create-partner"]);
    expect(made.exitCode).toBe(0);
    expect(made.err).toContain(`partner ${fresh} (new)`);
  });

  it("imports home-delivery files, or prints every problem and writes nothing", async () => {
    const slug = `hd-vet-${uid()}`;
    expect((await run(["practice", "create", "--name", "HD Vet", "--slug", slug, "--partner", partnerName])).exitCode).toBe(0);
    const dir = await mkdtemp(join(root, "hd-"));
    await writeFile(join(dir, "home-delivery-clients.csv"), "hd_client_id,first_name,last_name\nH1,Ann,Lee\nH2,Bob,Ray\n");
    await writeFile(
      join(dir, "home-delivery-pets.csv"),
      "hd_pet_id,hd_client_id,name,weight_lb\nQ1,H1,Rex,20\nQ2,H1,Tom,x\nQ3,H7,Kit,\n",
    );
    const bad = await run(["import-home-delivery", "--practice", slug, "--dir", dir]);
    expect(bad.exitCode).toBe(1);
    expect(bad.err).toContain("error: 2 problems in home-delivery-pets.csv; nothing was imported");
    expect(bad.err).toContain("home-delivery-pets.csv row 2, column weight_lb:");
    expect(bad.err).toContain(
      'home-delivery-pets.csv row 3, column hd_client_id: client "H7" is not in home-delivery-clients.csv',
    );
    const practice = await db.practice.findUniqueOrThrow({ where: { slug } });
    expect(await db.homeDeliveryClient.count({ where: { practiceId: practice.id } })).toBe(0);

    await writeFile(join(dir, "home-delivery-pets.csv"), "hd_pet_id,hd_client_id,name,weight_lb\nQ1,H1,Rex,20\nQ2,H2,Tom,\n");
    const good = await run(["import-home-delivery", "--practice", slug, "--dir", dir]);
    expect(good.exitCode).toBe(0);
    expect(good.err).toMatch(/^database: .* \(from DATABASE_URL\)\n$/); // only the database line
    expect(good.out).toContain(`Imported 2 home-delivery clients (2 new) and 2 pets (2 new) for ${slug}`);
    expect(await db.homeDeliveryPet.count({ where: { practiceId: practice.id } })).toBe(2);
  });
});

describe("agent push", () => {
  let server: FakeServer;
  let dir: string;
  beforeAll(async () => {
    server = await startFakeServer();
    dir = await mkdtemp(join(root, "export-"));
    await writeFile(
      join(dir, "clients.csv"),
      "client_id,first_name,last_name,updated_at\nC1,Ann,Lee,2024-05-01T10:00:00Z\nC2,BAD,Ray,2024-05-01T10:00:00Z\n",
    );
    await writeFile(
      join(dir, "patients.csv"),
      "patient_id,client_id,name,species,updated_at\nP1,C1,Rex,Canine,2024-05-01T10:00:00Z\n",
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it("pushes, prints plain progress on stderr and a summary on stdout", async () => {
    const result = await run(["agent", "push", "--url", server.url, "--key", server.key, "--dir", dir]);
    expect(result.exitCode).toBe(0);
    expect(result.err).toContain("pushing 3 records");
    expect(result.err).toMatch(/sent 3\/3 records \(100\.0%\)/);
    expect(result.out).toMatch(/^Pushed .* \(full load\) to http:\/\/127\.0\.0\.1:\d+ in \d+\.\d\d s$/m);
    expect(result.out).toMatch(/records sent\s+3 in 2 batches/);
    expect(result.out).toMatch(/applied\s+2/);
    expect(result.out).toMatch(/rejected\s+1\n\s+clients\.csv row 2 \(client C2\), column first_name: is not a name/);

    const again = await run(["agent", "push", "--url", server.url, "--key", server.key, "--dir", dir]);
    expect(again.exitCode).toBe(0);
    expect(again.out).toContain("Nothing sent");
  });

  it("exits 1 with the server's message on a refused key", async () => {
    const result = await run(["agent", "push", "--url", server.url, "--key", "pl_agent_nope", "--dir", dir, "--restart"]);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain(
      "error: the server refused the request: 401 Unauthorized: unknown or revoked agent key (check --key",
    );
  });

  it("exits 1 naming the file and column of a bad header", async () => {
    const bad = await mkdtemp(join(root, "bad-export-"));
    await writeFile(join(bad, "clients.csv"), "client_id,first_name\nC1,Ann\n");
    await writeFile(join(bad, "patients.csv"), "patient_id,client_id,name,species,updated_at\n");
    const result = await run(["agent", "push", "--url", server.url, "--key", server.key, "--dir", bad]);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain("error: clients.csv line 1: missing required columns last_name, updated_at in header");
  });
});
