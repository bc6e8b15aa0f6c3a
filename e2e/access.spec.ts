// The access test, generated from the code: every page and route handler (walked from app/)
// and every server action (the "use server" modules' exports, cross-checked with Next's action
// manifest) is requested as each role, with the ids of a practice that is another tenant's for
// most of them. Where a role is not allowed the answer is 404 (pages, handlers) or a refusal
// (actions); signed out it is the sign-in page or 401. A route or action with no expectation
// below fails the test, so a new one cannot ship unchecked.
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/pims_link_e2e`;

type Role = "staff" | "partner" | "otherPartner" | "primary" | "technical";
const ROLES: Role[] = ["staff", "partner", "otherPartner", "primary", "technical"];
/** What each route answers. `allowed`: roles that get 200 for the target practice (the others get 404). */
type Expectation =
  | { kind: "page"; allowed: Role[] }
  | { kind: "public"; status: number } // the same for everyone, signed in or not
  | { kind: "redirect" } // "/" sends each person to their own place
  | { kind: "signed-in"; allowed: Role[] } // pages of one's own account, no tenant
  | { kind: "key" } // agent and fulfilment API: a key, never a session
  | { kind: "handler"; method: "GET" | "POST"; allowed: Role[]; forbidden?: Role[] } // forbidden: sees the practice, may not do this (403)
  | { kind: "skip"; why: string };

const staffOnly: Expectation = { kind: "page", allowed: ["staff"] };
const EXPECTATIONS: Record<string, Expectation> = {
  "/": { kind: "redirect" },
  "/sign-in": { kind: "public", status: 200 },
  "/sign-in/check-email": { kind: "public", status: 200 },
  "/sign-in/confirm": { kind: "public", status: 200 },
  "/sign-out": { kind: "signed-in", allowed: ROLES },
  "/status/[token]": { kind: "public", status: 404 }, // a forged token
  "/dev/mailbox": { kind: "public", status: 200 }, // demo mode only (refused outside loopback)
  "/dev/mailbox/[id]": { kind: "public", status: 404 }, // an id that is not an email
  "/board": { kind: "signed-in", allowed: ["staff"] },
  "/board/table": { kind: "signed-in", allowed: ["staff"] },
  "/users": { kind: "signed-in", allowed: ["staff"] },
  "/practices/new": { kind: "signed-in", allowed: ["staff"] },
  "/partner": { kind: "signed-in", allowed: ["partner", "otherPartner"] },
  "/partner/slots": { kind: "signed-in", allowed: ["partner", "otherPartner"] },
  "/partner/practices/[id]": { kind: "page", allowed: ["partner"] },
  "/practices/[id]": staffOnly,
  "/practices/[id]/edit": staffOnly,
  "/practices/[id]/home-delivery": staffOnly,
  "/practices/[id]/merge": staffOnly,
  "/practices/[id]/merge/links": staffOnly,
  "/practices/[id]/merge/clients/[hdClientId]": staffOnly,
  "/practices/[id]/pets/[hdPetId]": staffOnly,
  "/practices/[id]/sync": staffOnly,
  "/practices/[id]/sync/batches/[batchId]": staffOnly,
  "/practices/[id]/writebacks": staffOnly,
  "/practices/[id]/writebacks/export": { kind: "handler", method: "GET", allowed: ["staff"] },
  "/onboarding/[practiceId]": { kind: "page", allowed: ["staff", "partner"] },
  "/onboarding/[practiceId]/info": { kind: "page", allowed: ["staff", "partner"] },
  "/onboarding/[practiceId]/technical-contact": { kind: "page", allowed: ["staff", "partner"] },
  "/onboarding/[practiceId]/eula": { kind: "page", allowed: ["staff", "partner"] },
  "/onboarding/[practiceId]/schedule": { kind: "page", allowed: ["staff", "partner"] },
  "/api/practices/[id]/home-delivery": { kind: "handler", method: "POST", allowed: ["staff"], forbidden: ["partner"] },
  "/api/agent/v1/batches": { kind: "key" },
  "/api/agent/v1/heartbeat": { kind: "key" },
  "/api/agent/v1/writebacks": { kind: "key" },
  "/api/agent/v1/writebacks/ack": { kind: "key" },
  "/api/fulfillment/v1/shipments": { kind: "key" },
  "/analytics": { kind: "signed-in", allowed: ["staff"] },
  "/integrations": { kind: "signed-in", allowed: ["staff"] },
  "/board/table/export": { kind: "handler", method: "GET", allowed: ["staff"] },
  "/dev/clock": { kind: "handler", method: "POST", allowed: ["staff"] }, // demo mode only: 404 in production
  // Readable by everyone here: loopback in demo mode (production asks for OPS_TOKEN: ops-routes test).
  "/api/health": { kind: "public", status: 200 },
  "/api/metrics": { kind: "public", status: 200 },
  // The API documents and their pages are public: partner developers read them before they have a key.
  "/api/agent/v1/openapi.json": { kind: "public", status: 200 },
  "/api/fulfillment/v1/openapi.json": { kind: "public", status: 200 },
  "/docs/agent-api": { kind: "public", status: 200 },
  "/docs/fulfillment-api": { kind: "public", status: 200 },
  "/api/auth/[...nextauth]": {
    kind: "skip",
    why: "next-auth's own endpoints; tested in lib/auth/sign-in-guard.integration.test.ts and e2e/security.spec.ts",
  },
};

/** Every page.tsx and route.ts under app/, as URL patterns (route groups dropped). */
function routeTree(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.startsWith("(") && entry.endsWith(")") ? "" : `/${entry}`;
      found.push(...routeTree(full, prefix + segment));
    } else if (entry === "page.tsx" || entry === "route.ts") found.push(prefix || "/");
  }
  return found;
}

/** Every exported server action: the exports of each "use server" module under lib/ and app/. */
function serverActions(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry !== "generated" && entry !== "node_modules") walk(full);
      } else if (/\.tsx?$/.test(entry) && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(full, "utf8")))
        files.push(full);
    }
  };
  walk("lib");
  walk("app");
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/export (?:const|async function) (\w+)/g)].map((m) => `${file}#${m[1]}`),
  );
}

