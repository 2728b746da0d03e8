-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('SCALE', 'ENPS', 'HOURS', 'TASKS', 'TEXT');

-- CreateEnum
CREATE TYPE "SurveyStage" AS ENUM ('EARLY', 'ESTABLISHED', 'LEADER');

-- CreateTable
CREATE TABLE "Survey" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID,
    "title" TEXT NOT NULL,
    "term" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "phase" "SchoolPhase" NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "stage" "SurveyStage" NOT NULL,
    "answeredOn" DATE NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "questionKey" TEXT NOT NULL,
    "value" INTEGER,
    "text" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyParticipation" (
    "trustId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,

    CONSTRAINT "SurveyParticipation_pkey" PRIMARY KEY ("surveyId","userId")
);

-- CreateTable
CREATE TABLE "SurveyAction" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "schoolId" UUID,
    "questionKey" TEXT,
    "youSaid" TEXT NOT NULL,
    "weDid" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Survey_trustId_closesOn_idx" ON "Survey"("trustId", "closesOn");

-- CreateIndex
CREATE INDEX "Survey_trustId_schoolId_term_idx" ON "Survey"("trustId", "schoolId", "term");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_key_key" ON "SurveyQuestion"("surveyId", "key");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_schoolId_idx" ON "SurveyResponse"("surveyId", "schoolId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_surveyId_questionKey_value_idx" ON "SurveyAnswer"("surveyId", "questionKey", "value");

-- CreateIndex
CREATE INDEX "SurveyAnswer_responseId_idx" ON "SurveyAnswer"("responseId");

-- CreateIndex
CREATE INDEX "SurveyParticipation_surveyId_schoolId_idx" ON "SurveyParticipation"("surveyId", "schoolId");

-- CreateIndex
CREATE INDEX "SurveyAction_trustId_surveyId_idx" ON "SurveyAction"("trustId", "surveyId");

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyParticipation" ADD CONSTRAINT "SurveyParticipation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAction" ADD CONSTRAINT "SurveyAction_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
