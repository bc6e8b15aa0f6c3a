import { exportBatches } from "../lib/agent-sim/export-files";
import { validatePimsClientRecord } from "../lib/contracts/validate-record";
import { normalizeClient } from "../lib/sync/normalize";
const cl: any[] = [];
for await (const b of exportBatches("/tmp/perf/set", { batchSize: 5000 })) if (b.kind === "client") cl.push(...b.records);
const vc = cl.map((r) => (validatePimsClientRecord(r) as any).row);
for (let rep = 0; rep < 4; rep++) vc.forEach((r) => normalizeClient(r));
