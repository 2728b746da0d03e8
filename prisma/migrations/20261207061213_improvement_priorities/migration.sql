-- CreateEnum
CREATE TYPE "PriorityRag" AS ENUM ('GREEN', 'AMBER', 'RED');

-- AlterTable
ALTER TABLE "ReviewAction" ADD COLUMN     "priorityId" UUID;

-- CreateTable
CREATE TABLE "ImprovementPriority" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "reviewId" UUID,
    "areaId" UUID,
    "strand" "CpdStrand" NOT NULL,
    "ownerId" UUID NOT NULL,
    "successCriteria" TEXT NOT NULL,
    "copiedFromId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImprovementPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityMilestone" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "priorityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriorityMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityProgress" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "priorityId" UUID NOT NULL,
    "term" INTEGER NOT NULL,
    "rating" "PriorityRag" NOT NULL,
    "note" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriorityProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementPriority_copiedFromId_key" ON "ImprovementPriority"("copiedFromId");

-- CreateIndex
CREATE INDEX "ImprovementPriority_trustId_schoolId_academicYear_idx" ON "ImprovementPriority"("trustId", "schoolId", "academicYear");

-- CreateIndex
CREATE INDEX "ImprovementPriority_trustId_academicYear_idx" ON "ImprovementPriority"("trustId", "academicYear");

-- CreateIndex
CREATE INDEX "PriorityMilestone_priorityId_dueOn_idx" ON "PriorityMilestone"("priorityId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityProgress_priorityId_term_key" ON "PriorityProgress"("priorityId", "term");

-- AddForeignKey
ALTER TABLE "ImprovementPriority" ADD CONSTRAINT "ImprovementPriority_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPriority" ADD CONSTRAINT "ImprovementPriority_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "SchoolReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPriority" ADD CONSTRAINT "ImprovementPriority_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "EvaluationArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPriority" ADD CONSTRAINT "ImprovementPriority_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPriority" ADD CONSTRAINT "ImprovementPriority_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPriority" ADD CONSTRAINT "ImprovementPriority_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "ImprovementPriority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityMilestone" ADD CONSTRAINT "PriorityMilestone_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "ImprovementPriority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityProgress" ADD CONSTRAINT "PriorityProgress_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "ImprovementPriority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityProgress" ADD CONSTRAINT "PriorityProgress_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "ImprovementPriority"("id") ON DELETE SET NULL ON UPDATE CASCADE;
