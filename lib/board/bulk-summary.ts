// A bulk action's outcome in words, for the person who pressed the button:
// "3 held; 1 refused: Oak Vets: "Put on hold" is not possible while the practice is live."
import { formatCount } from "@/lib/format/numbers";
import type { BulkAction, BulkResult } from "./bulk";

const DONE: Record<BulkAction, string> = {
  assignOwner: "given the new owner",
  remind: "reminded",
  hold: "held",
  resume: "resumed",
};

export function describeBulkResult(action: BulkAction, result: BulkResult): string {
  const done = `${formatCount(result.done)} ${DONE[action]}`;
  if (result.failed.length === 0) return `${done}.`;
  const refused = result.failed.map((f) => `${f.name}: ${f.message.replace(/\.$/, "")}`).join("; ");
  return `${done}; ${formatCount(result.failed.length)} refused: ${refused}.`;
}
