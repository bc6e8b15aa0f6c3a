/**
 * USPS Publication 28 abbreviations (the common subset) and US state names, used by the
 * address normalizer. Keys are uppercase words with punctuation removed.
 */

function table(entries: Record<string, readonly string[]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [standard, variants] of Object.entries(entries)) {
    map.set(standard, standard);
    for (const variant of variants) map.set(variant, standard);
  }
  return map;
}

/** Street suffix (type) words -> USPS standard abbreviation. */
export const STREET_SUFFIXES = table({
  ALY: ["ALLEY", "ALLY"],
  AVE: ["AVENUE", "AV", "AVEN", "AVENU", "AVN", "AVNUE"],
  BND: ["BEND"],
  BLF: ["BLUFF"],
  BLVD: ["BOULEVARD", "BOUL", "BOULV"],
  BR: ["BRANCH", "BRNCH"],
  BRG: ["BRIDGE", "BRDGE"],
  BRK: ["BROOK"],
  BYP: ["BYPASS", "BYPA", "BYPAS", "BYPS"],
  CSWY: ["CAUSEWAY", "CAUSWA"],
  CTR: ["CENTER", "CEN", "CENT", "CENTR", "CENTRE", "CNTER", "CNTR"],
  CIR: ["CIRCLE", "CIRC", "CIRCL", "CRCL", "CRCLE"],
  CLF: ["CLIFF"],
  CMN: ["COMMON"],
  COR: ["CORNER"],
  CT: ["COURT", "CRT"],
  CTS: ["COURTS"],
  CV: ["COVE"],
  CRK: ["CREEK"],
  CRES: ["CRESCENT", "CRSENT", "CRSNT"],
  CRST: ["CREST"],
  XING: ["CROSSING", "CRSSNG"],
  CURV: ["CURVE"],
  DL: ["DALE"],
  DR: ["DRIVE", "DRIV", "DRV"],
  EST: ["ESTATE"],
  ESTS: ["ESTATES"],
  EXPY: ["EXPRESSWAY", "EXP", "EXPR", "EXPRESS", "EXPW"],
  EXT: ["EXTENSION", "EXTN", "EXTNSN"],
  FLS: ["FALLS"],
  FLD: ["FIELD"],
  FLDS: ["FIELDS"],
  FRST: ["FOREST", "FORESTS"],
  FRK: ["FORK"],
  FWY: ["FREEWAY", "FREEWY", "FRWAY", "FRWY"],
  GDN: ["GARDEN", "GARDN", "GRDEN", "GRDN"],
  GDNS: ["GARDENS", "GRDNS"],
  GLN: ["GLEN"],
  GRN: ["GREEN"],
  GRV: ["GROVE", "GROV"],
  HBR: ["HARBOR", "HARB", "HARBR", "HRBOR"],
  HTS: ["HEIGHTS", "HT"],
  HWY: ["HIGHWAY", "HIGHWY", "HIWAY", "HIWY", "HWAY"],
  HL: ["HILL"],
  HLS: ["HILLS"],
  HOLW: ["HOLLOW", "HLLW", "HOLLOWS", "HOLWS"],
  IS: ["ISLAND", "ISLND"],
  JCT: ["JUNCTION", "JCTION", "JCTN", "JUNCTN", "JUNCTON"],
  KNL: ["KNOLL", "KNOL"],
  LK: ["LAKE"],
  LKS: ["LAKES"],
  LNDG: ["LANDING", "LNDNG"],
  LN: ["LANE"],
  LOOP: ["LOOPS"],
  MNR: ["MANOR"],
  MDW: ["MEADOW"],
  MDWS: ["MEADOWS", "MEDOWS"],
  ML: ["MILL"],
  MT: ["MOUNT", "MNT"],
  MTN: ["MOUNTAIN", "MNTAIN", "MNTN", "MOUNTIN", "MTIN"],
  ORCH: ["ORCHARD", "ORCHRD"],
  OVAL: ["OVL"],
  PARK: ["PRK", "PARKS"],
  PKWY: ["PARKWAY", "PARKWY", "PKWAY", "PKY", "PARKWAYS", "PKWYS"],
  PASS: [],
  PATH: ["PATHS"],
  PIKE: ["PIKES"],
  PL: ["PLACE"],
  PLZ: ["PLAZA", "PLZA"],
  PT: ["POINT"],
  PRT: ["PORT"],
  RNCH: ["RANCH", "RANCHES", "RNCHS"],
  RDG: ["RIDGE", "RDGE"],
  RIV: ["RIVER", "RVR", "RIVR"],
  RD: ["ROAD"],
  RDS: ["ROADS"],
  RTE: ["ROUTE"],
  ROW: [],
  RUN: [],
  SHR: ["SHORE", "SHOAR"],
  SHRS: ["SHORES", "SHOARS"],
  SPG: ["SPRING", "SPNG", "SPRNG"],
  SPGS: ["SPRINGS", "SPNGS", "SPRNGS"],
  SQ: ["SQUARE", "SQR", "SQRE", "SQU"],
  STA: ["STATION", "STATN", "STN"],
  ST: ["STREET", "STRT", "STR"],
  SMT: ["SUMMIT", "SUMIT", "SUMITT"],
  TER: ["TERRACE", "TERR"],
  TRCE: ["TRACE", "TRACES"],
  TRL: ["TRAIL", "TRAILS", "TRLS"],
  TPKE: ["TURNPIKE", "TRNPK", "TURNPK"],
  VLY: ["VALLEY", "VALLY", "VLLY"],
  VIA: ["VIADUCT", "VDCT", "VIADCT"],
  VW: ["VIEW"],
  VLG: ["VILLAGE", "VILL", "VILLAG", "VILLG", "VILLIAGE"],
  VIS: ["VISTA", "VIST", "VST", "VSTA"],
  WALK: ["WALKS"],
  WAY: ["WY"],
  WLS: ["WELLS"],
});

