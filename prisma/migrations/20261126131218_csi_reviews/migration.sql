-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('HEAD_PEER_REVIEW', 'TRUST_QUALITY_ASSURANCE', 'CRITICAL_FRIEND_VISIT', 'EXTERNAL_REVIEW');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "CsiLevelKind" AS ENUM ('CHALLENGE', 'SUPPORT', 'INTERVENTION');

-- CreateEnum
CREATE TYPE "ReviewActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "SupportAgreementStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CriticalFriendKind" AS ENUM ('HEADTEACHER', 'TRUST_ADVISER', 'EXTERNAL_PARTNER');

-- CreateEnum
CREATE TYPE "AreaApplies" AS ENUM ('ALL', 'EARLY_YEARS', 'SIXTH_FORM');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "seriesId" UUID;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "hasEarlyYears" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hasSixthForm" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EvaluationFramework" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isLegacy" BOOLEAN NOT NULL DEFAULT false,
    "safeguarding" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "EvaluationFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationArea" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "appliesTo" "AreaApplies" NOT NULL DEFAULT 'ALL',

    CONSTRAINT "EvaluationArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationGrade" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "EvaluationGrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCycle" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "maxReviewsPerReviewer" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolReview" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "leadReviewerId" UUID NOT NULL,
    "visitDate" DATE,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "strengths" TEXT NOT NULL DEFAULT '',
    "areasForDevelopment" TEXT NOT NULL DEFAULT '',
    "evidenceNotes" TEXT NOT NULL DEFAULT '',
    "safeguardingMet" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersedesId" UUID,
    "supersededAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchoolReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewTeamMember" (
    "trustId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "ReviewTeamMember_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateTable
CREATE TABLE "Judgement" (
    "trustId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "gradeId" UUID NOT NULL,

    CONSTRAINT "Judgement_pkey" PRIMARY KEY ("reviewId","areaId")
);

-- CreateTable
CREATE TABLE "CsiLevel" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "level" "CsiLevelKind" NOT NULL,
    "rationale" TEXT NOT NULL,
    "setById" UUID NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CsiLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriticalFriend" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "kind" "CriticalFriendKind" NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriticalFriend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAction" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "areaId" UUID,
    "description" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ReviewActionStatus" NOT NULL DEFAULT 'OPEN',
    "supportAgreementId" UUID,
    "supportPeople" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionNote" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportAgreement" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "giverSchoolId" UUID NOT NULL,
    "receiverSchoolId" UUID NOT NULL,
    "focus" TEXT NOT NULL,
    "staffDeployed" TEXT NOT NULL DEFAULT '',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "status" "SupportAgreementStatus" NOT NULL DEFAULT 'ACTIVE',
    "outcomeNote" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustHoliday" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "TrustHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationFramework_trustId_code_key" ON "EvaluationFramework"("trustId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationArea_frameworkId_code_key" ON "EvaluationArea"("frameworkId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationGrade_frameworkId_code_key" ON "EvaluationGrade"("frameworkId", "code");

-- CreateIndex
CREATE INDEX "ReviewCycle_trustId_academicYear_idx" ON "ReviewCycle"("trustId", "academicYear");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCycle_trustId_name_key" ON "ReviewCycle"("trustId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolReview_supersedesId_key" ON "SchoolReview"("supersedesId");

-- CreateIndex
CREATE INDEX "SchoolReview_trustId_schoolId_status_idx" ON "SchoolReview"("trustId", "schoolId", "status");

-- CreateIndex
CREATE INDEX "SchoolReview_trustId_cycleId_idx" ON "SchoolReview"("trustId", "cycleId");

-- CreateIndex
CREATE INDEX "SchoolReview_leadReviewerId_status_idx" ON "SchoolReview"("leadReviewerId", "status");

-- CreateIndex
CREATE INDEX "ReviewTeamMember_userId_idx" ON "ReviewTeamMember"("userId");

-- CreateIndex
CREATE INDEX "CsiLevel_trustId_schoolId_setAt_idx" ON "CsiLevel"("trustId", "schoolId", "setAt");

-- CreateIndex
CREATE INDEX "CriticalFriend_trustId_schoolId_startsOn_idx" ON "CriticalFriend"("trustId", "schoolId", "startsOn");

-- CreateIndex
CREATE INDEX "CriticalFriend_userId_idx" ON "CriticalFriend"("userId");

-- CreateIndex
CREATE INDEX "ReviewAction_trustId_schoolId_status_dueOn_idx" ON "ReviewAction"("trustId", "schoolId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "ReviewAction_reviewId_idx" ON "ReviewAction"("reviewId");

-- CreateIndex
CREATE INDEX "ActionNote_actionId_at_idx" ON "ActionNote"("actionId", "at");

-- CreateIndex
CREATE INDEX "SupportAgreement_trustId_receiverSchoolId_idx" ON "SupportAgreement"("trustId", "receiverSchoolId");

-- CreateIndex
CREATE INDEX "SupportAgreement_trustId_giverSchoolId_idx" ON "SupportAgreement"("trustId", "giverSchoolId");

-- CreateIndex
CREATE INDEX "TrustHoliday_trustId_startsOn_idx" ON "TrustHoliday"("trustId", "startsOn");

-- AddForeignKey
ALTER TABLE "EvaluationArea" ADD CONSTRAINT "EvaluationArea_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "EvaluationFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationGrade" ADD CONSTRAINT "EvaluationGrade_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "EvaluationFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCycle" ADD CONSTRAINT "ReviewCycle_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "EvaluationFramework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolReview" ADD CONSTRAINT "SchoolReview_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolReview" ADD CONSTRAINT "SchoolReview_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolReview" ADD CONSTRAINT "SchoolReview_leadReviewerId_fkey" FOREIGN KEY ("leadReviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolReview" ADD CONSTRAINT "SchoolReview_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "SchoolReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewTeamMember" ADD CONSTRAINT "ReviewTeamMember_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "SchoolReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewTeamMember" ADD CONSTRAINT "ReviewTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judgement" ADD CONSTRAINT "Judgement_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "SchoolReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judgement" ADD CONSTRAINT "Judgement_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "EvaluationArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judgement" ADD CONSTRAINT "Judgement_gradeId_fkey" FOREIGN KEY ("gradeId") REFERENCES "EvaluationGrade"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsiLevel" ADD CONSTRAINT "CsiLevel_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsiLevel" ADD CONSTRAINT "CsiLevel_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsiLevel" ADD CONSTRAINT "CsiLevel_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriticalFriend" ADD CONSTRAINT "CriticalFriend_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriticalFriend" ADD CONSTRAINT "CriticalFriend_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "SchoolReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "EvaluationArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_supportAgreementId_fkey" FOREIGN KEY ("supportAgreementId") REFERENCES "SupportAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionNote" ADD CONSTRAINT "ActionNote_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ReviewAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionNote" ADD CONSTRAINT "ActionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportAgreement" ADD CONSTRAINT "SupportAgreement_giverSchoolId_fkey" FOREIGN KEY ("giverSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportAgreement" ADD CONSTRAINT "SupportAgreement_receiverSchoolId_fkey" FOREIGN KEY ("receiverSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
