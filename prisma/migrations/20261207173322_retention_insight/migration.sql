-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LeaveReason" ADD VALUE 'MOVED_TO_ANOTHER_SCHOOL';
ALTER TYPE "LeaveReason" ADD VALUE 'LEFT_TEACHING';
ALTER TYPE "LeaveReason" ADD VALUE 'RELOCATION';
ALTER TYPE "LeaveReason" ADD VALUE 'WORKLOAD_OR_WELLBEING';
ALTER TYPE "LeaveReason" ADD VALUE 'FAMILY_OR_HEALTH';

-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "leaveNote" TEXT;

-- CreateTable
CREATE TABLE "ExitSurveyInvite" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresOn" DATE NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExitSurveyInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitSurveyResponse" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "phase" "SchoolPhase" NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "stage" "SurveyStage" NOT NULL,
    "answeredOn" DATE NOT NULL,

    CONSTRAINT "ExitSurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitSurveyAnswer" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "questionKey" TEXT NOT NULL,
    "value" INTEGER,
    "text" TEXT,

    CONSTRAINT "ExitSurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExitSurveyInvite_staffMemberId_key" ON "ExitSurveyInvite"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "ExitSurveyInvite_tokenHash_key" ON "ExitSurveyInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "ExitSurveyInvite_trustId_idx" ON "ExitSurveyInvite"("trustId");

-- CreateIndex
CREATE INDEX "ExitSurveyResponse_trustId_answeredOn_idx" ON "ExitSurveyResponse"("trustId", "answeredOn");

-- CreateIndex
CREATE INDEX "ExitSurveyAnswer_responseId_idx" ON "ExitSurveyAnswer"("responseId");

-- AddForeignKey
ALTER TABLE "ExitSurveyAnswer" ADD CONSTRAINT "ExitSurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ExitSurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;
