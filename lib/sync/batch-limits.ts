// Limits of one agent batch, apart from the schema so the agent simulator can read them
// without loading zod.
export const MAX_RECORDS_PER_BATCH = 10_000;
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;
