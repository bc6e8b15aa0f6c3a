/**
 * `pims-link practice create --name NAME --slug SLUG [--time-zone TZ] [--clients N]`: a practice
 * ready to receive data (status INSTALLED), for scripted setups and benchmarks. The practice
 * belongs to a "CLI" partner (created when missing); address and phone are placeholders.
 */
import { Command, InvalidArgumentError } from "commander";
import { US_TIME_ZONES } from "@/lib/onboarding/schemas";
import { prepareDatabase } from "./database";
import { CliError, cliAction, integerInRange, parseNonEmpty, parseSlug, writeErr, writeOut } from "./shared";

export const CLI_PARTNER_NAME = "CLI";
const ZONES: readonly string[] = US_TIME_ZONES.map(([zone]) => zone);

function parseTimeZone(value: string): string {
  const zone = value.trim();
  if (!ZONES.includes(zone)) throw new InvalidArgumentError(`must be one of ${ZONES.join(", ")}.`);
  return zone;
}

function parsePimsVersion(value: string): string {
  const version = value.trim();
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new InvalidArgumentError('must look like 9.4 or 9.5.1.');
  return version;
}

function parseName(value: string): string {
  const name = parseNonEmpty(value);
  if (name.length > 120) throw new InvalidArgumentError("must be at most 120 characters.");
  return name;
}

interface CreateOptions {
  name: string;
  slug: string;
  timeZone: string;
  clients: number;
  pimsVersion: string;
}

export interface CreatedPractice {
  id: string;
  slug: string;
  name: string;
  status: string;
}

/** Creates the practice (status INSTALLED) with its journey event; throws CliError when the slug is taken. */
export async function createInstalledPractice(options: CreateOptions): Promise<CreatedPractice> {
  await prepareDatabase();
  const { db } = await import("@/lib/db/client");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const { addJourneyEvent } = await import("@/lib/onboarding/journey-events");
  const taken = await db.practice.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (taken) throw new CliError(`--slug: a practice with slug "${options.slug}" already exists (id ${taken.id})`);
  try {
    return await db.$transaction(async (tx) => {
      const partner = await tx.partner.upsert({ where: { name: CLI_PARTNER_NAME }, update: {}, create: { name: CLI_PARTNER_NAME } });
      const now = new Date();
      const practice = await tx.practice.create({
        data: {
          slug: options.slug,
          name: options.name,
          address1: "1 Main St",
          city: "Portland",
          state: "OR",
          postalCode: "97201",
          phone: "(503) 555-0100",
          timeZone: options.timeZone,
          pimsVersion: options.pimsVersion,
          approxClients: options.clients,
          partnerId: partner.id,
          status: "INSTALLED",
          statusChangedAt: now,
          installedAt: now,
        },
        select: { id: true, slug: true, name: true, status: true },
      });
      await addJourneyEvent(tx, {
        practiceId: practice.id,
        kind: "note",
        action: "created",
        actor: { label: "pims-link CLI" },
        toStatus: "INSTALLED",
        note: "Practice created by the pims-link CLI, installed and ready to receive data",
      });
      return practice;
    });
  } catch (error) {
    // Two creates racing for the same slug: the unique index has the last word.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new CliError(`--slug: a practice with slug "${options.slug}" already exists`);
    }
    throw error;
  }
}

export function practiceCommand(): Command {
  const practice = new Command("practice").description("Manage practices (for scripted setups)");
  practice
    .command("create")
    .description("Create a practice ready to receive agent data (status INSTALLED); prints its id and slug")
    .requiredOption("--name <name>", "practice name", parseName)
    .requiredOption("--slug <slug>", "unique slug: lowercase letters, digits and dashes", parseSlug)
    .option("--time-zone <tz>", `time zone (${ZONES.join(", ")})`, parseTimeZone, "America/Los_Angeles")
    .option("--clients <n>", "approximate number of PIMS clients", integerInRange(1, 1_000_000), 1000)
    .option("--pims-version <version>", "Cornerstone version", parsePimsVersion, "9.5")
    .action(
      cliAction(async function (this: Command, options: CreateOptions) {
        const created = await createInstalledPractice(options);
        writeOut(this, `id\t${created.id}\nslug\t${created.slug}\n`);
        writeErr(this, `Practice "${created.name}" created with status ${created.status}; issue its agent key with: pims-link agent-key --practice ${created.slug}\n`);
      }),
    );
  return practice;
}
