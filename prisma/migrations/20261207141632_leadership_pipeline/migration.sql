-- CreateEnum
CREATE TYPE "NpqFunding" AS ENUM ('FUNDED', 'SCHOOL_PAID', 'TRUST_PAID');

-- CreateEnum
CREATE TYPE "AspirationRoute" AS ENUM ('MIDDLE_LEADER', 'SENIOR_LEADER', 'DEPUTY_HEAD', 'HEADTEACHER', 'EXECUTIVE_LEADER', 'LEAD_PRACTITIONER', 'SPECIALIST_LEADER_OF_EDUCATION');

-- CreateEnum
CREATE TYPE "Readiness" AS ENUM ('READY_NOW', 'ONE_TO_TWO_YEARS', 'THREE_PLUS_YEARS');

-- CreateEnum
CREATE TYPE "KeyPost" AS ENUM ('HEADTEACHER', 'DEPUTY_HEAD', 'SENCO', 'DESIGNATED_SAFEGUARDING_LEAD', 'BUSINESS_MANAGER', 'HEAD_OF_ENGLISH', 'HEAD_OF_MATHEMATICS');

-- AlterEnum
ALTER TYPE "QualificationKind" ADD VALUE 'EARLY_HEADSHIP_COACHING_OFFER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QualificationStatus" ADD VALUE 'APPLIED';
ALTER TYPE "QualificationStatus" ADD VALUE 'WITHDRAWN';
ALTER TYPE "QualificationStatus" ADD VALUE 'NOT_PASSED';

-- AlterTable
ALTER TABLE "Qualification" ADD COLUMN     "cohort" TEXT,
ADD COLUMN     "funding" "NpqFunding",
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" UUID;

-- CreateTable
CREATE TABLE "Aspiration" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "route" "AspirationRoute" NOT NULL,
    "development" TEXT NOT NULL,
    "readiness" "Readiness",
    "endorsementNote" TEXT,
    "endorsedAt" TIMESTAMP(3),
    "endorsedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Aspiration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessionPost" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "post" "KeyPost" NOT NULL,
    "holderId" UUID,
    "emergencyCoverId" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuccessionPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessionCandidate" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "postId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "readiness" "Readiness" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuccessionCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Aspiration_trustId_readiness_idx" ON "Aspiration"("trustId", "readiness");

-- CreateIndex
CREATE UNIQUE INDEX "Aspiration_staffMemberId_route_key" ON "Aspiration"("staffMemberId", "route");

-- CreateIndex
CREATE INDEX "SuccessionPost_trustId_idx" ON "SuccessionPost"("trustId");

-- CreateIndex
CREATE UNIQUE INDEX "SuccessionPost_schoolId_post_key" ON "SuccessionPost"("schoolId", "post");

-- CreateIndex
CREATE INDEX "SuccessionCandidate_staffMemberId_idx" ON "SuccessionCandidate"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "SuccessionCandidate_postId_staffMemberId_key" ON "SuccessionCandidate"("postId", "staffMemberId");

-- AddForeignKey
ALTER TABLE "Aspiration" ADD CONSTRAINT "Aspiration_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessionPost" ADD CONSTRAINT "SuccessionPost_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessionPost" ADD CONSTRAINT "SuccessionPost_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessionPost" ADD CONSTRAINT "SuccessionPost_emergencyCoverId_fkey" FOREIGN KEY ("emergencyCoverId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessionCandidate" ADD CONSTRAINT "SuccessionCandidate_postId_fkey" FOREIGN KEY ("postId") REFERENCES "SuccessionPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessionCandidate" ADD CONSTRAINT "SuccessionCandidate_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
