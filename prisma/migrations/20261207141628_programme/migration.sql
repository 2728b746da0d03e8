-- CreateEnum
CREATE TYPE "CourseKind" AS ENUM ('COURSE', 'CONFERENCE', 'SCHOOL_VISIT');

-- CreateEnum
CREATE TYPE "CourseStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'BOOKED', 'WAITING', 'OFFERED', 'DECLINED', 'CANCELLED');

-- AlterTable
ALTER TABLE "CpdActivity" ADD COLUMN     "courseSessionId" UUID;

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "strand" "CpdStrand" NOT NULL,
    "kind" "CourseKind" NOT NULL,
    "careerStages" "CareerStage"[],
    "categories" "StaffCategory"[],
    "phases" "SchoolPhase"[],
    "providerSchoolId" UUID,
    "providerName" TEXT,
    "places" INTEGER NOT NULL,
    "needsApproval" BOOLEAN NOT NULL DEFAULT false,
    "bookingDeadline" DATE,
    "status" "CourseStatus" NOT NULL DEFAULT 'DRAFT',
    "ownerSchoolId" UUID,
    "communityId" UUID,
    "createdById" UUID NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseSession" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "title" TEXT,
    "slot" INTEGER NOT NULL DEFAULT 1,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "venue" TEXT,
    "onlineUrl" TEXT,

    CONSTRAINT "CourseSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseBooking" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "reason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offerExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourseBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingSession" (
    "bookingId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "slot" INTEGER NOT NULL,

    CONSTRAINT "BookingSession_pkey" PRIMARY KEY ("bookingId","sessionId")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "trustId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "attended" BOOLEAN NOT NULL,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("sessionId","staffMemberId")
);

-- CreateTable
CREATE TABLE "CourseFeedback" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "willTry" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactFollowUp" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "courseId" UUID,
    "activityId" UUID,
    "title" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "askedAt" TIMESTAMP(3),
    "changedPractice" BOOLEAN,
    "practice" TEXT,
    "pupils" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "staffMemberId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Course_trustId_status_idx" ON "Course"("trustId", "status");

-- CreateIndex
CREATE INDEX "CourseSession_courseId_startsAt_idx" ON "CourseSession"("courseId", "startsAt");

-- CreateIndex
CREATE INDEX "CourseSession_trustId_startsAt_idx" ON "CourseSession"("trustId", "startsAt");

-- CreateIndex
CREATE INDEX "CourseBooking_courseId_status_queuedAt_idx" ON "CourseBooking"("courseId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "CourseBooking_schoolId_status_idx" ON "CourseBooking"("schoolId", "status");

-- CreateIndex
CREATE INDEX "CourseBooking_staffMemberId_idx" ON "CourseBooking"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseBooking_courseId_staffMemberId_key" ON "CourseBooking"("courseId", "staffMemberId");

-- CreateIndex
CREATE INDEX "BookingSession_sessionId_idx" ON "BookingSession"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "BookingSession_bookingId_slot_key" ON "BookingSession"("bookingId", "slot");

-- CreateIndex
CREATE INDEX "SessionAttendance_staffMemberId_idx" ON "SessionAttendance"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseFeedback_courseId_staffMemberId_key" ON "CourseFeedback"("courseId", "staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactFollowUp_activityId_key" ON "ImpactFollowUp"("activityId");

-- CreateIndex
CREATE INDEX "ImpactFollowUp_trustId_dueAt_idx" ON "ImpactFollowUp"("trustId", "dueAt");

-- CreateIndex
CREATE INDEX "ImpactFollowUp_staffMemberId_answeredAt_idx" ON "ImpactFollowUp"("staffMemberId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactFollowUp_courseId_staffMemberId_key" ON "ImpactFollowUp"("courseId", "staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_staffMemberId_key" ON "CalendarFeed"("staffMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE UNIQUE INDEX "CpdActivity_courseSessionId_staffMemberId_key" ON "CpdActivity"("courseSessionId", "staffMemberId");

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_courseSessionId_fkey" FOREIGN KEY ("courseSessionId") REFERENCES "CourseSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseBooking" ADD CONSTRAINT "CourseBooking_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseBooking" ADD CONSTRAINT "CourseBooking_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingSession" ADD CONSTRAINT "BookingSession_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "CourseBooking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingSession" ADD CONSTRAINT "BookingSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseFeedback" ADD CONSTRAINT "CourseFeedback_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;
