-- CreateIndex
CREATE INDEX "Judgement_trustId_reviewId_idx" ON "Judgement"("trustId", "reviewId");
