/**
 * `pims-link practice create --name NAME --slug SLUG [--partner NAME] ...`: a practice ready to
 * receive data (status INSTALLED), for scripted setups and benchmarks; address and phone are
 * placeholders. It belongs to the partner `--partner` names (or the only one there is).
 * `pims-link practice list`: every practice's slug, name, status and partner.
 */
import { Command, InvalidArgumentError } from "commander";
import { US_TIME_ZONES } from "@/lib/onboarding/schemas";
import { prepareDatabase, type Say } from "./database";
import { CliError, cliAction, EXIT_USAGE, integerInRange, parseNonEmpty, parseSlug, writeErr, writeOut } from "./shared";

const ZONES: readonly string[] = US_TIME_ZONES.map(([zone]) => zone);

function parseTimeZone(value: string): string {
  const zone = value.trim();
  if (!ZONES.includes(zone)) throw new InvalidArgumentError(`must be one of ${ZONES.join(", ")}.`);
  return zone;
}

function parsePimsVersion(value: string): string {
  const version = value.trim();
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new InvalidArgumentError("must look like 9.4 or 9.5.1.");
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
  partner?: string;
  createPartner?: boolean;
}

export interface CreatedPractice {
  id: string;
  slug: string;
  name: string;
  status: string;
}

/** Creates the practice (status INSTALLED) with its journey event; throws CliError when the slug is taken. */
/** The partner `--partner` names (any case), the only partner when none is named, or a usage error listing them. */
async function choosePartner(
  options: Pick<CreateOptions, "partner" | "createPartner">,
): Promise<{ id: string; name: string; created: boolean }> {
  const { db } = await import("@/lib/db/client");
  const partners = await db.partner.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  const names = partners.map((p) => `"${p.name}"`).join(", ");
  if (!options.partner) {
    if (partners.length === 1) return { ...partners[0], created: false };
    if (partners.length === 0)
      throw new CliError(
        "--partner: no integration partner exists yet; name one with --partner NAME --create-partner",
        EXIT_USAGE,
      );
    throw new CliError(`--partner: choose the practice's integration partner: ${names}`, EXIT_USAGE);
  }
  const wanted = options.partner.trim().toLowerCase();
  const found = partners.find((p) => p.name.toLowerCase() === wanted);
  if (found) return { ...found, created: false };
  if (options.createPartner) {
    const partner = await db.partner.create({ data: { name: options.partner.trim() }, select: { id: true, name: true } });
    return { ...partner, created: true };
  }
  throw new CliError(
    `--partner: no partner named "${options.partner}"${partners.length ? `; the partners are ${names}` : ""} (add --create-partner to create it)`,
    EXIT_USAGE,
  );
}

export async function createInstalledPractice(
  options: CreateOptions,
  say?: Say,
): Promise<CreatedPractice & { partner: string; partnerCreated: boolean }> {
  await prepareDatabase(say);
  const { db } = await import("@/lib/db/client");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const { addJourneyEvent } = await import("@/lib/onboarding/journey-events");
  const taken = await db.practice.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (taken) throw new CliError(`--slug: a practice with slug "${options.slug}" already exists (id ${taken.id})`);
  const partner = await choosePartner(options);
  try {
    const practice = await db.$transaction(async (tx) => {
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
    return { ...practice, partner: partner.name, partnerCreated: partner.created };
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
    .description(
      'Create a practice ready to receive agent data (status INSTALLED); prints "id<TAB>ID" and "slug<TAB>SLUG" lines on stdout',
    )
    .requiredOption("--name <name>", "practice name", parseName)
    .requiredOption("--slug <slug>", "unique slug: lowercase letters, digits and dashes", parseSlug)
    .option("--time-zone <tz>", `time zone (${ZONES.join(", ")})`, parseTimeZone, "America/Los_Angeles")
    .option("--clients <n>", "approximate number of PIMS clients", integerInRange(1, 1_000_000), 1000)
    .option("--pims-version <version>", "Cornerstone version", parsePimsVersion, "9.5")
    .option("--partner <name>", "the integration partner's name (needed when there are several)")
    .option("--create-partner", "create the --partner partner when none has that name")
    .action(
      cliAction(async function (this: Command, options: CreateOptions) {
        const created = await createInstalledPractice(options, (text) => writeErr(this, text));
        writeOut(this, `id\t${created.id}\nslug\t${created.slug}\n`);
        writeErr(
          this,
          `Practice "${created.name}" created with status ${created.status}, partner ${created.partner}${created.partnerCreated ? " (new)" : ""}; issue its agent key with: pims-link agent-key --practice ${created.slug}\n`,
        );
      }),
    );
  practice
    .command("list")
    .description(
      "List practices: slug, status, partner, id and name, tab-separated on stdout (slugs are what the other commands take)",
    )
    .option("--partner <name>", "only this partner's practices")
    .action(
      cliAction(async function (this: Command, options: { partner?: string }) {
        await prepareDatabase((text) => writeErr(this, text));
        const { db } = await import("@/lib/db/client");
        const rows = await db.practice.findMany({
          where: options.partner ? { partner: { name: { equals: options.partner.trim(), mode: "insensitive" } } } : {},
          select: { id: true, slug: true, name: true, status: true, partner: { select: { name: true } } },
          orderBy: { slug: "asc" },
        });
        writeOut(
          this,
          [
            "slug\tstatus\tpartner\tid\tname",
            ...rows.map((r) => [r.slug, r.status, r.partner.name, r.id, r.name].join("\t")),
          ].join("\n") + "\n",
        );
        writeErr(this, `${rows.length} practice${rows.length === 1 ? "" : "s"}\n`);
      }),
    );
  return practice;
}
