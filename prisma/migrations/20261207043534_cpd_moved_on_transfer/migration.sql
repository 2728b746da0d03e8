-- AlterTable
ALTER TABLE "CpdActivity" ADD COLUMN     "movedFromSchoolId" UUID;
