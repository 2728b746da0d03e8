-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "recordedAfter" BOOLEAN NOT NULL DEFAULT false;