/** Directions -> one- or two-letter abbreviation. */
export const DIRECTIONALS = table({
  N: ["NORTH"],
  S: ["SOUTH"],
  E: ["EAST"],
  W: ["WEST"],
  NE: ["NORTHEAST"],
  NW: ["NORTHWEST"],
  SE: ["SOUTHEAST"],
  SW: ["SOUTHWEST"],
});

/** Secondary unit designators that are followed by a unit number (Apt 4, Suite 200). */
export const UNIT_DESIGNATORS = table({
  APT: ["APARTMENT", "APPT", "APTMT"],
  BLDG: ["BUILDING", "BLD"],
  DEPT: ["DEPARTMENT"],
  FL: ["FLOOR", "FLR"],
  LOT: [],
  PH: ["PENTHOUSE"],
  RM: ["ROOM"],
  SPC: ["SPACE"],
  STE: ["SUITE", "SUIT"],
  TRLR: ["TRAILER"],
  UNIT: ["UNT"],
});

/** Spelled ordinals in street names -> the numeric form USPS prefers (First -> 1ST). */
export const ORDINALS = new Map([
  ["FIRST", "1ST"], ["SECOND", "2ND"], ["THIRD", "3RD"], ["FOURTH", "4TH"], ["FIFTH", "5TH"],
  ["SIXTH", "6TH"], ["SEVENTH", "7TH"], ["EIGHTH", "8TH"], ["NINTH", "9TH"], ["TENTH", "10TH"],
  ["ELEVENTH", "11TH"], ["TWELFTH", "12TH"],
]);

/** US states, DC and territories: USPS code -> name. */
export const US_STATES: ReadonlyMap<string, string> = new Map([
  ["AL", "Alabama"], ["AK", "Alaska"], ["AZ", "Arizona"], ["AR", "Arkansas"], ["CA", "California"],
  ["CO", "Colorado"], ["CT", "Connecticut"], ["DE", "Delaware"], ["DC", "District of Columbia"],
  ["FL", "Florida"], ["GA", "Georgia"], ["HI", "Hawaii"], ["ID", "Idaho"], ["IL", "Illinois"],
  ["IN", "Indiana"], ["IA", "Iowa"], ["KS", "Kansas"], ["KY", "Kentucky"], ["LA", "Louisiana"],
  ["ME", "Maine"], ["MD", "Maryland"], ["MA", "Massachusetts"], ["MI", "Michigan"], ["MN", "Minnesota"],
  ["MS", "Mississippi"], ["MO", "Missouri"], ["MT", "Montana"], ["NE", "Nebraska"], ["NV", "Nevada"],
  ["NH", "New Hampshire"], ["NJ", "New Jersey"], ["NM", "New Mexico"], ["NY", "New York"],
  ["NC", "North Carolina"], ["ND", "North Dakota"], ["OH", "Ohio"], ["OK", "Oklahoma"], ["OR", "Oregon"],
  ["PA", "Pennsylvania"], ["RI", "Rhode Island"], ["SC", "South Carolina"], ["SD", "South Dakota"],
  ["TN", "Tennessee"], ["TX", "Texas"], ["UT", "Utah"], ["VT", "Vermont"], ["VA", "Virginia"],
  ["WA", "Washington"], ["WV", "West Virginia"], ["WI", "Wisconsin"], ["WY", "Wyoming"],
  ["AS", "American Samoa"], ["GU", "Guam"], ["MP", "Northern Mariana Islands"], ["PR", "Puerto Rico"],
  ["VI", "U.S. Virgin Islands"], ["AA", "Armed Forces Americas"], ["AE", "Armed Forces Europe"],
  ["AP", "Armed Forces Pacific"],
]);

/** Older newspaper-style abbreviations still typed into PIMS records (periods removed). */
export const STATE_ALIASES: ReadonlyMap<string, string> = new Map([
  ["ALA", "AL"], ["ARIZ", "AZ"], ["ARK", "AR"], ["CALIF", "CA"], ["CAL", "CA"], ["COLO", "CO"],
  ["CONN", "CT"], ["DEL", "DE"], ["FLA", "FL"], ["ILL", "IL"], ["IND", "IN"], ["KANS", "KS"],
  ["KAN", "KS"], ["MASS", "MA"], ["MICH", "MI"], ["MINN", "MN"], ["MISS", "MS"], ["MONT", "MT"],
  ["NEBR", "NE"], ["NEB", "NE"], ["NEV", "NV"], ["OKLA", "OK"], ["ORE", "OR"], ["OREG", "OR"],
  ["PENN", "PA"], ["PENNA", "PA"], ["TENN", "TN"], ["TEX", "TX"], ["WASH", "WA"], ["WIS", "WI"],
  ["WISC", "WI"], ["WYO", "WY"], ["WVA", "WV"], ["VIRGIN ISLANDS", "VI"], ["US VIRGIN ISLANDS", "VI"],
  ["WASHINGTON DC", "DC"], ["WASHINGTON D C", "DC"],
]);
