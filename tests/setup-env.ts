// Runs in every test worker before the tests: point the app's modules at the test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production";
process.env.APP_URL ??= "http://localhost:3000";
process.env.DB_POOL_SIZE ??= "4";
