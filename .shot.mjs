// usage: node shot.mjs name url [widths...]
import { chromium } from "@playwright/test";
import pg from "pg";
import { randomBytes } from "node:crypto";
const [name, url, ...w] = process.argv.slice(2);
const widths = w.length ? w.map(Number) : [1280, 390];
const db = new pg.Client({ connectionString: "postgresql://postgres:postgres@127.0.0.1:55122/pims_link" });
await db.connect();
const uid = (await db.query("SELECT id FROM users WHERE email='olivia@pharmacy.demo'")).rows[0].id;
const token = randomBytes(24).toString("hex");
await db.query("INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1,$2,$3, now() + interval '1 hour')", [`s-${token.slice(0,12)}`, token, uid]);
await db.end();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext();
await ctx.addCookies([{ name: "next-auth.session-token", value: token, domain: "localhost", path: "/" }]);
const page = await ctx.newPage();
for (const width of widths) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`http://localhost:3413${url}`);
  await page.waitForLoadState("networkidle");
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(`${name} ${width}: scrollWidth ${sw}`);
  await page.screenshot({ path: `/tmp/s3-board-shots/${name}-${width}.png`, fullPage: process.env.FULL !== "0" });
}
await browser.close();
