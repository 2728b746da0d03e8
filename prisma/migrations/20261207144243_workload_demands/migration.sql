-- CreateEnum
CREATE TYPE "DemandKind" AS ENUM ('MARKING_POLICY', 'DATA_DROP', 'REPORT_FORMAT', 'MEETING_PATTERN', 'OTHER');

-- CreateEnum
CREATE TYPE "DemandStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "WorkloadDemand" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID,
    "title" TEXT NOT NULL,
    "kind" "DemandKind" NOT NULL,
    "affects" "StaffCategory"[],
    "expectedMinutes" INTEGER NOT NULL,
    "replaces" TEXT NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "reviewOn" DATE NOT NULL,
    "status" "DemandStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkloadDemand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkloadCheck" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "demandId" UUID NOT NULL,
    "sentOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,

    CONSTRAINT "WorkloadCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkloadCheckInvite" (
    "checkId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "WorkloadCheckInvite_pkey" PRIMARY KEY ("checkId","userId")
);

-- CreateTable
CREATE TABLE "WorkloadCheckAnswer" (
    "id" UUID NOT NULL,
    "checkId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "phase" "SchoolPhase" NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "stage" "SurveyStage" NOT NULL,
    "minutes" INTEGER NOT NULL,
    "answeredOn" DATE NOT NULL,

    CONSTRAINT "WorkloadCheckAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkloadDemand_trustId_schoolId_status_idx" ON "WorkloadDemand"("trustId", "schoolId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WorkloadCheck_demandId_key" ON "WorkloadCheck"("demandId");

-- CreateIndex
CREATE INDEX "WorkloadCheckAnswer_checkId_idx" ON "WorkloadCheckAnswer"("checkId");

-- AddForeignKey
ALTER TABLE "WorkloadCheck" ADD CONSTRAINT "WorkloadCheck_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "WorkloadDemand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkloadCheckInvite" ADD CONSTRAINT "WorkloadCheckInvite_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "WorkloadCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkloadCheckAnswer" ADD CONSTRAINT "WorkloadCheckAnswer_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "WorkloadCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
