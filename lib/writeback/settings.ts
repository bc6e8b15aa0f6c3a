// Writeback settings, read from the environment with defaults that suit a practice's agent
// polling every few minutes. Read at call time so tests and scripts can change them.
const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const writebackSettings = {
  /** Deliveries (failed acks and expired leases both count) before an item is dead-lettered. */
  get maxAttempts() {
    return Math.floor(positive("WRITEBACK_MAX_ATTEMPTS", 5));
  },
  /** How long the agent holds a pulled item before it is offered again. */
  get leaseSeconds() {
    return positive("WRITEBACK_LEASE_SECONDS", 300);
  },
  /** First retry delay after a failure; doubles with each further failure. */
  get retryBaseSeconds() {
    return positive("WRITEBACK_RETRY_BASE_SECONDS", 60);
  },
  /** Longest retry delay. */
  get retryMaxSeconds() {
    return positive("WRITEBACK_RETRY_MAX_SECONDS", 6 * 3600);
  },
};

/** The compounding pharmacy partner, as staff know it (Wedgewood in the source page). */
export const COMPOUNDING_PARTNER_NAME = process.env.COMPOUNDING_PARTNER_NAME ?? "Wedgewood Pharmacy";

/** Most items one pull hands out. */
export const MAX_PULL = 200;
export const DEFAULT_PULL = 50;

/** Delay before the next try after `attempts` deliveries: base * 2^(attempts-1), capped. */
export function retryDelayMs(
  attempts: number,
  settings: { retryBaseSeconds: number; retryMaxSeconds: number } = writebackSettings,
): number {
  const seconds = Math.min(settings.retryMaxSeconds, settings.retryBaseSeconds * 2 ** Math.max(0, attempts - 1));
  return Math.round(seconds * 1000);
}