type World = {
  cookies: Record<Role, string>;
  target: { id: string; pet: string; client: string; batch: string };
  own: Record<"primary" | "technical", string>;
};

async function world(): Promise<World> {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const user = async (email: string) =>
      (await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [email])).rows[0].id;
    // A second partner with its own technician: every demo practice is another tenant's to them.
    const suffix = randomBytes(4).toString("hex");
    const partner = await db.query<{ id: string }>("INSERT INTO partners (id, name) VALUES ($1, $2) RETURNING id", [
      `p-${suffix}`,
      `Other Partner ${suffix}`,
    ]);
    const other = await db.query<{ id: string }>(
      "INSERT INTO users (id, email, name, role, partner_id) VALUES ($1, $2, 'Other Tech', 'PARTNER', $3) RETURNING id",
      [`u-${suffix}`, `tech-${suffix}@other-partner.example`, partner.rows[0].id],
    );
    const ids: Record<Role, string> = {
      staff: await user("olivia@pharmacy.demo"),
      partner: await user("dana@datapoint.demo"),
      otherPartner: other.rows[0].id,
      primary: await user("priya@stonegate-vet.demo"),
      technical: await user("tom@foxrun-vet.demo"),
    };
    const cookies = {} as Record<Role, string>;
    for (const role of ROLES) {
      const token = randomBytes(24).toString("hex");
      await db.query(
        "INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 hour')",
        [`s-${token.slice(0, 12)}`, token, ids[role]],
      );
      cookies[role] = `next-auth.session-token=${token}`;
    }
    // The target: the demo's Live practice with data, which no practice person of the test belongs to.
    const target = (await db.query<{ id: string }>("SELECT id FROM practices WHERE name = 'Silver Lake Pet Hospital'")).rows[0]
      .id;
    const pet = (
      await db.query<{ hd_pet_id: string }>("SELECT hd_pet_id FROM home_delivery_pets WHERE practice_id = $1 LIMIT 1", [target])
    ).rows[0].hd_pet_id;
    const client = (
      await db.query<{ hd_client_id: string }>("SELECT hd_client_id FROM home_delivery_clients WHERE practice_id = $1 LIMIT 1", [
        target,
      ])
    ).rows[0].hd_client_id;
    const batch = (await db.query<{ id: string }>("SELECT id FROM sync_batches WHERE practice_id = $1 LIMIT 1", [target])).rows[0]
      .id;
    const own = {
      primary: (await db.query<{ id: string }>("SELECT id FROM practices WHERE primary_contact_id = $1 LIMIT 1", [ids.primary]))
        .rows[0].id,
      technical: (
        await db.query<{ id: string }>("SELECT id FROM practices WHERE technical_contact_id = $1 LIMIT 1", [ids.technical])
      ).rows[0].id,
    };
    for (const id of Object.values(own)) expect(id).not.toBe(target);
    return { cookies, target: { id: target, pet, client, batch }, own };
  } finally {
    await db.end();
  }
}

