-- AlterTable
ALTER TABLE "practices" ADD COLUMN     "clock_remaining_seconds" INTEGER,
ADD COLUMN     "clock_used_seconds" INTEGER,
ADD COLUMN     "hold_seconds" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reminder_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "last_reminder_at" TIMESTAMP(3);

-- AlterTable: existing appointments keep the UID their invites were sent with.
ALTER TABLE "appointments" ADD COLUMN     "calendar_uid" TEXT,
ADD COLUMN     "calendar_sequence" INTEGER NOT NULL DEFAULT 0;
UPDATE "appointments" SET "calendar_uid" = "id";
ALTER TABLE "appointments" ALTER COLUMN "calendar_uid" SET NOT NULL;

-- AlterTable
ALTER TABLE "outbox_emails" ADD COLUMN     "reply_to" TEXT;
