-- DropIndex
DROP INDEX "CpdActivity_trustId_startDate_idx";

-- CreateIndex
CREATE INDEX "CpdActivity_trustId_startDate_status_staffMemberId_minutes_idx" ON "CpdActivity"("trustId", "startDate", "status", "staffMemberId", "minutes");
