/**
 * The "thin" profile of the generator: records as thin as a pharmacy's and a front desk's
 * often are. On top of the normal set's differences, phones, emails and pets are blank for a
 * share of the records (on both sides, each field decided on its own), and the pharmacy's copy
 * of a true match carries the slips the normal profile rarely makes: first and last name
 * swapped, a space gained or lost inside a name, a house number or ZIP mistyped, a move with no
 * phone or email left to connect the two records.
 *
 * Its own choices come from a random stream of their own (same seed, same bytes). A thin set has
 * the normal set's shape (clients, true matches, nobodies), not its people: a blanked phone
 * changes which draws the normal generator makes after it (households, contact scenarios). The slips are written here from how
 * people type (keyboard neighbours on a number pad, dropped or doubled digits, names split where
 * they sound split); nothing is taken from the matching engine's tables.
 */
import type { PimsClient } from "./pims-generator";
import { Rng } from "./random";
import type { Address, World } from "./world";

export const PROFILES = ["normal", "thin"] as const;
export type Profile = (typeof PROFILES)[number];

/** Share of records whose phone, email or pets are blank (each decided on its own). */
export const DEFAULT_BLANK_SHARE = 0.6;

export const THIN_KINDS = [
  "blank_pims_phones",
  "blank_pims_email",
  "blank_phone",
  "blank_email",
  "blank_pets",
  "names_swapped",
  "space_gained",
  "space_lost",
  "letter_dropped",
  "house_number_typo",
  "zip_typo",
  "moved_no_contact",
] as const;
type ThinKind = (typeof THIN_KINDS)[number];
export type ThinCounts = Record<ThinKind, number>;

/** Rates of the pharmacy-side slips (per true match). Varied on purpose, none dominant. */
const RATES = {
  swapped: 0.07,
  spaceGained: 0.04,
  spaceLost: 0.04,
  letterDropped: 0.04,
  houseNumberTypo: 0.06,
  zipTypo: 0.05,
  movedNoContact: 0.06,
};

// Digits a finger slips to on a phone or number pad (above, below, beside).
const DIGIT_NEIGHBOURS: Record<string, string> = {
  "0": "89",
  "1": "247",
  "2": "1358",
  "3": "269",
  "4": "1578",
  "5": "2468",
  "6": "3598",
  "7": "148",
  "8": "57960",
  "9": "3680",
};

export class ThinProfile {
  readonly counts: ThinCounts = Object.fromEntries(THIN_KINDS.map((k) => [k, 0])) as ThinCounts;
  private readonly rng: Rng;

  constructor(
    seed: number,
    readonly blankShare: number,
  ) {
    if (!(blankShare >= 0 && blankShare <= 1)) throw new RangeError(`blankShare must be in [0, 1] (got ${blankShare})`);
    this.rng = new Rng(`pims-link-testset-thin:${seed}`);
  }

  /** Blanks the PIMS client's phones and email for a share of clients (before its row is written). */
  thinPimsClient(client: PimsClient): void {
    if (this.rng.chance(this.blankShare) && (client.homePhone || client.cellPhone || client.workPhone)) {
      client.homePhone = client.cellPhone = client.workPhone = null;
      this.counts.blank_pims_phones += 1;
    }
    if (client.email && this.rng.chance(this.blankShare)) {
      client.email = null;
      this.counts.blank_pims_email += 1;
    }
  }

  /** The address the pharmacy has for a true match: a mistyped house number or ZIP now and then. */
  slipAddress(address: Address | null, world: World): Address | null {
    if (!address) return address;
    if (this.rng.chance(RATES.movedNoContact)) {
      this.counts.moved_no_contact += 1;
      this.movedNoContact = true;
      return world.address();
    }
    let slipped = address;
    if (this.rng.chance(RATES.houseNumberTypo)) {
      slipped = { ...slipped, number: this.digitSlip(slipped.number) };
      this.counts.house_number_typo += 1;
    }
    if (this.rng.chance(RATES.zipTypo)) {
      // The first two digits are the region's; people slip on the last three.
      const zip = slipped.zip;
      slipped = { ...slipped, zip: zip.slice(0, 2) + this.digitSlip(zip.slice(2), true) };
      this.counts.zip_typo += 1;
    }
    return slipped;
  }

