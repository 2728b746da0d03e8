-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('GIAS', 'STAFF');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEW', 'APPLIED', 'DISCARDED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SchoolType" ADD VALUE 'ALTERNATIVE_PROVISION';
ALTER TYPE "SchoolType" ADD VALUE 'UNIVERSITY_TECHNICAL_COLLEGE';
ALTER TYPE "SchoolType" ADD VALUE 'STUDIO_SCHOOL';
ALTER TYPE "SchoolType" ADD VALUE 'SIXTEEN_TO_NINETEEN';

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "giasGroupUid" TEXT;

-- CreateTable
CREATE TABLE "DataImport" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "fileName" TEXT NOT NULL,
    "rowsRead" INTEGER NOT NULL,
    "plan" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "DataImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataImport_trustId_status_createdAt_idx" ON "DataImport"("trustId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "DataImport" ADD CONSTRAINT "DataImport_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
