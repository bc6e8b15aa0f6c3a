/** Public surface of the data-file contracts (see /work/shared/contracts/data-files.md). */
export * from "./schemas";
export * from "./files";
export * from "./errors";
export * from "./validate-record";
export * from "./read-csv";
export * from "./readers";
export * from "./csv-writer";
export * from "./links-writer";
export { isCalendarDate, parseIsoTimestamp } from "./fields";
