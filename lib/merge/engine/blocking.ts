/**
 * Blocking: only PIMS clients sharing at least one key with an HD client are compared with it,
 * so 10,000 x 100,000 becomes a few comparisons per HD client instead of 100,000.
 *
 * Keys, and the miss each one exists to catch:
 *  e  email                  moved clients, clients with nothing but an email on file
 *  p  phone                  moved clients, phone-only clients (every phone of the record)
 *  hz houseNumber + zip      family-name changes (marriage) and nicknames at the same house;
 *                            a house number is already rare inside one zip, and leaving names
 *                            out keeps BOB and ROBERT in one block
 *  pb petName + birthDate    owner renamed and moved, but the animal is what both sides know;
 *                            exactly the deterministic pet rule's evidence (a pet name alone,
 *                            even per zip, is too common: every zip has a BELLA)
 *  nf soundex(last) + formal first name
 *                            typos in the family name (SMITH/SMYTH); the same person at an
 *                            address the other side lacks or has changed, without a shared
 *                            phone/email (review at best); nickname-aware via formal names
 *
 *  hs houseNumber + street name word
 *                            the zip mistyped or missing, with a name typo too (hz and nf both
 *                            lost); a house number on one street is rare in the whole practice
 *  iz first initial + soundex(last) + zip
 *                            a typo in the given name (its formal name changes, so nf is lost)
 *                            together with a mistyped or missing house number (hz lost)
 *  swapped (home-delivery side only): nf and iz with the given and family names crosswise,
 *                            so a record typed "SMITH, JOHN" as first "SMITH" meets JOHN SMITH
 *
 * Not used: soundex(last) + zip. On the synthetic 10k x 100k set it produced ~90% of all
 * candidate pairs (every SMITH in the zip, mostly other first names) and doubled the run time,
 * yet dropping it changed no decision there. The pairs only it finds have first names that are
 * neither equal nor nicknames and share no house, phone, email or dated pet: without such a
 * contact they are capped below the merge threshold, so at worst a review case is missed.
 *
 * A key shared by very many PIMS clients identifies nobody (the clinic's own phone typed in as
 * a placeholder, JOHN SMITH in a big practice), so blocks above a size limit are skipped.
 *
 * Keys are two-part (kind+a, b) and stored in nested maps rather than concatenated strings:
 * the parts are strings the records already hold, so indexing 100,000 PIMS clients builds no
 * new strings. Only keys some HD client has are stored.
 */
import type { BlockingFields } from "./prepare";

/** A phone or email on more PIMS clients than this is a placeholder, not a person. */
const MAX_CONTACT_BLOCK = 25;
/** Name/address keys shared by more PIMS clients than this are too common to help. */
const MAX_NAME_BLOCK = 250;
/**
 * At most this many PIMS clients are compared with one home-delivery client: its blocks are
 * taken smallest first (the most specific keys) until the next would pass the bound, so the
 * work per record stays bounded however common its name or street.
 */
export const MAX_CANDIDATES_PER_RECORD = 400;

export type KeyKind = "e" | "p" | "hz" | "pb" | "nf" | "hs" | "iz";
type KeyVisitor = (kind: KeyKind, a: string, b: string | number) => void;

/** Keys of a record; the home-delivery side also looks its names up crosswise. */
function forEachBlockingKey(c: BlockingFields, visit: KeyVisitor, side: "hd" | "pims" = "pims"): void {
  if (c.email !== null) visit("e", c.email, "");
  for (const phone of c.phones) visit("p", phone, "");
  if (c.zip !== null && c.streetNumber !== null) visit("hz", c.streetNumber, c.zip);
  if (c.streetNumber !== null && c.streetName !== null) visit("hs", c.streetNumber, c.streetName);
  for (const pet of c.pets) {
    if (pet.name !== "" && pet.birthDay !== null) visit("pb", pet.name, pet.birthDay);
  }
  if (c.lastSoundex !== "") {
    for (const formal of c.firstFormals) visit("nf", c.lastSoundex, formal);
    if (c.zip !== null && c.firstInitial !== "") visit("iz", c.firstInitial + c.lastSoundex, c.zip);
  }
  if (side === "hd" && c.firstSoundex !== "" && c.last !== "") {
    for (const formal of c.lastFormals) visit("nf", c.firstSoundex, formal);
    if (c.zip !== null) visit("iz", c.last[0] + c.firstSoundex, c.zip);
  }
}

