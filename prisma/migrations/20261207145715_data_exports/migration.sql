-- CreateEnum
CREATE TYPE "ExportKind" AS ENUM ('SUBJECT_ACCESS', 'PORTFOLIO');

-- CreateEnum
CREATE TYPE "ExportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterEnum
ALTER TYPE "FilePurpose" ADD VALUE 'EXPORT';

-- CreateTable
CREATE TABLE "DataExport" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "subjectStaffId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "kind" "ExportKind" NOT NULL,
    "status" "ExportStatus" NOT NULL DEFAULT 'QUEUED',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "fileId" UUID,
    "redactions" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DataExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataExport_trustId_subjectStaffId_createdAt_idx" ON "DataExport"("trustId", "subjectStaffId", "createdAt");

-- CreateIndex
CREATE INDEX "DataExport_trustId_requestedById_createdAt_idx" ON "DataExport"("trustId", "requestedById", "createdAt");

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_subjectStaffId_fkey" FOREIGN KEY ("subjectStaffId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
