-- CreateIndex
CREATE INDEX "EarlyCareerInduction_trustId_staffMemberId_idx" ON "EarlyCareerInduction"("trustId", "staffMemberId");

-- CreateIndex
CREATE INDEX "DropInReply_trustId_visitId_idx" ON "DropInReply"("trustId", "visitId");

-- CreateIndex
CREATE INDEX "ExitSurveyAnswer_trustId_responseId_idx" ON "ExitSurveyAnswer"("trustId", "responseId");

-- CreateIndex
CREATE INDEX "AppraisalObjective_trustId_planId_idx" ON "AppraisalObjective"("trustId", "planId");
