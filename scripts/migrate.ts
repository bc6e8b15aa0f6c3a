// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the demo's embedded database).
import { applyMigrations } from "../lib/db/migrate";
import { exitOnSetupError } from "../lib/db/ensure-database";
import { databaseUrlForTools } from "./tool-database";

const applied = await applyMigrations(await databaseUrlForTools().catch(exitOnSetupError), console.log);
console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
process.exit(0);
