/**
 * Word lists for realistic synthetic practices: regions, street vocabulary, email
 * providers, species and breeds. Kept apart from the generator logic so they are easy to
 * extend.
 */

export interface Region {
  state: string;
  stateName: string;
  /** Real area codes of the state, so generated numbers pass libphonenumber validation. */
  areaCodes: readonly string[];
  /** UTC offset written in `updated_at` (standard time; DST is ignored on purpose). */
  utcOffset: string;
}

export const REGIONS: readonly Region[] = [
  { state: "OR", stateName: "Oregon", areaCodes: ["503", "541", "971"], utcOffset: "-08:00" },
  { state: "WA", stateName: "Washington", areaCodes: ["206", "253", "360", "425", "509"], utcOffset: "-08:00" },
  { state: "CA", stateName: "California", areaCodes: ["408", "415", "510", "530", "619", "707", "916"], utcOffset: "-08:00" },
  { state: "CO", stateName: "Colorado", areaCodes: ["303", "719", "720", "970"], utcOffset: "-07:00" },
  { state: "AZ", stateName: "Arizona", areaCodes: ["480", "520", "602", "623", "928"], utcOffset: "-07:00" },
  { state: "TX", stateName: "Texas", areaCodes: ["210", "214", "512", "713", "817"], utcOffset: "-06:00" },
  { state: "MN", stateName: "Minnesota", areaCodes: ["218", "507", "612", "651", "952"], utcOffset: "-06:00" },
  { state: "IL", stateName: "Illinois", areaCodes: ["217", "309", "312", "630", "815"], utcOffset: "-06:00" },
  { state: "OH", stateName: "Ohio", areaCodes: ["216", "330", "419", "513", "614"], utcOffset: "-05:00" },
  { state: "GA", stateName: "Georgia", areaCodes: ["404", "478", "678", "706", "770"], utcOffset: "-05:00" },
  { state: "NC", stateName: "North Carolina", areaCodes: ["252", "336", "704", "828", "919"], utcOffset: "-05:00" },
  { state: "NY", stateName: "New York", areaCodes: ["315", "518", "585", "716", "914"], utcOffset: "-05:00" },
  { state: "PA", stateName: "Pennsylvania", areaCodes: ["215", "412", "570", "610", "717"], utcOffset: "-05:00" },
  // New England ZIPs start with 0, which spreadsheets love to drop.
  { state: "MA", stateName: "Massachusetts", areaCodes: ["413", "508", "617", "781", "978"], utcOffset: "-05:00" },
];

export const STREET_BASE_NAMES: readonly string[] = [
  "Main",
  "Oak",
  "Maple",
  "Cedar",
  "Pine",
  "Elm",
  "Washington",
  "Lincoln",
  "Park",
  "Lake",
  "Hill",
  "Church",
  "Mill",
  "Spring",
  "River",
  "Sunset",
  "Highland",
  "Meadow",
  "Forest",
  "Ridge",
  "Valley",
  "Jefferson",
  "Madison",
  "Adams",
  "Franklin",
  "Jackson",
  "Walnut",
  "Chestnut",
  "Willow",
  "Birch",
  "Aspen",
  "Cherry",
  "Dogwood",
  "Magnolia",
  "Hickory",
  "Sycamore",
  "Laurel",
  "Juniper",
  "Orchard",
  "Center",
  "Market",
  "Broad",
  "Union",
  "School",
  "Railroad",
  "Mountain View",
  "Lakeview",
  "Fairview",
  "Pleasant",
  "Prospect",
  "Grant",
  "Monroe",
  "Kennedy",
  "Roosevelt",
  "Wilson",
  "Harbor",
  "Bay",
  "Canyon",
  "Country Club",
  "Quail",
  "Deer Creek",
  "Fox Run",
  "Heather",
];

export const SPELLED_ORDINALS: readonly string[] = [
  "First",
  "Second",
  "Third",
  "Fourth",
  "Fifth",
  "Sixth",
  "Seventh",
  "Eighth",
  "Ninth",
  "Tenth",
];

/** [full word, USPS abbreviation as people type it, weight]. */
export const STREET_SUFFIXES: readonly (readonly [string, string, number])[] = [
  ["Street", "St", 25],
  ["Avenue", "Ave", 18],
  ["Road", "Rd", 12],
  ["Drive", "Dr", 12],
  ["Lane", "Ln", 8],
  ["Court", "Ct", 7],
  ["Way", "Way", 6],
  ["Place", "Pl", 4],
  ["Boulevard", "Blvd", 3],
  ["Circle", "Cir", 3],
  ["Terrace", "Ter", 2],
  ["Trail", "Trl", 2],
  ["Parkway", "Pkwy", 1],
  ["Loop", "Loop", 1],
];

