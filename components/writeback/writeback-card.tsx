// The practice page's pointer to its writeback: how many shipped lines need attention, and the link.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getWritebackCounts } from "@/lib/writeback/queries";

export async function WritebackCard({ practiceId }: { practiceId: string }) {
  const { dead, waiting, toShip } = await getWritebackCounts(practiceId);
  return (
    <Card title="Writeback">
      <p className="text-sm">
        {dead ? (
          <strong className="text-red-800">
            {dead} dead-lettered {dead === 1 ? "line needs" : "lines need"} a retry.{" "}
          </strong>
        ) : null}
        {waiting ? `${waiting} ${waiting === 1 ? "line waits" : "lines wait"} for a pet's PIMS link. ` : null}
        {toShip ? `${toShip} ${toShip === 1 ? "order" : "orders"} to ship.` : null}
        {!dead && !waiting && !toShip ? "Shipped prescription lines are written into the PIMS record." : null}
      </p>
      <p className="mt-2 text-sm">
        <Link href={`/practices/${practiceId}/writebacks`} className="text-brand-700 underline">
          Open writeback: orders and reconciliation
        </Link>
      </p>
    </Card>
  );
}
