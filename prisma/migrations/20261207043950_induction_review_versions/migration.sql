-- AlterTable
ALTER TABLE "InductionReview" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "InductionReviewVersion" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "outcome" "InductionOutcome" NOT NULL,
    "notes" TEXT,
    "recordedById" UUID,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctedById" UUID NOT NULL,
    "correctionNote" TEXT NOT NULL,

    CONSTRAINT "InductionReviewVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InductionReviewVersion_reviewId_version_key" ON "InductionReviewVersion"("reviewId", "version");

-- AddForeignKey
ALTER TABLE "InductionReviewVersion" ADD CONSTRAINT "InductionReviewVersion_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "InductionReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;
