-- CreateEnum
CREATE TYPE "SchoolPhase" AS ENUM ('NURSERY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION');

-- CreateEnum
CREATE TYPE "SchoolType" AS ENUM ('ACADEMY_CONVERTER', 'ACADEMY_SPONSOR_LED', 'FREE_SCHOOL', 'SPECIAL_ACADEMY');

-- CreateEnum
CREATE TYPE "OfstedFramework" AS ENUM ('FOUR_GRADE', 'REPORT_CARD');

-- CreateEnum
CREATE TYPE "OfstedGrade" AS ENUM ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE');

-- CreateEnum
CREATE TYPE "ImprovementCapacity" AS ENUM ('NEEDS_SUPPORT', 'STABLE', 'CAPACITY_GIVER');

-- CreateEnum
CREATE TYPE "StaffCategory" AS ENUM ('TEACHER', 'SUPPORT', 'LEADERSHIP');

-- CreateEnum
CREATE TYPE "CareerStage" AS ENUM ('ECT', 'EARLY_CAREER', 'ESTABLISHED', 'MIDDLE_LEADER', 'SENIOR_LEADER', 'HEADTEACHER');

-- CreateEnum
CREATE TYPE "LeaveReason" AS ENUM ('RESIGNATION', 'RETIREMENT', 'END_OF_CONTRACT', 'PROMOTION_WITHIN_TRUST', 'PROMOTION_ELSEWHERE', 'DISMISSAL', 'OTHER');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STAFF', 'SENIOR_LEADER', 'HEADTEACHER', 'NETWORK_LEADER', 'LOCAL_GOVERNOR', 'TRUSTEE', 'TRUST_ADMIN');

-- CreateTable
CREATE TABLE "Trust" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Trust_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "clusterId" UUID,
    "urn" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "phase" "SchoolPhase" NOT NULL,
    "type" "SchoolType" NOT NULL,
    "pupilsOnRoll" INTEGER NOT NULL,
    "postcode" TEXT NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "ofstedFramework" "OfstedFramework",
    "ofstedGrade" "OfstedGrade",
    "ofstedReportCard" JSONB,
    "ofstedInspectedOn" DATE,
    "improvementCapacity" "ImprovementCapacity" NOT NULL DEFAULT 'STABLE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "userId" UUID,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "careerStage" "CareerStage" NOT NULL,
    "fte" DECIMAL(4,3) NOT NULL,
    "startDate" DATE NOT NULL,
    "leaveDate" DATE,
    "leaveReason" "LeaveReason",
    "subjects" TEXT[],
    "lineManagerId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "lockedUntil" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "schoolId" UUID,
    "communityId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "trustId" UUID NOT NULL,
    "actorUserId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_trustId_name_key" ON "Cluster"("trustId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "School_urn_key" ON "School"("urn");

-- CreateIndex
CREATE INDEX "School_trustId_name_idx" ON "School"("trustId", "name");

-- CreateIndex
CREATE INDEX "School_clusterId_idx" ON "School"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_userId_key" ON "StaffMember"("userId");

-- CreateIndex
CREATE INDEX "StaffMember_trustId_schoolId_lastName_firstName_idx" ON "StaffMember"("trustId", "schoolId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "StaffMember_schoolId_lastName_firstName_idx" ON "StaffMember"("schoolId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "StaffMember_trustId_lastName_firstName_idx" ON "StaffMember"("trustId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- CreateIndex
CREATE INDEX "RoleAssignment_schoolId_role_idx" ON "RoleAssignment"("schoolId", "role");

-- CreateIndex
CREATE INDEX "AuditLog_trustId_entity_entityId_idx" ON "AuditLog"("trustId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_trustId_at_idx" ON "AuditLog"("trustId", "at");

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_lineManagerId_fkey" FOREIGN KEY ("lineManagerId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
