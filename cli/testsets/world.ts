/**
 * The synthetic practice's world: one region, a dozen towns with their streets and ZIPs,
 * and factories for people, addresses, phone numbers and emails (unique where real ones
 * are, so accidental collisions never blur the truth file).
 */
import type { Faker } from "@faker-js/faker";
import { FORMAL_NAMES } from "./nicknames";
import type { Rng } from "./random";
import {
  DIRECTIONS,
  EMAIL_DOMAINS,
  LAST_NAME_PARTICLE_NAMES,
  REGIONS,
  SPELLED_ORDINALS,
  STREET_BASE_NAMES,
  STREET_SUFFIXES,
  type Region,
} from "./vocabulary";

export interface Street {
  /** Pre-directional as [full, abbreviation], e.g. ["North", "N"]. */
  direction: readonly [string, string] | null;
  name: string;
  /** Suffix as [full, abbreviation], e.g. ["Street", "St"]. */
  suffix: readonly [string, string];
}

export interface Town {
  city: string;
  zips: readonly string[];
  streets: readonly Street[];
}

export type UnitType = "Apt" | "Unit" | "Ste";

export interface Address {
  number: string;
  street: Street;
  unit: { type: UnitType; id: string } | null;
  town: Town;
  zip: string;
}

// Frequent US surnames: they make namesakes and families sharing a name realistic.
const COMMON_LAST_NAMES = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Phillips",
  "Evans",
  "Turner",
  "Parker",
  "Collins",
  "Edwards",
  "Stewart",
  "Morris",
  "Murphy",
  "Cook",
  "Rogers",
  "Morgan",
  "Peterson",
  "Cooper",
  "Reed",
  "Bailey",
  "Bell",
  "Kelly",
  "Howard",
  "Ward",
  "Cox",
  "Richardson",
  "Wood",
  "Watson",
  "Brooks",
  "Bennett",
  "Gray",
  "O'Brien",
  "McDonald",
  "O'Neill",
  "McCarthy",
  "Sullivan",
  "Kim",
  "Patel",
  "Chen",
  "Wong",
];

const SUFFIX_WEIGHTS = STREET_SUFFIXES.map(([full, short, weight]) => [[full, short] as const, weight] as const);

const EMAIL_LOCAL_PATTERNS = [
  ["first.last", 35],
  ["firstlast", 20],
  ["flast", 20],
  ["first_last", 5],
  ["lastf", 5],
  ["firstyear", 15],
] as const;

export class World {
  readonly region: Region;
  readonly towns: readonly Town[];
  private readonly usedPhones: Set<number>[];
  private readonly areaCodes: readonly string[];
  private readonly emailSuffixes = new Map<string, number>();
  private readonly firstNames: readonly string[];
  private readonly lastNames: readonly string[];
  private readonly usedEmails = new Set<string>();
  private readonly closeNames = new Map<string, string[]>();
  private readonly femaleNames: ReadonlySet<string>;
  private readonly maleNames: ReadonlySet<string>;

  constructor(
    private readonly rng: Rng,
    private readonly faker: Faker,
  ) {
    this.region = rng.pick(REGIONS);
    this.areaCodes = this.region.areaCodes;
    this.usedPhones = this.areaCodes.map(() => new Set<number>());
    // Faker's word lists, drawn with our own Rng: same determinism, far less overhead per
    // name than faker.person.* (this runs for every one of 100k+ clients).
    const names = faker.definitions.person;
    this.firstNames = [...new Set([...(names.first_name.female ?? []), ...(names.first_name.male ?? [])])];
    this.femaleNames = new Set(names.first_name.female ?? []);
    this.maleNames = new Set(names.first_name.male ?? []);
    this.lastNames = names.last_name.generic ?? [];
    const townCount = rng.int(8, 14);
    const cities = new Set<string>();
    while (cities.size < townCount) cities.add(faker.location.city());
    this.towns = [...cities].map((city) => this.makeTown(city));
  }

  private makeTown(city: string): Town {
    const zips = new Set<string>();
    const zipCount = this.rng.int(1, 3);
    for (let i = 0; i < zipCount * 3 && zips.size < zipCount; i++) {
      zips.add(this.faker.location.zipCode({ state: this.region.state }));
    }
    const streets: Street[] = [];
    const streetCount = this.rng.int(60, 160);
    for (let i = 0; i < streetCount; i++) streets.push(this.makeStreet());
    return { city, zips: [...zips], streets };
  }

  private makeStreet(): Street {
    const roll = this.rng.float();
    const name =
      roll < 0.5
        ? this.rng.pick(STREET_BASE_NAMES)
        : roll < 0.6
          ? this.rng.chance(0.5)
            ? this.rng.pick(SPELLED_ORDINALS)
            : ordinal(this.rng.int(1, 60))
          : this.rng.pick(this.lastNames);
    return {
      direction: this.rng.chance(0.2) ? this.rng.pick(DIRECTIONS) : null,
      name,
      suffix: this.rng.weighted(SUFFIX_WEIGHTS),
    };
  }

