-- CreateEnum
CREATE TYPE "LinkDecision" AS ENUM ('MERGED', 'REVIEW');

-- CreateTable
CREATE TABLE "client_links" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "pims_client_id" TEXT NOT NULL,
    "decision" "LinkDecision" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "decided_by" TEXT NOT NULL,
    "decided_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "client_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pet_links" (
    "practice_id" TEXT NOT NULL,
    "hd_pet_id" TEXT NOT NULL,
    "pims_patient_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pet_links_pkey" PRIMARY KEY ("practice_id","hd_pet_id")
);

-- CreateTable
CREATE TABLE "rejected_pairs" (
    "practice_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "pims_client_id" TEXT NOT NULL,
    "reviewer_id" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rejected_pairs_pkey" PRIMARY KEY ("practice_id","hd_client_id","pims_client_id")
);

-- CreateTable
CREATE TABLE "merge_events" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "pims_client_id" TEXT,
    "action" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "evidence" JSONB,
    "actor" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "merge_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "client_links_practice_id_pims_client_id_idx" ON "client_links"("practice_id", "pims_client_id");

-- CreateIndex
CREATE INDEX "client_links_practice_id_decision_idx" ON "client_links"("practice_id", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "client_links_practice_id_hd_client_id_key" ON "client_links"("practice_id", "hd_client_id");

-- CreateIndex
CREATE INDEX "pet_links_practice_id_hd_client_id_idx" ON "pet_links"("practice_id", "hd_client_id");

-- CreateIndex
CREATE INDEX "merge_events_practice_id_hd_client_id_created_at_idx" ON "merge_events"("practice_id", "hd_client_id", "created_at");


-- One-to-one: a PIMS client is merged to at most one home-delivery client of the practice.
CREATE UNIQUE INDEX "client_links_one_merge_per_pims_client" ON "client_links"("practice_id", "pims_client_id") WHERE "decision" = 'MERGED';
