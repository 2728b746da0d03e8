-- CreateTable
CREATE TABLE "SurveyTally" (
    "surveyId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "phase" "SchoolPhase" NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "stage" "SurveyStage" NOT NULL,
    "questionKey" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "SurveyTally_pkey" PRIMARY KEY ("surveyId","schoolId","category","stage","questionKey","value")
);

-- AddForeignKey
ALTER TABLE "SurveyTally" ADD CONSTRAINT "SurveyTally_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The answers already given, counted once.
INSERT INTO "SurveyTally" ("surveyId", "schoolId", "phase", "category", "stage", "questionKey", "value", "n")
SELECT r."surveyId", r."schoolId", r.phase, r.category, r.stage, a."questionKey", a.value, count(*)::int
FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId"
WHERE a.value IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;
