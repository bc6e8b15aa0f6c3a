/**
 * The kinds of difference the generator puts between a PIMS client and the same person's
 * home-delivery record, counted per set so tests (and people tuning a matcher) can see
 * what a set contains.
 */

export const NOISE_KINDS = [
  // names
  "nickname",
  "typo_transposition",
  "typo_deletion",
  "typo_substitution",
  "typo_doubled",
  "typo_phonetic",
  "typo_twice",
  "nickname_reversed",
  "middle_initial",
  "first_initial",
  "last_name_changed",
  "compound_last_name",
  "case",
  "spacing",
  // contact details
  "phone_format",
  "missing_phone",
  "missing_email",
  "email_case",
  "moved",
  "email_only_overlap",
  "phone_only_overlap",
  "phone_typo",
  "work_phone",
  "phone_changed",
  "email_changed",
  "email_typo",
  "po_box",
  // address formatting
  "address_format",
  "missing_apt",
  "zip_plus4",
  "state_name",
  // situations in the PIMS that make a true match harder
  "family_in_pims",
  "namesake_in_pims",
  // pets
  "pet_renamed",
  "deceased_pet",
  "pet_not_in_home_delivery",
  "new_pet",
  "pet_birth_date_off",
  "pet_weight_changed",
] as const;
type NoiseKind = (typeof NOISE_KINDS)[number];

/** Why a home-delivery client is truly nobody in the PIMS. */
export const NOBODY_KINDS = [
  /** A new person entirely. */
  "stranger",
  /** Same name as a PIMS client, but another town, phone and email. */
  "namesake",
  /** Lives with a PIMS client (same address and phone) but is not a client. */
  "household",
  /** A household member sharing the family email address too. */
  "household_shared_email",
  /** A relative at the same address whose real first name is close: Daniel/Danielle, Jon/Joan. */
  "relative_close_name",
] as const;
export type NobodyKind = (typeof NOBODY_KINDS)[number];

export type NoiseCounts = Record<NoiseKind, number>;
export type NobodyCounts = Record<NobodyKind, number>;

export function emptyCounts<K extends string>(kinds: readonly K[]): Record<K, number> {
  return Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<K, number>;
}
