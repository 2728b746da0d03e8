-- CreateEnum
CREATE TYPE "PlacementKind" AS ENUM ('TRANSFER', 'SECONDMENT', 'SWAP');

-- AlterTable
ALTER TABLE "EarlyCareerInduction" ADD COLUMN     "appropriateBody" TEXT,
ADD COLUMN     "expectedTerms" INTEGER NOT NULL DEFAULT 6;

-- AlterTable
ALTER TABLE "InductionReview" ADD COLUMN     "recordedById" UUID;

-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "misStaffId" TEXT;

-- CreateTable
CREATE TABLE "StaffImportMapping" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffPlacement" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "kind" "PlacementKind" NOT NULL,
    "fromSchoolId" UUID NOT NULL,
    "toSchoolId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "swapId" UUID,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffImportMapping_schoolId_key" ON "StaffImportMapping"("schoolId");

-- CreateIndex
CREATE INDEX "StaffPlacement_trustId_toSchoolId_startDate_idx" ON "StaffPlacement"("trustId", "toSchoolId", "startDate");

-- CreateIndex
CREATE INDEX "StaffPlacement_staffMemberId_startDate_idx" ON "StaffPlacement"("staffMemberId", "startDate");

-- CreateIndex
CREATE INDEX "StaffPlacement_swapId_idx" ON "StaffPlacement"("swapId");

-- CreateIndex
CREATE INDEX "StaffMember_trustId_email_idx" ON "StaffMember"("trustId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_schoolId_misStaffId_key" ON "StaffMember"("schoolId", "misStaffId");

-- AddForeignKey
ALTER TABLE "StaffImportMapping" ADD CONSTRAINT "StaffImportMapping_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffImportMapping" ADD CONSTRAINT "StaffImportMapping_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPlacement" ADD CONSTRAINT "StaffPlacement_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPlacement" ADD CONSTRAINT "StaffPlacement_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPlacement" ADD CONSTRAINT "StaffPlacement_fromSchoolId_fkey" FOREIGN KEY ("fromSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPlacement" ADD CONSTRAINT "StaffPlacement_toSchoolId_fkey" FOREIGN KEY ("toSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
