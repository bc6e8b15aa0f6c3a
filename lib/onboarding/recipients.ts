// Who receives a practice's emails, read inside the transaction that sends them.
import type { Tx } from "@/lib/db/client";

export async function practiceParties(tx: Tx, practiceId: string) {
  const practice = await tx.practice.findUniqueOrThrow({
    where: { id: practiceId },
    include: {
      partner: { include: { users: { select: { name: true, email: true } } } },
      owner: { select: { name: true, email: true } },
      primaryContact: { select: { id: true, name: true, email: true, phone: true } },
      technicalContact: { select: { id: true, name: true, email: true, phone: true } },
    },
  });
  return practice;
}
export type PracticeParties = Awaited<ReturnType<typeof practiceParties>>;
