-- CreateTable
CREATE TABLE "home_delivery_clients" (
    "practice_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "first_name" TEXT,
    "last_name" TEXT,
    "address1" TEXT,
    "address2" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postal_code" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "home_delivery_clients_pkey" PRIMARY KEY ("practice_id","hd_client_id")
);

-- CreateTable
CREATE TABLE "home_delivery_pets" (
    "practice_id" TEXT NOT NULL,
    "hd_pet_id" TEXT NOT NULL,
    "hd_client_id" TEXT NOT NULL,
    "name" TEXT,
    "species" TEXT,
    "breed" TEXT,
    "birth_date" DATE,
    "weight_lb" DECIMAL(8,2),
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "home_delivery_pets_pkey" PRIMARY KEY ("practice_id","hd_pet_id")
);

-- CreateIndex
CREATE INDEX "home_delivery_pets_practice_id_hd_client_id_idx" ON "home_delivery_pets"("practice_id", "hd_client_id");