function fill(pattern: string, w: World) {
  return pattern
    .replace(/\[(id|practiceId)\]/g, w.target.id)
    .replace("[hdPetId]", encodeURIComponent(w.target.pet))
    .replace("[hdClientId]", encodeURIComponent(w.target.client))
    .replace("[batchId]", w.target.batch)
    .replace("[token]", "forged.token")
    .replace("[id]", "not-an-email");
}

async function request(url: string, method: string, cookie?: string) {
  const response = await fetch(`${BASE}${url}`, {
    method,
    redirect: "manual",
    headers: cookie ? { cookie } : {},
    body: method === "POST" ? new FormData() : undefined,
  });
  const location = response.headers.get("location") ?? "";
  await response.arrayBuffer();
  return { status: response.status, toSignIn: response.status >= 300 && response.status < 400 && /\/sign-in/.test(location) };
}

test("every page and route handler answers each role as expected, 404 for another tenant's ids", async () => {
  test.setTimeout(300_000);
  const routes = [...new Set(routeTree())].sort();
  const missing = routes.filter((r) => !EXPECTATIONS[r]);
  expect(missing, "routes with no expectation in e2e/access.spec.ts").toEqual([]);
  expect(
    Object.keys(EXPECTATIONS).filter((r) => !routes.includes(r)),
    "expectations of routes that no longer exist",
  ).toEqual([]);

  const w = await world();
  const wrong: string[] = [];
  const check = (what: string, ok: boolean) => ok || wrong.push(what);
  for (const pattern of routes) {
    const expectation = EXPECTATIONS[pattern];
    const url = fill(pattern, w);
    if (expectation.kind === "skip") continue;
    if (expectation.kind === "key") {
      for (const role of [undefined, ...ROLES]) {
        const r = await request(url, pattern.endsWith("/writebacks") ? "GET" : "POST", role && w.cookies[role]);
        check(`${pattern} as ${role ?? "anonymous"}: ${r.status} (want 401: a session is no key)`, r.status === 401);
      }
      continue;
    }
    if (expectation.kind === "public") {
      for (const role of [undefined, ...ROLES]) {
        const r = await request(url, "GET", role && w.cookies[role]);
        check(`${pattern} as ${role ?? "anonymous"}: ${r.status} (want ${expectation.status})`, r.status === expectation.status);
      }
      continue;
    }
    const method = expectation.kind === "handler" ? expectation.method : "GET";
    const anonymous = await request(url, method, undefined);
    check(`${pattern} signed out: ${anonymous.status} (want sign-in or 401)`, anonymous.toSignIn || anonymous.status === 401);
    for (const role of ROLES) {
      const r = await request(url, method, w.cookies[role]);
      if (expectation.kind === "redirect") {
        check(`${pattern} as ${role}: ${r.status} (want a redirect)`, r.status >= 300 && r.status < 400 && !r.toSignIn);
        continue;
      }
      // A POST without files is refused as bad input (400/422) once the caller is allowed.
      const allowedStatus = method === "POST" ? [400, 413, 422] : [200];
      const forbidden = expectation.kind === "handler" && expectation.forbidden?.includes(role);
      const want = expectation.allowed.includes(role) ? allowedStatus : forbidden ? [403] : [404];
      check(`${pattern} as ${role}: ${r.status} (want ${want.join("/")})`, want.includes(r.status));
    }
    // A practice person's own practice, where the target is not theirs: the pages they may see there.
    if (pattern.includes("[practiceId]")) {
      for (const role of ["primary", "technical"] as const) {
        const r = await request(pattern.replace("[practiceId]", w.own[role]), "GET", w.cookies[role]);
        check(`${pattern} as ${role} of their own practice: ${r.status} (want 200)`, r.status === 200);
      }
    }
  }
  expect(wrong).toEqual([]);
});

