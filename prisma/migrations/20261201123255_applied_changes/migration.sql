-- AlterEnum
ALTER TYPE "BatchStatus" ADD VALUE 'NOTHING_TO_APPLY';

-- CreateTable
CREATE TABLE "applied_changes" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "pims_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "applied_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "applied_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "applied_changes_practice_id_applied_at_idx" ON "applied_changes"("practice_id", "applied_at");

-- CreateIndex
CREATE INDEX "applied_changes_practice_id_kind_applied_at_idx" ON "applied_changes"("practice_id", "kind", "applied_at");

-- CreateIndex
CREATE INDEX "applied_changes_practice_id_entity_pims_id_idx" ON "applied_changes"("practice_id", "entity", "pims_id");

-- CreateIndex
CREATE INDEX "applied_changes_batch_id_idx" ON "applied_changes"("batch_id");

-- AddForeignKey
ALTER TABLE "applied_changes" ADD CONSTRAINT "applied_changes_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "sync_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

