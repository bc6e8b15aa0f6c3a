// Entry point of the worker process (`npm run worker`; `npm start` runs it beside the web).
import { ensureDatabase, exitOnSetupError } from "@/lib/db/ensure-database";
import { startWorker } from "./worker";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("worker: DATABASE_URL is not set");
  process.exit(2);
}
await ensureDatabase(url).catch(exitOnSetupError);
const stop = await startWorker(url);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await stop();
    process.exit(0);
  });
}
