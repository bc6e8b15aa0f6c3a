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
export const MAX_CONTACT_BLOCK = 25;
/** Name/address keys shared by more PIMS clients than this are too common to help. */
export const MAX_NAME_BLOCK = 250;

export type KeyKind = "e" | "p" | "hz" | "pb" | "nf";
type KeyVisitor = (kind: KeyKind, a: string, b: string | number) => void;

export function forEachBlockingKey(c: BlockingFields, visit: KeyVisitor): void {
  if (c.email !== null) visit("e", c.email, "");
  for (const phone of c.phones) visit("p", phone, "");
  if (c.zip !== null && c.streetNumber !== null) visit("hz", c.streetNumber, c.zip);
  for (const pet of c.pets) {
    if (pet.name !== "" && pet.birthDay !== null) visit("pb", pet.name, pet.birthDay);
  }
  if (c.lastSoundex !== "") {
    for (const formal of c.firstFormals) visit("nf", c.lastSoundex, formal);
  }
}

/** The keys as readable strings ("nf|S530|JOHN"), for tests and debugging. */
export function blockingKeys(c: BlockingFields): string[] {
  const keys: string[] = [];
  forEachBlockingKey(c, (kind, a, b) => keys.push(b === "" ? `${kind}|${a}` : `${kind}|${a}|${b}`));
  return keys;
}

const KINDS: readonly KeyKind[] = ["e", "p", "hz", "pb", "nf"];

function blockLimit(kind: KeyKind): number {
  return kind === "e" || kind === "p" ? MAX_CONTACT_BLOCK : MAX_NAME_BLOCK;
}

export class BlockIndex {
  private readonly blocks = new Map<KeyKind, Map<string, Map<string | number, number[]>>>(
    KINDS.map((kind) => [kind, new Map()]),
  );
  /** stamp[i] === query number when PIMS record i was already collected for this query. */
  private readonly stamp: Int32Array;
  private query = 0;

  /**
   * Registers the keys of every HD client first, then files each PIMS client under them.
   * @param pimsFields blocking inputs of PIMS client i, computed once here and not kept.
   */
  constructor(
    hd: readonly BlockingFields[],
    pimsCount: number,
    pimsFields: (index: number) => BlockingFields,
  ) {
    const want: KeyVisitor = (kind, a, b) => {
      const byA = this.blocks.get(kind)!;
      let byB = byA.get(a);
      if (!byB) byA.set(a, (byB = new Map()));
      if (!byB.has(b)) byB.set(b, []);
    };
    for (const record of hd) forEachBlockingKey(record, want);

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

  /** Indexes (into the PIMS array) of every PIMS client sharing a usable key with `hd`. */
  candidates(hd: BlockingFields): number[] {
    const q = this.query++;
    const found: number[] = [];
    forEachBlockingKey(hd, (kind, a, b) => {
      const block = this.blocks.get(kind)!.get(a)?.get(b);
      if (!block || block.length > blockLimit(kind)) return;
      for (const index of block) {
        if (this.stamp[index] === q) continue;
        this.stamp[index] = q;
        found.push(index);
      }
    });
    return found;
  }
}
