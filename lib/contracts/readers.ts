/**
 * One reader per contract file. `read*Csv` collects rows and row errors; `stream*Csv`
 * yields row outcomes one at a time for files too large to hold (big PIMS exports).
 */
import {
  HOME_DELIVERY_CLIENTS_FILE,
  HOME_DELIVERY_PETS_FILE,
  LINKS_FILE,
  PIMS_CLIENTS_FILE,
  PIMS_PATIENTS_FILE,
  TRUTH_FILE,
} from "./files";
import {
  readContractCsv,
  streamContractCsv,
  type ContractReadResult,
  type CsvSource,
  type ReadCsvOptions,
  type RowOutcome,
} from "./read-csv";
import type { HomeDeliveryClientRow, HomeDeliveryPetRow, LinkRow, PimsClientRow, PimsPatientRow, TruthRow } from "./schemas";

type Reader<Row> = (source: CsvSource, options?: ReadCsvOptions) => Promise<ContractReadResult<Row>>;
type Streamer<Row> = (source: CsvSource, options?: ReadCsvOptions) => AsyncGenerator<RowOutcome<Row>>;

export const readClientsCsv: Reader<PimsClientRow> = (s, o) => readContractCsv(PIMS_CLIENTS_FILE, s, o);
export const readPatientsCsv: Reader<PimsPatientRow> = (s, o) => readContractCsv(PIMS_PATIENTS_FILE, s, o);
export const readHomeDeliveryClientsCsv: Reader<HomeDeliveryClientRow> = (s, o) =>
  readContractCsv(HOME_DELIVERY_CLIENTS_FILE, s, o);
export const readHomeDeliveryPetsCsv: Reader<HomeDeliveryPetRow> = (s, o) => readContractCsv(HOME_DELIVERY_PETS_FILE, s, o);
export const readLinksCsv: Reader<LinkRow> = (s, o) => readContractCsv(LINKS_FILE, s, o);
export const readTruthCsv: Reader<TruthRow> = (s, o) => readContractCsv(TRUTH_FILE, s, o);

export const streamClientsCsv: Streamer<PimsClientRow> = (s, o) => streamContractCsv(PIMS_CLIENTS_FILE, s, o);
export const streamHomeDeliveryClientsCsv: Streamer<HomeDeliveryClientRow> = (s, o) =>
  streamContractCsv(HOME_DELIVERY_CLIENTS_FILE, s, o);
export const streamHomeDeliveryPetsCsv: Streamer<HomeDeliveryPetRow> = (s, o) => streamContractCsv(HOME_DELIVERY_PETS_FILE, s, o);
