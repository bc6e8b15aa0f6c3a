// `npm run db:seed`: demo data into an empty database (DATABASE_URL, or the demo's embedded one).
import { databaseUrlForTools } from "../scripts/tool-database";
import { applyMigrations } from "../lib/db/migrate";
import { exitOnSetupError } from "../lib/db/ensure-database";

process.env.DATABASE_URL = await databaseUrlForTools().catch(exitOnSetupError);
await applyMigrations(process.env.DATABASE_URL);
const { seedDemoIfEmpty } = await import("./seed-demo");
const seeded = await seedDemoIfEmpty();
console.log(seeded ? `seeded ${seeded.practices} practices` : "database already has data: nothing seeded");
process.exit(0);
