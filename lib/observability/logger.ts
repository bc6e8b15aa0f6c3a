// The structured log of every process (web, worker, CLI server commands): one JSON line per
// event on stdout, at LOG_LEVEL (default "info"; "silent" turns it off). Secrets never reach a
// line: known secret keys are censored by pino's redaction wherever they sit, and any string
// holding a bearer token, an agent key or a sign-in link is masked (see ./redact.ts).
import pino, { type DestinationStream, type Logger } from "pino";
import { REDACT_PATHS, maskSecrets } from "./redact";

export type { Logger };

export function createLogger(options: { name?: string; destination?: DestinationStream; level?: string } = {}): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: {
        level: (label) => ({ level: label }),
        // Masks secrets inside free text (messages, URLs, error strings) that key paths cannot reach.
        log: (object) => maskSecrets(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? maskSecrets(arg) : arg)) as Parameters<typeof method>;
          method.apply(this, masked);
        },
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

const globalForLog = globalThis as unknown as { pimsLinkLogger?: Logger };

/** The process's logger, made on first use. */
export function log(): Logger {
  globalForLog.pimsLinkLogger ??= createLogger({ name: "pims-link" });
  return globalForLog.pimsLinkLogger;
}
