-- CreateEnum
CREATE TYPE "RetentionKind" AS ENUM ('PERSONNEL', 'INVITATIONS', 'SESSIONS', 'MAIL_OUTBOX', 'ACCESS_LOG', 'AUDIT_LOG', 'EXPORTS');

-- CreateEnum
CREATE TYPE "RetentionUnit" AS ENUM ('DAYS', 'MONTHS', 'YEARS');

-- CreateEnum
CREATE TYPE "RetentionReviewStatus" AS ENUM ('PENDING', 'ERASED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ErasureSource" AS ENUM ('SCHEDULE', 'REQUEST');

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "retentionAutoErase" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RetentionRule" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "kind" "RetentionKind" NOT NULL,
    "period" INTEGER NOT NULL,
    "unit" "RetentionUnit" NOT NULL,
    "basis" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "RetentionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionReview" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "kind" "RetentionKind" NOT NULL,
    "staffMemberId" UUID,
    "dueOn" DATE NOT NULL,
    "cutoff" TIMESTAMP(3),
    "count" INTEGER NOT NULL DEFAULT 0,
    "status" "RetentionReviewStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,

    CONSTRAINT "RetentionReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalHold" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "placedById" UUID NOT NULL,
    "placedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMP(3),
    "liftedById" UUID,

    CONSTRAINT "LegalHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Erasure" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "source" "ErasureSource" NOT NULL,
    "reason" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "erasedById" UUID,
    "erasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Erasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_trustId_kind_key" ON "RetentionRule"("trustId", "kind");

-- CreateIndex
CREATE INDEX "RetentionReview_trustId_status_kind_idx" ON "RetentionReview"("trustId", "status", "kind");

-- CreateIndex
CREATE INDEX "RetentionReview_staffMemberId_idx" ON "RetentionReview"("staffMemberId");

-- CreateIndex
CREATE INDEX "LegalHold_trustId_liftedAt_idx" ON "LegalHold"("trustId", "liftedAt");

-- CreateIndex
CREATE INDEX "LegalHold_staffMemberId_idx" ON "LegalHold"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "Erasure_staffMemberId_key" ON "Erasure"("staffMemberId");

-- CreateIndex
CREATE INDEX "Erasure_trustId_erasedAt_idx" ON "Erasure"("trustId", "erasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Erasure_trustId_pseudonym_key" ON "Erasure"("trustId", "pseudonym");

-- AddForeignKey
ALTER TABLE "RetentionReview" ADD CONSTRAINT "RetentionReview_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalHold" ADD CONSTRAINT "LegalHold_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Erasure" ADD CONSTRAINT "Erasure_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
