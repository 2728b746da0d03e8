-- CreateEnum
CREATE TYPE "CoachingCadence" AS ENUM ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'HALF_TERMLY');

-- AlterEnum
ALTER TYPE "CpdType" ADD VALUE 'COACHING_GIVEN';

-- AlterTable
ALTER TABLE "CpdActivity" ADD COLUMN     "coachingSessionId" UUID;

-- CreateTable
CREATE TABLE "CoachingPairing" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "coachId" UUID NOT NULL,
    "coacheeId" UUID NOT NULL,
    "focus" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "cadence" "CoachingCadence" NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoachingPairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingStep" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "pairingId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "setOn" DATE NOT NULL,
    "securedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachingStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingSession" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "pairingId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "notes" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoachingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DropInVisit" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "teacherId" UUID NOT NULL,
    "visitorId" UUID NOT NULL,
    "visitedOn" DATE NOT NULL,
    "focus" TEXT NOT NULL,
    "wentWell" TEXT NOT NULL,
    "nextStep" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DropInVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DropInReply" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DropInReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoachingPairing_trustId_coacheeId_idx" ON "CoachingPairing"("trustId", "coacheeId");

-- CreateIndex
CREATE INDEX "CoachingPairing_trustId_coachId_idx" ON "CoachingPairing"("trustId", "coachId");

-- CreateIndex
CREATE INDEX "CoachingStep_pairingId_createdAt_idx" ON "CoachingStep"("pairingId", "createdAt");

-- CreateIndex
CREATE INDEX "CoachingSession_pairingId_heldOn_idx" ON "CoachingSession"("pairingId", "heldOn");

-- CreateIndex
CREATE INDEX "CoachingSession_trustId_heldOn_idx" ON "CoachingSession"("trustId", "heldOn");

-- CreateIndex
CREATE INDEX "DropInVisit_trustId_schoolId_visitedOn_idx" ON "DropInVisit"("trustId", "schoolId", "visitedOn");

-- CreateIndex
CREATE INDEX "DropInVisit_teacherId_visitedOn_idx" ON "DropInVisit"("teacherId", "visitedOn");

-- CreateIndex
CREATE INDEX "DropInVisit_visitorId_visitedOn_idx" ON "DropInVisit"("visitorId", "visitedOn");

-- CreateIndex
CREATE INDEX "DropInReply_visitId_createdAt_idx" ON "DropInReply"("visitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CpdActivity_coachingSessionId_staffMemberId_key" ON "CpdActivity"("coachingSessionId", "staffMemberId");

-- AddForeignKey
ALTER TABLE "CoachingPairing" ADD CONSTRAINT "CoachingPairing_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingPairing" ADD CONSTRAINT "CoachingPairing_coacheeId_fkey" FOREIGN KEY ("coacheeId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingStep" ADD CONSTRAINT "CoachingStep_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "CoachingPairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingSession" ADD CONSTRAINT "CoachingSession_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "CoachingPairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropInVisit" ADD CONSTRAINT "DropInVisit_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropInVisit" ADD CONSTRAINT "DropInVisit_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropInReply" ADD CONSTRAINT "DropInReply_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "DropInVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropInReply" ADD CONSTRAINT "DropInReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_coachingSessionId_fkey" FOREIGN KEY ("coachingSessionId") REFERENCES "CoachingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
