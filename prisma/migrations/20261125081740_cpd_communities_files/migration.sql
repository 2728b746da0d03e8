-- CreateEnum
CREATE TYPE "CommunityKind" AS ENUM ('SUBJECT_COMMUNITY', 'PROFESSIONAL_NETWORK', 'STRATEGIC_DEVELOPMENT_GROUP', 'TEAM_NETWORKING_GROUP', 'PHASE_NETWORK');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('MEMBER', 'LEADER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('CURRICULUM', 'SCHEME_OF_WORK', 'LESSON_RESOURCE', 'RESEARCH', 'POLICY', 'OTHER');

-- CreateEnum
CREATE TYPE "ExpertiseLevel" AS ENUM ('LEADING_PRACTITIONER', 'SPECIALIST_LEADER_OF_EDUCATION', 'EXPERIENCED', 'DEVELOPING');

-- CreateEnum
CREATE TYPE "CpdType" AS ENUM ('COURSE', 'INSET', 'COACHING', 'MENTORING', 'OBSERVATION', 'NETWORK_MEETING', 'CONFERENCE', 'QUALIFICATION_STUDY', 'RESEARCH_READING', 'SCHOOL_VISIT', 'SELF_STUDY', 'STATUTORY_TRAINING');

-- CreateEnum
CREATE TYPE "CpdStrand" AS ENUM ('PROFESSIONAL_LEARNING', 'LEADERSHIP_DEVELOPMENT', 'PROFESSIONAL_NETWORKS', 'QUALITY_ASSURANCE');

-- CreateEnum
CREATE TYPE "CpdStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED');

-- CreateEnum
CREATE TYPE "CpdTargetScope" AS ENUM ('DEFAULT', 'TEACHER', 'SUPPORT', 'LEADERSHIP');

-- CreateEnum
CREATE TYPE "Designation" AS ENUM ('DESIGNATED_SAFEGUARDING_LEAD', 'DEPUTY_SAFEGUARDING_LEAD', 'FIRST_AIDER', 'PAEDIATRIC_FIRST_AIDER', 'SENCO', 'EARLY_YEARS_PRACTITIONER');

-- CreateEnum
CREATE TYPE "QualificationKind" AS ENUM ('QTS', 'NPQ_LEADING_TEACHER_DEVELOPMENT', 'NPQ_LEADING_TEACHING', 'NPQ_LEADING_BEHAVIOUR_AND_CULTURE', 'NPQ_LEADING_LITERACY', 'NPQ_LEADING_PRIMARY_MATHEMATICS', 'NPQ_SENIOR_LEADERSHIP', 'NPQ_HEADSHIP', 'NPQ_EXECUTIVE_LEADERSHIP', 'NPQ_EARLY_YEARS_LEADERSHIP', 'NPQ_SENCO', 'MASTERS', 'DOCTORATE', 'APPRENTICESHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "QualificationStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "InductionReviewKind" AS ENUM ('PROGRESS_REVIEW', 'FORMAL_ASSESSMENT');

-- CreateEnum
CREATE TYPE "InductionOutcome" AS ENUM ('ON_TRACK', 'NOT_ON_TRACK', 'SATISFACTORY', 'UNSATISFACTORY');

-- CreateEnum
CREATE TYPE "FilePurpose" AS ENUM ('CPD_EVIDENCE', 'CERTIFICATE', 'RESOURCE');

-- CreateTable
CREATE TABLE "Community" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommunityKind" NOT NULL,
    "subject" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "clusterId" UUID,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityInvitation" (
    "trustId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "invitedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityInvitation_pkey" PRIMARY KEY ("communityId","staffMemberId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "location" TEXT,
    "onlineUrl" TEXT,
    "agenda" TEXT,
    "minutes" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "registerClosedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "trustId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "attended" BOOLEAN NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("meetingId","staffMemberId")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "ResourceKind" NOT NULL,
    "url" TEXT,
    "fileId" UUID,
    "tags" TEXT[],
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expertise" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "area" TEXT NOT NULL,
    "level" "ExpertiseLevel" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "willingToSupport" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expertise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CpdActivity" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "type" "CpdType" NOT NULL,
    "strand" "CpdStrand" NOT NULL,
    "provider" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "subject" TEXT,
    "communityId" UUID,
    "meetingId" UUID,
    "reflection" TEXT,
    "impact" TEXT,
    "evidenceUrl" TEXT,
    "evidenceFileId" UUID,
    "status" "CpdStatus" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CpdActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CpdTarget" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "scope" "CpdTargetScope" NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "CpdTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffDesignation" (
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "designation" "Designation" NOT NULL,

    CONSTRAINT "StaffDesignation_pkey" PRIMARY KEY ("staffMemberId","designation")
);

-- CreateTable
CREATE TABLE "TrainingRequirement" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "categories" "StaffCategory"[],
    "designation" "Designation",
    "validityMonths" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingCompletion" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "completedOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "certificateFileId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "kind" "QualificationKind" NOT NULL,
    "title" TEXT,
    "status" "QualificationStatus" NOT NULL,
    "startDate" DATE,
    "completedOn" DATE,
    "provider" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Qualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EarlyCareerInduction" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "inductionYear" INTEGER NOT NULL,
    "mentorId" UUID,
    "inductionTutorId" UUID,
    "startDate" DATE NOT NULL,
    "expectedCompletion" DATE NOT NULL,
    "completedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EarlyCareerInduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InductionReview" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "inductionId" UUID NOT NULL,
    "kind" "InductionReviewKind" NOT NULL,
    "dueOn" DATE NOT NULL,
    "heldOn" DATE,
    "outcome" "InductionOutcome",
    "notes" TEXT,

    CONSTRAINT "InductionReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "purpose" "FilePurpose" NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Community_trustId_name_key" ON "Community"("trustId", "name");

-- CreateIndex
CREATE INDEX "Membership_staffMemberId_idx" ON "Membership"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_communityId_staffMemberId_key" ON "Membership"("communityId", "staffMemberId");

-- CreateIndex
CREATE INDEX "Meeting_communityId_startsAt_idx" ON "Meeting"("communityId", "startsAt");

-- CreateIndex
CREATE INDEX "Attendance_staffMemberId_idx" ON "Attendance"("staffMemberId");

-- CreateIndex
CREATE INDEX "Resource_communityId_createdAt_idx" ON "Resource"("communityId", "createdAt");

-- CreateIndex
CREATE INDEX "Expertise_trustId_willingToSupport_idx" ON "Expertise"("trustId", "willingToSupport");

-- CreateIndex
CREATE INDEX "Expertise_staffMemberId_idx" ON "Expertise"("staffMemberId");

-- CreateIndex
CREATE INDEX "CpdActivity_staffMemberId_startDate_idx" ON "CpdActivity"("staffMemberId", "startDate");

-- CreateIndex
CREATE INDEX "CpdActivity_schoolId_status_idx" ON "CpdActivity"("schoolId", "status");

-- CreateIndex
CREATE INDEX "CpdActivity_trustId_startDate_idx" ON "CpdActivity"("trustId", "startDate");

-- CreateIndex
CREATE INDEX "CpdActivity_communityId_startDate_idx" ON "CpdActivity"("communityId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "CpdActivity_meetingId_staffMemberId_key" ON "CpdActivity"("meetingId", "staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "CpdTarget_trustId_startYear_scope_key" ON "CpdTarget"("trustId", "startYear", "scope");

-- CreateIndex
CREATE INDEX "StaffDesignation_trustId_designation_idx" ON "StaffDesignation"("trustId", "designation");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingRequirement_trustId_name_key" ON "TrainingRequirement"("trustId", "name");

-- CreateIndex
CREATE INDEX "TrainingCompletion_staffMemberId_requirementId_expiresOn_idx" ON "TrainingCompletion"("staffMemberId", "requirementId", "expiresOn");

-- CreateIndex
CREATE INDEX "TrainingCompletion_trustId_expiresOn_idx" ON "TrainingCompletion"("trustId", "expiresOn");

-- CreateIndex
CREATE INDEX "Qualification_staffMemberId_idx" ON "Qualification"("staffMemberId");

-- CreateIndex
CREATE INDEX "Qualification_trustId_kind_status_idx" ON "Qualification"("trustId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EarlyCareerInduction_staffMemberId_key" ON "EarlyCareerInduction"("staffMemberId");

-- CreateIndex
CREATE INDEX "InductionReview_inductionId_dueOn_idx" ON "InductionReview"("inductionId", "dueOn");

-- CreateIndex
CREATE INDEX "StoredFile_trustId_purpose_idx" ON "StoredFile"("trustId", "purpose");

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityInvitation" ADD CONSTRAINT "CommunityInvitation_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityInvitation" ADD CONSTRAINT "CommunityInvitation_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expertise" ADD CONSTRAINT "Expertise_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffDesignation" ADD CONSTRAINT "StaffDesignation_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "TrainingRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_certificateFileId_fkey" FOREIGN KEY ("certificateFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarlyCareerInduction" ADD CONSTRAINT "EarlyCareerInduction_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarlyCareerInduction" ADD CONSTRAINT "EarlyCareerInduction_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarlyCareerInduction" ADD CONSTRAINT "EarlyCareerInduction_inductionTutorId_fkey" FOREIGN KEY ("inductionTutorId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionReview" ADD CONSTRAINT "InductionReview_inductionId_fkey" FOREIGN KEY ("inductionId") REFERENCES "EarlyCareerInduction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