  firstName(): string {
    // Four in ten people carry a formal name with nicknames, so nickname noise has material.
    if (this.rng.chance(0.4)) return capitalize(this.rng.pick(FORMAL_NAMES));
    return this.rng.pick(this.firstNames);
  }

  /**
   * A real first name close to `name` but of the other sex, so surely another person
   * (Daniel/Danielle, Paul/Paula, Jon/Joan): one letter off or the same first four letters,
   * never equal and never `excluded` (nickname variants). Two spellings of one name
   * (Alison/Allison) are left out: in one household they are one person. Null when none.
   */
  closeFirstName(name: string, excluded: (candidate: string) => boolean): string | null {
    const lower = name.toLowerCase();
    let close = this.closeNames.get(lower);
    if (!close) {
      const capitalized = capitalize(lower);
      const female = this.femaleNames.has(capitalized);
      const male = this.maleNames.has(capitalized);
      close = this.firstNames.filter((c) => {
        const other = c.toLowerCase();
        const otherSex =
          (female && this.maleNames.has(c) && !this.femaleNames.has(c)) ||
          (male && this.femaleNames.has(c) && !this.maleNames.has(c));
        if (!otherSex || female === male) return false;
        if (other === lower) return false;
        return (lower.length >= 4 && other.startsWith(lower.slice(0, 4))) || oneEditApart(lower, other);
      });
      this.closeNames.set(lower, close);
    }
    const usable = close.filter((c) => !excluded(c));
    return usable.length > 0 ? this.rng.pick(usable) : null;
  }

  lastName(): string {
    const roll = this.rng.float();
    if (roll < 0.45) return this.rng.pick(COMMON_LAST_NAMES);
    if (roll < 0.47) return this.rng.pick(LAST_NAME_PARTICLE_NAMES);
    if (roll < 0.5) return `${this.rng.pick(COMMON_LAST_NAMES)}-${this.rng.pick(this.lastNames)}`;
    return this.rng.pick(this.lastNames);
  }

  address(town: Town = this.rng.pick(this.towns)): Address {
    const unit = this.rng.chance(0.15) ? this.unit() : null;
    const number = String(this.rng.chance(0.85) ? this.rng.int(100, 9999) : this.rng.int(1, 29999));
    return { number, street: this.rng.pick(town.streets), unit, town, zip: this.rng.pick(town.zips) };
  }

  private unit(): Address["unit"] {
    const type = this.rng.weighted<UnitType>([
      ["Apt", 80],
      ["Unit", 15],
      ["Ste", 5],
    ]);
    const floor = this.rng.chance(0.5);
    const id = floor ? String(this.rng.int(1, 4) * 100 + this.rng.int(1, 30)) : String(this.rng.int(1, 40));
    return { type, id: this.rng.chance(0.15) ? id + this.rng.pick(["A", "B", "C"]) : id };
  }

  /** A 10-digit US number not handed out before. */
  phone(): string {
    for (;;) {
      const exchange = this.rng.int(200, 999);
      if (exchange % 100 === 11) continue; // N11 codes are service numbers
      const area = this.rng.int(0, this.areaCodes.length - 1);
      // One set per area code keeps the keys small integers (< 10^7), which Sets hash fast.
      const local = exchange * 10_000 + this.rng.int(0, 9999);
      const used = this.usedPhones[area];
      if (!used.has(local)) {
        used.add(local);
        return `${this.areaCodes[area]}${local}`;
      }
    }
  }

  /** An email for the name, made unique with a number when the plain form is taken. */
  email(firstName: string, lastName: string): string {
    const first = emailWord(firstName);
    const last = emailWord(lastName);
    let local: string;
    switch (this.rng.weighted(EMAIL_LOCAL_PATTERNS)) {
      case "first.last":
        local = `${first}.${last}`;
        break;
      case "firstlast":
        local = `${first}${last}`;
        break;
      case "flast":
        local = `${first[0]}${last}`;
        break;
      case "first_last":
        local = `${first}_${last}`;
        break;
      case "lastf":
        local = `${last}${first[0]}`;
        break;
      default:
        local = `${first}${this.rng.int(1950, 2005)}`;
    }
    const domain = this.rng.weighted(EMAIL_DOMAINS);
    let email = `${local}@${domain}`;
    if (this.usedEmails.has(email)) {
      // Resume numbering where this address last stopped: a popular name must not make
      // every new address re-scan john.smith2, john.smith3, ... (quadratic at 100k).
      const key = email;
      let n = this.emailSuffixes.get(key) ?? 2;
      while (this.usedEmails.has((email = `${local}${n}@${domain}`))) n += 1;
      this.emailSuffixes.set(key, n + 1);
    }
    this.usedEmails.add(email);
    return email;
  }
}

/** Lowercase letters only: "O'Brien" -> "obrien". */
function emailWord(name: string): string {
  const lower = name.toLowerCase();
  return (/^[a-z]+$/.test(lower) ? lower : lower.replace(/[^a-z]/g, "")) || "x";
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** One insertion, deletion or substitution apart (lowercase words). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