/** [full word, abbreviation]. */
export const DIRECTIONS: readonly (readonly [string, string])[] = [
  ["North", "N"],
  ["South", "S"],
  ["East", "E"],
  ["West", "W"],
  ["Northeast", "NE"],
  ["Northwest", "NW"],
  ["Southeast", "SE"],
  ["Southwest", "SW"],
];

export const EMAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ["gmail.com", 38],
  ["yahoo.com", 14],
  ["hotmail.com", 8],
  ["outlook.com", 8],
  ["icloud.com", 8],
  ["aol.com", 4],
  ["comcast.net", 4],
  ["msn.com", 2],
  ["att.net", 2],
  ["live.com", 2],
  ["protonmail.com", 1],
  ["me.com", 2],
];

export interface SpeciesInfo {
  /** PIMS (Cornerstone-style) species name. */
  pims: string;
  /** What a pharmacy customer types for it; `null` when the PIMS word is used as is. */
  plain: string | null;
  weight: number;
  /** [breed, min lb, max lb]. */
  breeds: readonly (readonly [string, number, number])[];
}

export const SPECIES: readonly SpeciesInfo[] = [
  {
    pims: "Canine",
    plain: "Dog",
    weight: 56,
    breeds: [
      ["Labrador Retriever", 55, 80],
      ["Golden Retriever", 55, 75],
      ["German Shepherd", 50, 90],
      ["Mixed Breed", 15, 70],
      ["French Bulldog", 16, 28],
      ["Beagle", 18, 30],
      ["Poodle", 40, 70],
      ["Miniature Poodle", 10, 15],
      ["Dachshund", 11, 32],
      ["Yorkshire Terrier", 4, 7],
      ["Boxer", 50, 80],
      ["Shih Tzu", 9, 16],
      ["Chihuahua", 3, 6],
      ["Australian Shepherd", 40, 65],
      ["Border Collie", 30, 55],
      ["Pit Bull Terrier", 35, 65],
      ["Siberian Husky", 35, 60],
      ["Cavalier King Charles Spaniel", 13, 18],
      ["Bernese Mountain Dog", 70, 115],
      ["Pug", 14, 18],
      ["Great Dane", 110, 175],
      ["Corgi", 22, 30],
      ["Labradoodle", 45, 75],
      ["Boston Terrier", 12, 25],
    ],
  },
  {
    pims: "Feline",
    plain: "Cat",
    weight: 36,
    breeds: [
      ["Domestic Shorthair", 7, 15],
      ["Domestic Longhair", 7, 15],
      ["Domestic Medium Hair", 7, 15],
      ["Siamese", 6, 12],
      ["Maine Coon", 10, 25],
      ["Persian", 7, 12],
      ["Ragdoll", 10, 20],
      ["Bengal", 8, 15],
      ["Russian Blue", 7, 12],
      ["Sphynx", 6, 12],
    ],
  },
  {
    pims: "Equine",
    plain: "Horse",
    weight: 1.5,
    breeds: [
      ["Quarter Horse", 950, 1250],
      ["Arabian", 800, 1000],
      ["Thoroughbred", 1000, 1300],
    ],
  },
  {
    pims: "Avian",
    plain: "Bird",
    weight: 1.5,
    breeds: [
      ["Cockatiel", 0.2, 0.3],
      ["African Grey", 0.8, 1.2],
      ["Budgerigar", 0.1, 0.15],
    ],
  },
  {
    pims: "Rabbit",
    plain: null,
    weight: 1.5,
    breeds: [
      ["Holland Lop", 2, 4],
      ["Mini Rex", 3, 5],
      ["Lionhead", 2.5, 3.75],
    ],
  },
  { pims: "Ferret", plain: null, weight: 1, breeds: [["Standard", 1.5, 4.5]] },
  {
    pims: "Reptile",
    plain: null,
    weight: 1,
    breeds: [
      ["Bearded Dragon", 0.6, 1.2],
      ["Leopard Gecko", 0.1, 0.2],
      ["Ball Python", 2, 5],
    ],
  },
];

export const PET_SEXES: readonly (readonly [string, number])[] = [
  ["MN", 38],
  ["FS", 38],
  ["M", 12],
  ["F", 12],
];

export const LAST_NAME_PARTICLE_NAMES: readonly string[] = [
  "van der Berg",
  "van Dyke",
  "von Essen",
  "van den Heuvel",
  "de la Cruz",
  "van Buren",
];
