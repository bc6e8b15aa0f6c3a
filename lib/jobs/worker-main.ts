// Entry point of the worker process (`npm run worker`; `npm start` runs it beside the web).
// Its log is the structured one (JSON lines on stdout), flushed before the process exits.
import { ensureDatabase, exitOnSetupError } from "@/lib/db/ensure-database";
import { log } from "@/lib/observability/logger";
import { startWorker } from "./worker";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("worker: DATABASE_URL is not set");
  process.exit(2);
}
await ensureDatabase(url).catch(exitOnSetupError);
const stop = await startWorker(url, (line) => log().info({ kind: "worker" }, line));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await stop();
    await new Promise<void>((resolve) => log().flush(() => resolve()));
    process.exit(0);
  });
}
