// What the home-delivery page shows: how many home-delivery clients and pets a practice has,
// when they were last imported and by whom, and the recent uploads.
import { db } from "@/lib/db/client";
import { HOME_DELIVERY_EVENT_KIND } from "./upload-form";

export async function getHomeDeliverySummary(practiceId: string) {
  const [clients, pets, lastClient, lastPet, uploads, pimsClients] = await Promise.all([
    db.homeDeliveryClient.count({ where: { practiceId } }),
    db.homeDeliveryPet.count({ where: { practiceId } }),
    db.homeDeliveryClient.aggregate({ where: { practiceId }, _max: { importedAt: true } }),
    db.homeDeliveryPet.aggregate({ where: { practiceId }, _max: { importedAt: true } }),
    db.journeyEvent.findMany({
      where: { practiceId, kind: HOME_DELIVERY_EVENT_KIND },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, actorLabel: true, note: true, createdAt: true },
    }),
    db.pimsClient.count({ where: { practiceId } }),
  ]);
  const times = [lastClient._max.importedAt, lastPet._max.importedAt].filter((d): d is Date => d !== null);
  const lastImportedAt = times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
  // An upload records its event in the import's transaction (same now()), so an event at or
  // after the newest row is the import that wrote it; a newer row came from the CLI.
  const latestUpload = uploads[0];
  const lastImportedBy =
    lastImportedAt === null ? null : latestUpload && latestUpload.createdAt >= lastImportedAt ? latestUpload.actorLabel : null;
  return { clients, pets, lastImportedAt, lastImportedBy, uploads, pimsClients };
}
