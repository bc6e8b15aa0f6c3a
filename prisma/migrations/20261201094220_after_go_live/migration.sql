-- AlterTable
ALTER TABLE "practices" ADD COLUMN     "pims_reachable" BOOLEAN;

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "purpose" TEXT NOT NULL DEFAULT 'install';

-- AlterTable
ALTER TABLE "pims_clients" ADD COLUMN     "missing_since" TIMESTAMP(3),
ADD COLUMN     "reload_id" TEXT;

-- AlterTable
ALTER TABLE "pims_patients" ADD COLUMN     "missing_since" TIMESTAMP(3),
ADD COLUMN     "reload_id" TEXT;

-- Writeback corrections (reship, cancellation after shipment) are further items of the same
-- order line: the one-item-per-line unique index becomes a plain index; one shipment item per
-- line stays unique (partial index below).
DROP INDEX "writeback_items_order_line_id_key";
ALTER TABLE "writeback_items" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'shipment',
ADD COLUMN "corrects_item_id" TEXT;
CREATE INDEX "writeback_items_order_line_id_idx" ON "writeback_items"("order_line_id");
CREATE UNIQUE INDEX "writeback_items_one_shipment_per_line" ON "writeback_items"("order_line_id") WHERE "kind" = 'shipment';

-- CreateTable
CREATE TABLE "integration_alerts" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "opened_at" TIMESTAMP(3) NOT NULL,
    "last_notified_at" TIMESTAMP(3) NOT NULL,
    "notify_count" INTEGER NOT NULL DEFAULT 1,
    "closed_at" TIMESTAMP(3),
    "closed_detail" TEXT,

    CONSTRAINT "integration_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reconnect_cases" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "alert_id" TEXT,
    "opened_at" TIMESTAMP(3) NOT NULL,
    "appointment_id" TEXT,
    "closed_at" TIMESTAMP(3),
    "closed_reason" TEXT,

    CONSTRAINT "reconnect_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resync_requests" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "since" DATE,
    "requested_by_id" TEXT,
    "requested_by" TEXT NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL,
    "delivered_at" TIMESTAMP(3),
    "completed_at" TIMESTAMP(3),
    "missing_clients" INTEGER,
    "missing_patients" INTEGER,

    CONSTRAINT "resync_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "test_clock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offset_ms" BIGINT NOT NULL,

    CONSTRAINT "test_clock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "integration_alerts_practice_id_opened_at_idx" ON "integration_alerts"("practice_id", "opened_at");

-- CreateIndex
CREATE INDEX "integration_alerts_closed_at_idx" ON "integration_alerts"("closed_at");

-- CreateIndex
CREATE INDEX "reconnect_cases_practice_id_opened_at_idx" ON "reconnect_cases"("practice_id", "opened_at");

-- CreateIndex
CREATE INDEX "resync_requests_practice_id_requested_at_idx" ON "resync_requests"("practice_id", "requested_at");

-- AddForeignKey
ALTER TABLE "integration_alerts" ADD CONSTRAINT "integration_alerts_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reconnect_cases" ADD CONSTRAINT "reconnect_cases_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resync_requests" ADD CONSTRAINT "resync_requests_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one open alert per practice and rule, one open reconnect case and one open re-sync
-- request per practice: two workers evaluating at once cannot open a second one.
CREATE UNIQUE INDEX "integration_alerts_one_open_per_rule" ON "integration_alerts"("practice_id", "rule") WHERE "closed_at" IS NULL;
CREATE UNIQUE INDEX "reconnect_cases_one_open" ON "reconnect_cases"("practice_id") WHERE "closed_at" IS NULL;
CREATE UNIQUE INDEX "resync_requests_one_open" ON "resync_requests"("practice_id") WHERE "completed_at" IS NULL;
-- Records missing from a full reload, listed for staff.
CREATE INDEX "pims_clients_missing" ON "pims_clients"("practice_id") WHERE "missing_since" IS NOT NULL;
CREATE INDEX "pims_patients_missing" ON "pims_patients"("practice_id") WHERE "missing_since" IS NOT NULL;
-- The fleet's "last 24 h" figures per practice read from the index alone.
CREATE INDEX "sync_batches_recent_figures" ON "sync_batches"("practice_id", "received_at") INCLUDE ("received", "rejected", "mode");
