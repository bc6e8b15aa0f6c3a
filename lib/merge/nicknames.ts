/**
 * English given-name nicknames, as [nickname, formal name] pairs.
 *
 * Pet owners give the pharmacy and the clinic whichever form they use that day ("Bob" on the
 * delivery account, "Robert" on the clinic chart), so first names are compared through these
 * pairs before falling back to string similarity. A nickname may belong to several formal
 * names (AL -> ALBERT, ALFRED, ALAN ...); two names are equivalent when they share a formal
 * name, so BOB ~ ROB (both ROBERT) but CHRISTOPHER !~ CHRISTINA even though both are CHRIS.
 * Names are uppercase ASCII, like the prepared records they are compared with.
 */
export const NICKNAME_PAIRS: ReadonlyArray<readonly [nickname: string, formal: string]> = [
  ["ABBY", "ABIGAIL"], ["ABE", "ABRAHAM"], ["AL", "ALBERT"], ["AL", "ALFRED"], ["AL", "ALAN"],
  ["AL", "ALLEN"], ["ALEX", "ALEXANDER"], ["ALEX", "ALEXANDRA"], ["ALLIE", "ALLISON"],
  ["ANDY", "ANDREW"], ["DREW", "ANDREW"], ["ANNIE", "ANNE"], ["ANNIE", "ANN"], ["ANN", "ANNE"],
  ["NAN", "ANN"], ["NANCY", "ANN"], ["TONY", "ANTHONY"], ["BARB", "BARBARA"],
  ["BEN", "BENJAMIN"], ["BENNY", "BENJAMIN"], ["BERNIE", "BERNARD"], ["BETTY", "ELIZABETH"],
  ["BETH", "ELIZABETH"], ["LIZ", "ELIZABETH"], ["LIZZIE", "ELIZABETH"], ["ELIZA", "ELIZABETH"],
  ["BETSY", "ELIZABETH"], ["LISA", "ELIZABETH"], ["BILL", "WILLIAM"], ["BILLY", "WILLIAM"],
  ["WILL", "WILLIAM"], ["WILLY", "WILLIAM"], ["LIAM", "WILLIAM"], ["BOB", "ROBERT"],
  ["BOBBY", "ROBERT"], ["ROB", "ROBERT"], ["ROBBIE", "ROBERT"], ["BERT", "ROBERT"],
  ["BERT", "ALBERT"], ["BRAD", "BRADLEY"], ["CATHY", "CATHERINE"], ["KATHY", "KATHERINE"],
  ["KATE", "KATHERINE"], ["KATIE", "KATHERINE"], ["KAT", "KATHERINE"], ["KATE", "CATHERINE"],
  ["KATHY", "KATHLEEN"], ["CHARLIE", "CHARLES"], ["CHUCK", "CHARLES"], ["CHAZ", "CHARLES"],
  ["CHRIS", "CHRISTOPHER"], ["CHRIS", "CHRISTINE"], ["CHRIS", "CHRISTINA"],
  ["CHRISSY", "CHRISTINE"], ["CINDY", "CYNTHIA"], ["CINDY", "LUCINDA"], ["DAN", "DANIEL"],
  ["DANNY", "DANIEL"], ["DAVE", "DAVID"], ["DAVEY", "DAVID"], ["DEB", "DEBORAH"],
  ["DEBBIE", "DEBORAH"], ["DEBBIE", "DEBRA"], ["DICK", "RICHARD"], ["RICK", "RICHARD"],
  ["RICH", "RICHARD"], ["RICKY", "RICHARD"], ["DON", "DONALD"], ["DONNY", "DONALD"],
  ["DOUG", "DOUGLAS"], ["ED", "EDWARD"], ["EDDIE", "EDWARD"], ["TED", "EDWARD"],
  ["NED", "EDWARD"], ["ED", "EDWIN"], ["ED", "EDMUND"], ["FRAN", "FRANCES"],
  ["FRANNIE", "FRANCES"], ["FRANK", "FRANCIS"], ["FRANK", "FRANKLIN"], ["FRED", "FREDERICK"],
  ["FREDDY", "FREDERICK"], ["GABE", "GABRIEL"], ["GENE", "EUGENE"], ["GERRY", "GERALD"],
  ["JERRY", "GERALD"], ["GREG", "GREGORY"], ["HANK", "HENRY"], ["HARRY", "HENRY"],
  ["JAKE", "JACOB"], ["JAN", "JANET"], ["JIM", "JAMES"], ["JIMMY", "JAMES"],
  ["JAMIE", "JAMES"], ["JEFF", "JEFFREY"], ["JEN", "JENNIFER"], ["JENNY", "JENNIFER"],
  ["JESS", "JESSICA"], ["JESSIE", "JESSICA"], ["JOE", "JOSEPH"], ["JOEY", "JOSEPH"],
  ["JACK", "JOHN"], ["JOHNNY", "JOHN"], ["JON", "JONATHAN"], ["JOSH", "JOSHUA"],
  ["JUDY", "JUDITH"], ["KEN", "KENNETH"], ["KENNY", "KENNETH"], ["KIM", "KIMBERLY"],
  ["LARRY", "LAWRENCE"], ["LEN", "LEONARD"], ["LENNY", "LEONARD"], ["LOU", "LOUIS"],
  ["MANDY", "AMANDA"], ["MAGGIE", "MARGARET"], ["MEG", "MARGARET"], ["PEGGY", "MARGARET"],
  ["MARGE", "MARGARET"], ["MADGE", "MARGARET"], ["MARTY", "MARTIN"], ["MATT", "MATTHEW"],
  ["MIKE", "MICHAEL"], ["MICKEY", "MICHAEL"], ["MITCH", "MITCHELL"], ["MOLLY", "MARY"],
  ["POLLY", "MARY"], ["MAMIE", "MARY"], ["NATE", "NATHAN"], ["NATE", "NATHANIEL"],
  ["NICK", "NICHOLAS"], ["NICKY", "NICOLE"], ["NIKKI", "NICOLE"], ["PAM", "PAMELA"],
  ["PAT", "PATRICK"], ["PAT", "PATRICIA"], ["PATTY", "PATRICIA"], ["TRISH", "PATRICIA"],
  ["PETE", "PETER"], ["PHIL", "PHILIP"], ["PHIL", "PHILLIP"], ["RAY", "RAYMOND"],
  ["RON", "RONALD"], ["RONNIE", "RONALD"], ["RUSS", "RUSSELL"], ["SAM", "SAMUEL"],
  ["SAM", "SAMANTHA"], ["SANDY", "SANDRA"], ["SANDY", "ALEXANDRA"], ["SOPHIE", "SOPHIA"],
  ["STEVE", "STEVEN"], ["STEVE", "STEPHEN"], ["SUE", "SUSAN"], ["SUSIE", "SUSAN"],
  ["SUZY", "SUZANNE"], ["TERRY", "TERRENCE"], ["TERRI", "TERESA"], ["TESS", "TERESA"],
  ["TIM", "TIMOTHY"], ["TOM", "THOMAS"], ["TOMMY", "THOMAS"], ["VAL", "VALERIE"],
  ["VICKY", "VICTORIA"], ["VIC", "VICTOR"], ["WALT", "WALTER"], ["WENDY", "GWENDOLYN"],
  ["ZACH", "ZACHARY"],
];

/** For each name, the formal names it stands for (itself included). Built once at load. */
const FORMALS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (name: string, formal: string) => {
    const list = map.get(name) ?? [name];
    if (!list.includes(formal)) list.push(formal);
    map.set(name, list);
  };
  for (const [nickname, formal] of NICKNAME_PAIRS) {
    add(nickname, formal);
    add(formal, formal);
  }
  return map;
})();

/** The formal names a (prepared, uppercase) first name may stand for, itself included. */
export function formalNames(name: string): readonly string[] {
  return FORMALS_OF.get(name) ?? [name];
}

/** True when two different spellings are known forms of one given name (BOB ~ ROBERT ~ ROB). */
export function areNicknameEquivalent(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const formalsOfB = formalNames(b);
  return formalNames(a).some((formal) => formalsOfB.includes(formal));
}