/** Form actions (useActionState) take the previous state first, then the input. */
const FORM_STATE_ACTIONS = new Set(["bulkBoardAction"]);

/** A valid input of each action, aimed at the target practice (another tenant's for the caller). */
function actionInput(name: string, practiceId: string): unknown {
  const practiceInfo = {
    name: "X Vet",
    address1: "1 Main St",
    address2: "",
    city: "Portland",
    state: "OR",
    postalCode: "97201",
    phone: "(503) 555-0100",
    timeZone: "America/Los_Angeles",
    pimsVersion: "9.5",
    approxClients: 100,
  };
  const inputs: Record<string, unknown> = {
    issueAgentKeyAction: { practiceId },
    revokeAgentKeyAction: { practiceId, keyId: "k1" },
    markInstalledAction: { practiceId },
    markInstallFailedAction: { practiceId, reason: "No admin password" },
    sendInvitationAction: { practiceId },
    deleteSlotAction: { slotId: "slot-1" },
    publishSlotsAction: { date: "2027-01-05", startTime: "09:00", count: 1, minutes: 60, timeZone: "America/Los_Angeles" },
    acceptEulaAction: { practiceId, eulaVersionId: "e1", typedName: "Pat Smith", agree: true },
    savePracticeInfoAction: { practiceId, ...practiceInfo },
    bookInstallAction: { practiceId, slotId: "slot-1" },
    cancelInstallAction: { practiceId, reason: "On leave" },
    rescheduleInstallAction: { practiceId, slotId: "slot-1", reason: "Painting" },
    designateTechnicalContactAction: {
      practiceId,
      self: false,
      name: "Terry",
      email: "terry@x.example",
      phone: "503-555-0142",
      hours: "Mornings",
    },
    addToQueueAction: { practiceId },
    recordFirstDataAction: { practiceId },
    sideStateAction: { practiceId, action: "putOnHold", reason: "test" },
    updateChecklistAction: { practiceId, items: [] },
    mergePairAction: { practiceId, hdClientId: "H1", pimsClientId: "C1" },
    rejectPairAction: { practiceId, hdClientId: "H1", pimsClientId: "C1" },
    unmergeAction: { practiceId, hdClientId: "H1" },
    shipOrderAction: { practiceId, orderNumber: "HD-1", carrier: "UPS", trackingNumber: "1Z9999" },
    retryWritebackAction: { practiceId, itemId: "i1" },
    applyPendingChangeAction: { practiceId, changeId: "c1" },
    dismissPendingChangeAction: { practiceId, changeId: "c1", note: "No" },
    createPracticeAction: {
      ...practiceInfo,
      partnerId: "p1",
      primaryName: "Pat",
      primaryEmail: "pat@x.example",
      primaryPhone: "",
    },
    editPracticeAction: {
      practiceId,
      ...practiceInfo,
      partnerId: "p1",
      primaryName: "Pat",
      primaryEmail: "pat@x.example",
      primaryPhone: "",
      ownerId: "",
    },
    resendEmailAction: { practiceId, emailId: "e1" },
    sendReminderAction: { practiceId },
    requestResyncAction: { practiceId, mode: "full" },
    bookReconnectAction: { practiceId, slotId: "slot-1" },
    linkPetAction: { practiceId, hdPetId: "HDP1", pimsPatientId: "PT1", reason: "Same pet, checked by phone" },
    unlinkPetAction: { practiceId, hdPetId: "HDP1", reason: "Wrong pet" },
    linkClientAction: { practiceId, hdClientId: "H1", pimsClientId: "C1", reason: "Same person, checked by phone" },
    createTestOrderAction: {
      practiceId,
      hdPetId: "HDP1",
      product: "Carprofen",
      quantity: "30",
      unit: "tablets",
      compounded: "no",
    },
    bulkBoardAction: { action: "hold", reason: "Bulk test", practiceIds: [practiceId] },
    inviteUserAction: { name: "Eve", email: `eve-${randomBytes(3).toString("hex")}@x.example`, role: "STAFF" },
  };
  return inputs[name];
}

