-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('PLACED', 'SHIPPED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrderLineKind" AS ENUM ('PRESCRIPTION_DRUG', 'PRESCRIPTION_DIET', 'OTC', 'COMPOUNDED');

-- CreateEnum
CREATE TYPE "FulfillingPharmacy" AS ENUM ('HOME_DELIVERY', 'COMPOUNDING_PARTNER');

-- CreateEnum
CREATE TYPE "WritebackStatus" AS ENUM ('WAITING_LINK', 'PENDING', 'LEASED', 'WRITTEN', 'DEAD', 'NOT_ELIGIBLE');

-- CreateEnum
CREATE TYPE "IneligibleReason" AS ENUM ('COMPOUNDING_PARTNER', 'OVER_THE_COUNTER');

-- CreateTable
CREATE TABLE "orders" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "order_number" TEXT NOT NULL,
    "hd_pet_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'PLACED',
    "placed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "shipped_at" TIMESTAMP(3),
    "carrier" TEXT,
    "tracking_number" TEXT,
    "shipped_by" TEXT,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_lines" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "product" TEXT NOT NULL,
    "kind" "OrderLineKind" NOT NULL,
    "quantity" DECIMAL(10,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "fulfilled_by" "FulfillingPharmacy" NOT NULL DEFAULT 'HOME_DELIVERY',
    "prescriber" TEXT,
    "prescription_id" TEXT,

    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "writeback_items" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "order_line_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "hd_pet_id" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "status" "WritebackStatus" NOT NULL,
    "ineligible_reason" "IneligibleReason",
    "pims_patient_id" TEXT,
    "deceased_flag" BOOLEAN NOT NULL DEFAULT false,
    "line_date" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3),
    "lease_id" TEXT,
    "lease_expires_at" TIMESTAMP(3),
    "last_error" TEXT,
    "pims_line_id" TEXT,
    "written_at" TIMESTAMP(3),
    "shipped_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "writeback_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "writeback_events" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "actor" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "writeback_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "orders_order_number_key" ON "orders"("order_number");

-- CreateIndex
CREATE INDEX "orders_practice_id_hd_pet_id_idx" ON "orders"("practice_id", "hd_pet_id");

-- CreateIndex
CREATE INDEX "orders_practice_id_shipped_at_idx" ON "orders"("practice_id", "shipped_at");

-- CreateIndex
CREATE UNIQUE INDEX "order_lines_order_id_line_no_key" ON "order_lines"("order_id", "line_no");

-- CreateIndex
CREATE UNIQUE INDEX "writeback_items_order_line_id_key" ON "writeback_items"("order_line_id");

-- CreateIndex
CREATE INDEX "writeback_items_practice_id_status_next_attempt_at_idx" ON "writeback_items"("practice_id", "status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "writeback_items_practice_id_shipped_at_idx" ON "writeback_items"("practice_id", "shipped_at");

-- CreateIndex
CREATE INDEX "writeback_items_practice_id_hd_pet_id_idx" ON "writeback_items"("practice_id", "hd_pet_id");

-- CreateIndex
CREATE UNIQUE INDEX "writeback_items_practice_id_idempotency_key_key" ON "writeback_items"("practice_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "writeback_events_item_id_created_at_idx" ON "writeback_events"("item_id", "created_at");

-- CreateIndex
CREATE INDEX "writeback_events_practice_id_created_at_idx" ON "writeback_events"("practice_id", "created_at");

-- AddForeignKey
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "writeback_items" ADD CONSTRAINT "writeback_items_order_line_id_fkey" FOREIGN KEY ("order_line_id") REFERENCES "order_lines"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "writeback_events" ADD CONSTRAINT "writeback_events_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "writeback_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

