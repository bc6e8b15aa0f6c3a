import { exportBatches } from "../lib/agent-sim/export-files";
import { validateBatchRecords } from "../lib/sync/validate-batch";
const bodies: string[] = [];
let t = performance.now();
for await (const b of exportBatches("/tmp/perf/set", { batchSize: 5000 })) bodies.push(JSON.stringify({ clients: b.kind === "client" ? b.records : [], patients: b.kind === "patient" ? b.records : [] }));
console.log("agent read+stringify", (performance.now() - t).toFixed(0), "ms");
let n = 0; let parseMs = 0; let valMs = 0;
for (let rep = 0; rep < 2; rep++) { n = 0; parseMs = 0; valMs = 0;
for (const body of bodies) {
  t = performance.now();
  const parsed = JSON.parse(body);
  parseMs += performance.now() - t; t = performance.now();
  const r = validateBatchRecords(parsed.clients, parsed.patients);
  valMs += performance.now() - t;
  n += r.clients.length + r.patients.length;
}}
console.log(n, "records; JSON.parse", parseMs.toFixed(0), "ms; validate+normalize", valMs.toFixed(0), "ms", (valMs * 1000 / n).toFixed(1), "µs/record");