test("every server action refuses a signed-out caller and another tenant's practice", async () => {
  test.setTimeout(300_000);
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")).node as Record<
    string,
    { filename: string; exportedName: string; workers: Record<string, unknown> }
  >;
  const fromCode = serverActions()
    .map((a) => a.split("#")[1])
    .sort();
  const fromManifest = [...new Set(Object.values(manifest).map((a) => a.exportedName))].sort();
  expect(fromManifest, 'the build\'s action manifest and the "use server" exports agree').toEqual(fromCode);
  const w = await world();
  expect(
    fromCode.filter((name) => actionInput(name, w.target.id) === undefined),
    "actions with no input in e2e/access.spec.ts",
  ).toEqual([]);

  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const footprint = async () =>
    (
      await db.query(
        "SELECT status, (SELECT count(*) FROM journey_events WHERE practice_id = $1) AS events, (SELECT count(*) FROM agent_keys WHERE practice_id = $1) AS keys FROM practices WHERE id = $1",
        [w.target.id],
      )
    ).rows[0];
  const before = await footprint();
  const wrong: string[] = [];
  for (const [id, action] of Object.entries(manifest)) {
    const page = Object.keys(action.workers)[0]
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "");
    const url = fill(page, w);
    // A practice person (the target is not their practice), a partner of another partner, and
    // nobody. Install slots belong to a partner, not a practice: any partner manages its own.
    const partnerOwn = ["publishSlotsAction", "deleteSlotAction"].includes(action.exportedName);
    for (const caller of partnerOwn ? (["primary", undefined] as const) : (["primary", "otherPartner", undefined] as const)) {
      const response = await fetch(`${BASE}${url}`, {
        method: "POST",
        headers: {
          "Next-Action": id,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: BASE,
          ...(caller ? { cookie: w.cookies[caller] } : {}),
        },
        body: JSON.stringify(
          FORM_STATE_ACTIONS.has(action.exportedName)
            ? [null, actionInput(action.exportedName, w.target.id)]
            : [actionInput(action.exportedName, w.target.id)],
        ),
      });
      const text = await response.text();
      const refused =
        /"ok":false,"error":"(Practice not found\.|Your session has ended|Only the onboarding team|Only integration partner accounts|Your role may not|[^"]*not found)/.test(
          text,
        );
      if (!refused || text.includes('"ok":true'))
        wrong.push(
          `${action.exportedName} as ${caller ?? "anonymous"}: ${response.status} ${text.slice(0, 200).replace(/\n/g, " ")}`,
        );
    }
  }
  expect(wrong).toEqual([]);
  expect(await footprint()).toEqual(before);
  await db.end();
});