/** The keys as readable strings ("nf|S530|JOHN"), for tests and debugging. */
export function blockingKeys(c: BlockingFields, side: "hd" | "pims" = "pims"): string[] {
  const keys: string[] = [];
  forEachBlockingKey(c, (kind, a, b) => keys.push(b === "" ? `${kind}|${a}` : `${kind}|${a}|${b}`), side);
  return keys;
}

const KINDS: readonly KeyKind[] = ["e", "p", "hz", "pb", "nf", "hs", "iz"];

function blockLimit(kind: KeyKind): number {
  return kind === "e" || kind === "p" ? MAX_CONTACT_BLOCK : MAX_NAME_BLOCK;
}

export class BlockIndex {
  private readonly blocks = new Map<KeyKind, Map<string, Map<string | number, number[]>>>(KINDS.map((kind) => [kind, new Map()]));
  /** stamp[i] === query number when PIMS record i was already collected for this query. */
  private readonly stamp: Int32Array;
  private query = 0;

  /**
   * Registers the keys of every HD client first, then files each PIMS client under them.
   * @param pimsFields blocking inputs of PIMS client i, computed once here and not kept.
   */
  constructor(hd: readonly BlockingFields[], pimsCount: number, pimsFields: (index: number) => BlockingFields) {
    const want: KeyVisitor = (kind, a, b) => {
      const byA = this.blocks.get(kind)!;
      let byB = byA.get(a);
      if (!byB) byA.set(a, (byB = new Map()));
      if (!byB.has(b)) byB.set(b, []);
    };
    for (const record of hd) forEachBlockingKey(record, want, "hd");

    let index = 0;
    const file: KeyVisitor = (kind, a, b) => {
      this.blocks.get(kind)!.get(a)?.get(b)?.push(index);
    };
    for (; index < pimsCount; index++) forEachBlockingKey(pimsFields(index), file);

    this.stamp = new Int32Array(pimsCount).fill(-1);
  }

  /**
   * Phones and emails of the HD side found on more PIMS clients than MAX_CONTACT_BLOCK: not a
   * person's contact but a placeholder (the clinic's own number), so they prove nothing.
   */
  placeholderContacts(): Set<string> {
    const found = new Set<string>();
    for (const kind of ["e", "p"] as const) {
      for (const [value, byB] of this.blocks.get(kind)!) {
        for (const block of byB.values()) if (block.length > MAX_CONTACT_BLOCK) found.add(value);
      }
    }
    return found;
  }

  /**
   * Indexes (into the PIMS array) of the PIMS clients sharing a usable key with `hd`: smallest
   * blocks first, at most MAX_CANDIDATES_PER_RECORD of them (`capped` tells when some were left).
   */
  candidates(hd: BlockingFields): { indexes: number[]; capped: boolean } {
    const q = this.query++;
    const blocks: number[][] = [];
    forEachBlockingKey(
      hd,
      (kind, a, b) => {
        const block = this.blocks.get(kind)!.get(a)?.get(b);
        if (block && block.length > 0 && block.length <= blockLimit(kind)) blocks.push(block);
      },
      "hd",
    );
    if (blocks.length > 1) blocks.sort((x, y) => x.length - y.length);
    const found: number[] = [];
    let capped = false;
    for (const block of blocks) {
      if (found.length + block.length > MAX_CANDIDATES_PER_RECORD && found.length > 0) {
        capped = true;
        break;
      }
      for (const index of block) {
        if (this.stamp[index] === q) continue;
        this.stamp[index] = q;
        found.push(index);
      }
    }
    return { indexes: found, capped };
  }
}
