-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('SUCCEEDED', 'PARTIAL', 'FAILED');

-- CreateEnum
CREATE TYPE "PendingChangeStatus" AS ENUM ('PENDING', 'APPLIED', 'DISMISSED');

-- AlterTable
ALTER TABLE "practices" ADD COLUMN     "agent_pims_version" TEXT,
ADD COLUMN     "agent_version" TEXT,
ADD COLUMN     "first_load_completed_at" TIMESTAMP(3),
ADD COLUMN     "first_load_expected_clients" INTEGER,
ADD COLUMN     "first_load_expected_patients" INTEGER,
ADD COLUMN     "last_export_at" TIMESTAMP(3),
ADD COLUMN     "last_heartbeat_at" TIMESTAMP(3),
ADD COLUMN     "last_sync_at" TIMESTAMP(3),
ADD COLUMN     "sync_window_hours" INTEGER NOT NULL DEFAULT 72;

-- CreateTable
CREATE TABLE "pims_clients" (
    "practice_id" TEXT NOT NULL,
    "pims_id" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "address1" TEXT,
    "address2" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postal_code" TEXT,
    "home_phone" TEXT,
    "cell_phone" TEXT,
    "work_phone" TEXT,
    "email" TEXT,
    "inactive" BOOLEAN NOT NULL DEFAULT false,
    "pims_updated_at" TIMESTAMP(3) NOT NULL,
    "first_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "synced_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_batch_id" TEXT NOT NULL,

    CONSTRAINT "pims_clients_pkey" PRIMARY KEY ("practice_id","pims_id")
);

-- CreateTable
CREATE TABLE "pims_patients" (
    "practice_id" TEXT NOT NULL,
    "pims_id" TEXT NOT NULL,
    "client_pims_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "species" TEXT NOT NULL,
    "breed" TEXT,
    "sex" TEXT,
    "birth_date" DATE,
    "weight_lb" DECIMAL(8,2),
    "weight_kg" DECIMAL(8,2),
    "deceased" BOOLEAN NOT NULL DEFAULT false,
    "deceased_date" DATE,
    "pims_updated_at" TIMESTAMP(3) NOT NULL,
    "first_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "synced_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_batch_id" TEXT NOT NULL,

    CONSTRAINT "pims_patients_pkey" PRIMARY KEY ("practice_id","pims_id")
);

-- CreateTable
CREATE TABLE "sync_batches" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "batch_key" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" "BatchStatus" NOT NULL,
    "received" INTEGER NOT NULL,
    "applied" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "pending_changes" INTEGER NOT NULL DEFAULT 0,
    "response" JSONB NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "sync_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_errors" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_id" TEXT,
    "position" INTEGER NOT NULL,
    "field" TEXT,
    "message" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sync_errors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pending_changes" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "pims_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "status" "PendingChangeStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "same_animal_confirmed" BOOLEAN NOT NULL DEFAULT false,
    "reviewed_by_id" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescriptions" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "patient_pims_id" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "auto_ship" BOOLEAN NOT NULL DEFAULT false,
    "paused_reason" TEXT,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "prescriptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pims_patients_practice_id_client_pims_id_idx" ON "pims_patients"("practice_id", "client_pims_id");

-- CreateIndex
CREATE INDEX "sync_batches_practice_id_received_at_idx" ON "sync_batches"("practice_id", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "sync_batches_practice_id_batch_key_key" ON "sync_batches"("practice_id", "batch_key");

-- CreateIndex
CREATE INDEX "sync_errors_practice_id_created_at_idx" ON "sync_errors"("practice_id", "created_at");

-- CreateIndex
CREATE INDEX "pending_changes_practice_id_status_created_at_idx" ON "pending_changes"("practice_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "prescriptions_practice_id_patient_pims_id_idx" ON "prescriptions"("practice_id", "patient_pims_id");

-- AddForeignKey
ALTER TABLE "sync_batches" ADD CONSTRAINT "sync_batches_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_errors" ADD CONSTRAINT "sync_errors_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "sync_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

