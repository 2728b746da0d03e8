-- CreateIndex
CREATE INDEX "ActionNote_authorId_idx" ON "ActionNote"("authorId");

-- CreateIndex
CREATE INDEX "CoachingPairing_coachId_idx" ON "CoachingPairing"("coachId");

-- CreateIndex
CREATE INDEX "CoachingPairing_coacheeId_idx" ON "CoachingPairing"("coacheeId");

-- CreateIndex
CREATE INDEX "CommunityInvitation_staffMemberId_idx" ON "CommunityInvitation"("staffMemberId");

-- CreateIndex
CREATE INDEX "CpdActivity_evidenceFileId_idx" ON "CpdActivity"("evidenceFileId");

-- CreateIndex
CREATE INDEX "CpdActivity_verifiedById_idx" ON "CpdActivity"("verifiedById");

-- CreateIndex
CREATE INDEX "CsiLevel_setById_idx" ON "CsiLevel"("setById");

-- CreateIndex
CREATE INDEX "DataExport_subjectStaffId_idx" ON "DataExport"("subjectStaffId");

-- CreateIndex
CREATE INDEX "DataExport_requestedById_idx" ON "DataExport"("requestedById");

-- CreateIndex
CREATE INDEX "DataExport_fileId_idx" ON "DataExport"("fileId");

-- CreateIndex
CREATE INDEX "DropInReply_authorId_idx" ON "DropInReply"("authorId");

-- CreateIndex
CREATE INDEX "EarlyCareerInduction_mentorId_idx" ON "EarlyCareerInduction"("mentorId");

-- CreateIndex
CREATE INDEX "EarlyCareerInduction_inductionTutorId_idx" ON "EarlyCareerInduction"("inductionTutorId");

-- CreateIndex
CREATE INDEX "GovernanceTraining_userId_idx" ON "GovernanceTraining"("userId");

-- CreateIndex
CREATE INDEX "GovernanceVisit_visitorUserId_idx" ON "GovernanceVisit"("visitorUserId");

-- CreateIndex
CREATE INDEX "ImprovementPriority_ownerId_idx" ON "ImprovementPriority"("ownerId");

-- CreateIndex
CREATE INDEX "ImprovementPriority_createdById_idx" ON "ImprovementPriority"("createdById");

-- CreateIndex
CREATE INDEX "MentorMeeting_mentorId_idx" ON "MentorMeeting"("mentorId");

-- CreateIndex
CREATE INDEX "PriorityProgress_recordedById_idx" ON "PriorityProgress"("recordedById");

-- CreateIndex
CREATE INDEX "RecordAccess_subjectStaffId_idx" ON "RecordAccess"("subjectStaffId");

-- CreateIndex
CREATE INDEX "RecordAccess_viewerUserId_idx" ON "RecordAccess"("viewerUserId");

-- CreateIndex
CREATE INDEX "Resource_fileId_idx" ON "Resource"("fileId");

-- CreateIndex
CREATE INDEX "Resource_authorId_idx" ON "Resource"("authorId");

-- CreateIndex
CREATE INDEX "ReviewAction_ownerId_idx" ON "ReviewAction"("ownerId");

-- CreateIndex
CREATE INDEX "StaffMember_lineManagerId_idx" ON "StaffMember"("lineManagerId");

-- CreateIndex
CREATE INDEX "SuccessionPost_holderId_idx" ON "SuccessionPost"("holderId");

-- CreateIndex
CREATE INDEX "SuccessionPost_emergencyCoverId_idx" ON "SuccessionPost"("emergencyCoverId");

-- CreateIndex
CREATE INDEX "TrainingCompletion_certificateFileId_idx" ON "TrainingCompletion"("certificateFileId");
