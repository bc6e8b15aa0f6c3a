/**
 * Common US English given names and their nicknames. The test-set generator uses them to
 * write "Bob" where the PIMS has "Robert"; a matcher can use the same table to treat the
 * two as compatible. All keys and values are lowercase.
 */

const TABLE: Record<string, readonly string[]> = {
  abigail: ["abby", "gail"],
  albert: ["al", "bert"],
  alexander: ["alex", "al", "xander"],
  alexandra: ["alex", "lexi", "sandra"],
  alfred: ["al", "alfie", "fred"],
  allison: ["allie", "ally"],
  amanda: ["mandy"],
  andrew: ["andy", "drew"],
  angela: ["angie"],
  anthony: ["tony"],
  barbara: ["barb", "barbie"],
  benjamin: ["ben", "benny"],
  beverly: ["bev"],
  bradley: ["brad"],
  caroline: ["carrie", "carol"],
  carolyn: ["carol", "carrie"],
  cassandra: ["cassie"],
  catherine: ["cathy", "kate", "katie"],
  charles: ["charlie", "chuck"],
  christina: ["tina", "chris"],
  christine: ["chris", "chrissy", "tina"],
  christopher: ["chris", "kit"],
  cynthia: ["cindy"],
  daniel: ["dan", "danny"],
  david: ["dave", "davey"],
  deborah: ["deb", "debbie"],
  donald: ["don", "donnie"],
  dorothy: ["dot", "dottie"],
  douglas: ["doug"],
  edward: ["ed", "eddie", "ted", "ned"],
  eleanor: ["ellie", "nell"],
  elizabeth: ["liz", "beth", "betty", "lizzie", "eliza", "libby", "betsy"],
  emily: ["em", "emmy"],
  eugene: ["gene"],
  evelyn: ["evie"],
  florence: ["flo"],
  frances: ["fran", "frankie"],
  francis: ["frank"],
  franklin: ["frank"],
  frederick: ["fred", "freddie"],
  gabriel: ["gabe"],
  gerald: ["jerry", "gerry"],
  gregory: ["greg"],
  harold: ["hal", "harry"],
  harriet: ["hattie"],
  helen: ["nell"],
  henry: ["hank", "harry"],
  isabel: ["izzy", "bella"],
  isabella: ["bella", "izzy"],
  jacob: ["jake"],
  jacqueline: ["jackie"],
  james: ["jim", "jimmy", "jamie"],
  janet: ["jan"],
  jeffrey: ["jeff"],
  jennifer: ["jen", "jenny"],
  jessica: ["jess", "jessie"],
  john: ["jack", "johnny"],
  jonathan: ["jon", "jonny"],
  joseph: ["joe", "joey"],
  josephine: ["jo", "josie"],
  joshua: ["josh"],
  judith: ["judy"],
  katherine: ["kate", "kathy", "katie", "kat", "kay"],
  kathleen: ["kathy", "kate"],
  kenneth: ["ken", "kenny"],
  kimberly: ["kim"],
  lawrence: ["larry"],
  leonard: ["len", "lenny", "leo"],
  lillian: ["lily", "lil"],
  louis: ["lou"],
  louise: ["lou"],
  madeline: ["maddie"],
  margaret: ["maggie", "meg", "peggy", "marge"],
  marjorie: ["marge", "margie"],
  martha: ["marty", "mattie"],
  martin: ["marty"],
  mary: ["molly", "polly", "mae"],
  matthew: ["matt", "matty"],
  megan: ["meg"],
  melissa: ["missy", "mel"],
  michael: ["mike", "mikey", "mick"],
  mitchell: ["mitch"],
  nancy: ["nan"],
  natalie: ["nat"],
  nathan: ["nate"],
  nathaniel: ["nate", "nat"],
  nicholas: ["nick", "nicky"],
  oliver: ["ollie"],
  olivia: ["liv", "ollie"],
  pamela: ["pam"],
  patricia: ["pat", "patty", "trish", "tricia"],
  patrick: ["pat", "paddy"],
  peter: ["pete"],
  philip: ["phil"],
  randall: ["randy"],
  raymond: ["ray"],
  rebecca: ["becky", "becca"],
  richard: ["rick", "dick", "rich", "richie", "ricky"],
  robert: ["bob", "rob", "bobby", "robbie", "bert"],
  ronald: ["ron", "ronnie"],
  rosemary: ["rosie", "rose"],
  russell: ["russ"],
  samantha: ["sam", "sammy"],
  samuel: ["sam", "sammy"],
  sandra: ["sandy"],
  sarah: ["sally", "sadie"],
  stephanie: ["steph"],
  stephen: ["steve", "stevie"],
  steven: ["steve", "stevie"],
  susan: ["sue", "susie", "suzy"],
  suzanne: ["sue", "suzy"],
  terrence: ["terry"],
  teresa: ["terry", "tess"],
  theresa: ["terry", "tess", "tessa"],
  thomas: ["tom", "tommy"],
  timothy: ["tim", "timmy"],
  valerie: ["val"],
  victoria: ["vicky", "tori"],
  vincent: ["vince", "vinny"],
  virginia: ["ginny", "ginger"],
  walter: ["walt", "wally"],
  william: ["bill", "will", "billy", "willie", "liam"],
  zachary: ["zach", "zack"],
};

/** Formal given name -> its nicknames (lowercase). */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(TABLE));

/** Nickname -> the formal names it can stand for ("al" -> albert, alexander, alfred). */
export const FORMAL_NAMES_BY_NICKNAME: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [formal, nicknames] of NICKNAMES) {
    for (const nickname of nicknames) map.set(nickname, [...(map.get(nickname) ?? []), formal]);
  }
  return map;
})();

/** Formal names with at least one nickname, for generators that want nickname-able people. */
export const FORMAL_NAMES: readonly string[] = [...NICKNAMES.keys()];

/**
 * Every name that may refer to the same person as `name`: itself, its nicknames, the
 * formal names it abbreviates and their other nicknames (Rob -> Robert -> Bob). Lowercase.
 */
export function nameVariants(name: string): Set<string> {
  const key = name.trim().toLowerCase();
  const formals = [...(NICKNAMES.has(key) ? [key] : []), ...(FORMAL_NAMES_BY_NICKNAME.get(key) ?? [])];
  const variants = new Set([key]);
  for (const formal of formals) {
    variants.add(formal);
    for (const nickname of NICKNAMES.get(formal) ?? []) variants.add(nickname);
  }
  return variants;
}

/** True when the two given names are equal or nickname-related (case-insensitive). */
export function areNameVariants(a: string, b: string): boolean {
  return nameVariants(a).has(b.trim().toLowerCase());
}
