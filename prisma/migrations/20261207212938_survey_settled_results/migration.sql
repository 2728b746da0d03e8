-- CreateTable
CREATE TABLE "SurveyBlocks" (
    "surveyId" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "atoms" JSONB NOT NULL,

    CONSTRAINT "SurveyBlocks_pkey" PRIMARY KEY ("surveyId")
);

-- CreateTable
CREATE TABLE "SurveyViewCounts" (
    "surveyId" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "view" TEXT NOT NULL,
    "counts" JSONB NOT NULL,

    CONSTRAINT "SurveyViewCounts_pkey" PRIMARY KEY ("surveyId","view")
);

-- AddForeignKey
ALTER TABLE "SurveyBlocks" ADD CONSTRAINT "SurveyBlocks_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyViewCounts" ADD CONSTRAINT "SurveyViewCounts_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
