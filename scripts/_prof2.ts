import { exportBatches } from "../lib/agent-sim/export-files";
import { validatePimsClientRecord, validatePimsPatientRecord } from "../lib/contracts/validate-record";
import { normalizeClient, normalizePatient } from "../lib/sync/normalize";
const cl: any[] = [], pa: any[] = [];
for await (const b of exportBatches("/tmp/perf/set", { batchSize: 5000 })) (b.kind === "client" ? cl : pa).push(...b.records);
for (let rep = 0; rep < 2; rep++) {
let t = performance.now(); const vc = cl.map((r) => (validatePimsClientRecord(r) as any).row); const a = performance.now() - t;
t = performance.now(); const vp = pa.map((r) => (validatePimsPatientRecord(r) as any).row); const b = performance.now() - t;
t = performance.now(); vc.forEach((r) => normalizeClient(r)); const c = performance.now() - t;
t = performance.now(); vp.forEach((r) => normalizePatient(r)); const d = performance.now() - t;
console.log(`clients ${cl.length}: zod ${(a*1000/cl.length).toFixed(1)}µs normalize ${(c*1000/cl.length).toFixed(1)}µs | patients ${pa.length}: zod ${(b*1000/pa.length).toFixed(1)}µs normalize ${(d*1000/pa.length).toFixed(1)}µs`);
}
