-- CreateEnum
CREATE TYPE "AppraisalReviewKind" AS ENUM ('MID_YEAR', 'END_OF_YEAR');

-- CreateEnum
CREATE TYPE "ObjectiveProgress" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'BEHIND', 'ACHIEVED', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "PayOutcome" AS ENUM ('RECOMMENDED', 'NOT_RECOMMENDED', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "AppraisalCycle" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "objectivesFrom" DATE NOT NULL,
    "objectivesTo" DATE NOT NULL,
    "headsObjectivesTo" DATE NOT NULL,
    "midYearFrom" DATE NOT NULL,
    "midYearTo" DATE NOT NULL,
    "endYearFrom" DATE NOT NULL,
    "endYearTo" DATE NOT NULL,
    "supportStaff" BOOLEAN NOT NULL DEFAULT true,
    "minObjectives" INTEGER NOT NULL DEFAULT 2,
    "maxObjectives" INTEGER NOT NULL DEFAULT 4,
    "payRecommendations" BOOLEAN NOT NULL DEFAULT true,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalPlan" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "isHead" BOOLEAN NOT NULL DEFAULT false,
    "revieweeAgreedAt" TIMESTAMP(3),
    "reviewerAgreedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalPanelMember" (
    "trustId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "AppraisalPanelMember_pkey" PRIMARY KEY ("planId","userId")
);

-- CreateTable
CREATE TABLE "AppraisalObjective" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "successIndicators" TEXT NOT NULL,
    "timeframe" TEXT NOT NULL,
    "priorityId" UUID,
    "trustPriority" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalObjectiveEvidence" (
    "trustId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "activityId" UUID NOT NULL,

    CONSTRAINT "AppraisalObjectiveEvidence_pkey" PRIMARY KEY ("objectiveId","activityId")
);

-- CreateTable
CREATE TABLE "AppraisalReview" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "AppraisalReviewKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "revieweeComment" TEXT NOT NULL DEFAULT '',
    "reviewerComment" TEXT NOT NULL DEFAULT '',
    "workload" TEXT NOT NULL DEFAULT '',
    "wellbeing" TEXT NOT NULL DEFAULT '',
    "flexibleWorking" TEXT NOT NULL DEFAULT '',
    "careerAspirations" TEXT NOT NULL DEFAULT '',
    "revieweeSignedAt" TIMESTAMP(3),
    "reviewerSignedAt" TIMESTAMP(3),
    "supersededAt" TIMESTAMP(3),
    "correctionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalObjectiveProgress" (
    "trustId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "progress" "ObjectiveProgress" NOT NULL,
    "revieweeComment" TEXT NOT NULL DEFAULT '',
    "reviewerComment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AppraisalObjectiveProgress_pkey" PRIMARY KEY ("reviewId","objectiveId")
);

-- CreateTable
CREATE TABLE "AppraisalPay" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "outcome" "PayOutcome" NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppraisalPay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalCycle_trustId_academicYear_key" ON "AppraisalCycle"("trustId", "academicYear");

-- CreateIndex
CREATE INDEX "AppraisalPlan_trustId_schoolId_academicYear_idx" ON "AppraisalPlan"("trustId", "schoolId", "academicYear");

-- CreateIndex
CREATE INDEX "AppraisalPlan_reviewerId_academicYear_idx" ON "AppraisalPlan"("reviewerId", "academicYear");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalPlan_staffMemberId_academicYear_key" ON "AppraisalPlan"("staffMemberId", "academicYear");

-- CreateIndex
CREATE INDEX "AppraisalPanelMember_userId_idx" ON "AppraisalPanelMember"("userId");

-- CreateIndex
CREATE INDEX "AppraisalObjective_planId_idx" ON "AppraisalObjective"("planId");

-- CreateIndex
CREATE INDEX "AppraisalObjectiveEvidence_activityId_idx" ON "AppraisalObjectiveEvidence"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalReview_planId_kind_version_key" ON "AppraisalReview"("planId", "kind", "version");

-- CreateIndex
CREATE INDEX "AppraisalObjectiveProgress_objectiveId_idx" ON "AppraisalObjectiveProgress"("objectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalPay_planId_key" ON "AppraisalPay"("planId");

-- AddForeignKey
ALTER TABLE "AppraisalPlan" ADD CONSTRAINT "AppraisalPlan_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalPlan" ADD CONSTRAINT "AppraisalPlan_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalPanelMember" ADD CONSTRAINT "AppraisalPanelMember_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AppraisalPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalPanelMember" ADD CONSTRAINT "AppraisalPanelMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalObjective" ADD CONSTRAINT "AppraisalObjective_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AppraisalPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalObjective" ADD CONSTRAINT "AppraisalObjective_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "ImprovementPriority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalObjectiveEvidence" ADD CONSTRAINT "AppraisalObjectiveEvidence_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "AppraisalObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalObjectiveEvidence" ADD CONSTRAINT "AppraisalObjectiveEvidence_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "CpdActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalReview" ADD CONSTRAINT "AppraisalReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AppraisalPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalObjectiveProgress" ADD CONSTRAINT "AppraisalObjectiveProgress_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "AppraisalReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalObjectiveProgress" ADD CONSTRAINT "AppraisalObjectiveProgress_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "AppraisalObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalPay" ADD CONSTRAINT "AppraisalPay_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AppraisalPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
