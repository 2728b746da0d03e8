-- CreateEnum
CREATE TYPE "FrameworkArea" AS ENUM ('HIGH_EXPECTATIONS', 'HOW_PUPILS_LEARN', 'SUBJECT_AND_CURRICULUM', 'CLASSROOM_PRACTICE', 'ADAPTIVE_TEACHING', 'ASSESSMENT', 'MANAGING_BEHAVIOUR', 'PROFESSIONAL_BEHAVIOURS');

-- AlterTable
ALTER TABLE "CpdActivity" ADD COLUMN     "mentorMeetingId" UUID;

-- CreateTable
CREATE TABLE "MentorMeeting" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "inductionId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "areas" "FrameworkArea"[],
    "notes" TEXT,
    "nextStep" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MentorMeeting_inductionId_heldOn_idx" ON "MentorMeeting"("inductionId", "heldOn");

-- CreateIndex
CREATE INDEX "MentorMeeting_trustId_heldOn_idx" ON "MentorMeeting"("trustId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "CpdActivity_mentorMeetingId_staffMemberId_key" ON "CpdActivity"("mentorMeetingId", "staffMemberId");

-- AddForeignKey
ALTER TABLE "CpdActivity" ADD CONSTRAINT "CpdActivity_mentorMeetingId_fkey" FOREIGN KEY ("mentorMeetingId") REFERENCES "MentorMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMeeting" ADD CONSTRAINT "MentorMeeting_inductionId_fkey" FOREIGN KEY ("inductionId") REFERENCES "EarlyCareerInduction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMeeting" ADD CONSTRAINT "MentorMeeting_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