  /** Set by slipAddress for the record being made: its phone and email must go too. */
  private movedNoContact = false;

  /** Names as the pharmacy typed them: swapped, split, joined or a letter short. */
  slipNames(first: string, last: string): [string, string] {
    const rng = this.rng;
    if (rng.chance(RATES.swapped)) {
      [first, last] = [last, first];
      this.counts.names_swapped += 1;
    }
    if (rng.chance(RATES.spaceGained)) {
      const target = rng.chance(0.6) ? 0 : 1;
      const split = splitWord(target === 0 ? first : last, rng);
      if (split !== null) {
        if (target === 0) first = split;
        else last = split;
        this.counts.space_gained += 1;
      }
    } else if (rng.chance(RATES.spaceLost) && (/\s|-/.test(first) || /\s|-/.test(last))) {
      if (/\s|-/.test(last)) last = last.replace(/[\s-]+/g, "");
      else first = first.replace(/[\s-]+/g, "");
      this.counts.space_lost += 1;
    }
    if (rng.chance(RATES.letterDropped)) {
      const target = rng.chance(0.5) ? first : last;
      if (target.length >= 5) {
        const i = rng.int(1, target.length - 2);
        const dropped = target.slice(0, i) + target.slice(i + 1);
        if (target === first) first = dropped;
        else last = dropped;
        this.counts.letter_dropped += 1;
      }
    }
    return [first, last];
  }

  /** Phone and email of the pharmacy's record: blank for a share, always after a contactless move. */
  thinContacts(phone: string | null, email: string | null): { phone: string | null; email: string | null } {
    if (this.movedNoContact) {
      this.movedNoContact = false;
      return { phone: null, email: null };
    }
    if (phone && this.rng.chance(this.blankShare)) {
      phone = null;
      this.counts.blank_phone += 1;
    }
    if (email && this.rng.chance(this.blankShare)) {
      email = null;
      this.counts.blank_email += 1;
    }
    return { phone, email };
  }

  /** The pharmacy's pets of the record: none for a share of records. */
  thinPets<T>(pets: T[]): T[] {
    if (pets.length === 0 || !this.rng.chance(this.blankShare)) return pets;
    this.counts.blank_pets += 1;
    return [];
  }

  /** A house number or ZIP tail with one digit slipped: a neighbour key, dropped, doubled or swapped. */
  private digitSlip(digits: string, keepLength = false): string {
    const rng = this.rng;
    const i = rng.int(0, digits.length - 1);
    const kind = keepLength
      ? rng.pick(["neighbour", "swap"] as const)
      : rng.pick(["neighbour", "swap", "drop", "double"] as const);
    if (kind === "swap" && digits.length >= 2 && i < digits.length - 1 && digits[i] !== digits[i + 1]) {
      return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    }
    if (kind === "drop" && digits.length >= 3) return digits.slice(0, i) + digits.slice(i + 1);
    if (kind === "double") return digits.slice(0, i + 1) + digits[i] + digits.slice(i + 1);
    const options = DIGIT_NEIGHBOURS[digits[i]] ?? "1";
    return digits.slice(0, i) + options[rng.int(0, options.length - 1)] + digits.slice(i + 1);
  }
}

/** "William" -> "Wil liam", "Mcdonald" -> "Mc Donald": a space where a typist heard a break. */
function splitWord(word: string, rng: Rng): string | null {
  if (word.length < 4 || /\s/.test(word)) return null;
  const i = rng.int(2, word.length - 2);
  const tail = word.slice(i);
  return `${word.slice(0, i)} ${rng.chance(0.5) ? tail[0].toUpperCase() + tail.slice(1) : tail}`;
}
