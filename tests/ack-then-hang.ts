// A child process for the writeback SIGKILL test: applies the acknowledgements given as JSON in
// ACKS for PRACTICE_ID, prints the answer as one line, then waits to be killed (it never exits).
import { ackWritebacks } from "@/lib/writeback/queue";

const results = await ackWritebacks(process.env.PRACTICE_ID!, JSON.parse(process.env.ACKS!));
process.stdout.write(`${JSON.stringify(results)}\n`);
setInterval(() => {}, 60_000);
