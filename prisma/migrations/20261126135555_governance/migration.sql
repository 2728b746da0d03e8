-- CreateEnum
CREATE TYPE "MetricDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "MetricPeriodKind" AS ENUM ('TERM', 'YEAR');

-- CreateEnum
CREATE TYPE "MetricSource" AS ENUM ('ENTERED', 'IMPORTED', 'COMPUTED');

-- CreateEnum
CREATE TYPE "VisitFocus" AS ENUM ('SAFEGUARDING', 'SEND', 'CURRICULUM', 'ATTENDANCE', 'BEHAVIOUR', 'WELLBEING', 'FINANCE', 'OTHER');

-- CreateTable
CREATE TABLE "MetricDefinition" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "direction" "MetricDirection" NOT NULL,
    "greenAt" DECIMAL(14,4),
    "redAt" DECIMAL(14,4),
    "minValue" DECIMAL(14,4),
    "maxValue" DECIMAL(14,4),
    "periodKind" "MetricPeriodKind" NOT NULL,
    "source" "MetricSource" NOT NULL,
    "phases" "SchoolPhase"[],
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricValue" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "metricId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "periodKey" INTEGER NOT NULL,
    "value" DECIMAL(14,4) NOT NULL,
    "source" "MetricSource" NOT NULL,
    "enteredById" UUID,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricValueChange" (
    "id" BIGSERIAL NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "metricId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "before" DECIMAL(14,4),
    "after" DECIMAL(14,4) NOT NULL,
    "source" "MetricSource" NOT NULL,
    "changedById" UUID,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricValueChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceVisit" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "visitorUserId" UUID NOT NULL,
    "visitedOn" DATE NOT NULL,
    "focus" "VisitFocus" NOT NULL,
    "met" TEXT NOT NULL,
    "report" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovernanceVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceExpectation" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "roles" "Role"[],
    "withinMonths" INTEGER NOT NULL,
    "renewMonths" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovernanceExpectation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceTraining" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expectationId" UUID,
    "title" TEXT NOT NULL,
    "provider" TEXT,
    "completedOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovernanceTraining_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MetricDefinition_trustId_key_key" ON "MetricDefinition"("trustId", "key");

-- CreateIndex
CREATE INDEX "MetricValue_trustId_metricId_periodKey_idx" ON "MetricValue"("trustId", "metricId", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "MetricValue_schoolId_metricId_period_key" ON "MetricValue"("schoolId", "metricId", "period");

-- CreateIndex
CREATE INDEX "MetricValueChange_trustId_schoolId_metricId_changedAt_idx" ON "MetricValueChange"("trustId", "schoolId", "metricId", "changedAt");

-- CreateIndex
CREATE INDEX "GovernanceVisit_trustId_schoolId_visitedOn_idx" ON "GovernanceVisit"("trustId", "schoolId", "visitedOn");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceExpectation_trustId_name_key" ON "GovernanceExpectation"("trustId", "name");

-- CreateIndex
CREATE INDEX "GovernanceTraining_trustId_userId_completedOn_idx" ON "GovernanceTraining"("trustId", "userId", "completedOn");

-- AddForeignKey
ALTER TABLE "MetricValue" ADD CONSTRAINT "MetricValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "MetricDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricValue" ADD CONSTRAINT "MetricValue_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceVisit" ADD CONSTRAINT "GovernanceVisit_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceVisit" ADD CONSTRAINT "GovernanceVisit_visitorUserId_fkey" FOREIGN KEY ("visitorUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceTraining" ADD CONSTRAINT "GovernanceTraining_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "GovernanceExpectation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceTraining" ADD CONSTRAINT "GovernanceTraining_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
