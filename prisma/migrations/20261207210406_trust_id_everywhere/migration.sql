-- Every table carries trustId (decision 001, 035): the nine tables that reached their trust only
-- through a parent row get the column, filled from that parent, then made NOT NULL.

-- AlterTable
ALTER TABLE "BookingSession" ADD COLUMN     "trustId" UUID;
UPDATE "BookingSession" c SET "trustId" = p."trustId" FROM "CourseBooking" p WHERE p.id = c."bookingId";
ALTER TABLE "BookingSession" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "NotificationDelivery" ADD COLUMN     "trustId" UUID;
UPDATE "NotificationDelivery" c SET "trustId" = p."trustId" FROM "Notification" p WHERE p.id = c."notificationId";
ALTER TABLE "NotificationDelivery" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "NotificationPreference" ADD COLUMN     "trustId" UUID;
UPDATE "NotificationPreference" c SET "trustId" = p."trustId" FROM "User" p WHERE p.id = c."userId";
DELETE FROM "NotificationPreference" WHERE "trustId" IS NULL;
ALTER TABLE "NotificationPreference" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "SurveyAnswer" ADD COLUMN     "trustId" UUID;
UPDATE "SurveyAnswer" c SET "trustId" = p."trustId" FROM "Survey" p WHERE p.id = c."surveyId";
ALTER TABLE "SurveyAnswer" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "SurveyQuestion" ADD COLUMN     "trustId" UUID;
UPDATE "SurveyQuestion" c SET "trustId" = p."trustId" FROM "Survey" p WHERE p.id = c."surveyId";
ALTER TABLE "SurveyQuestion" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "SurveyTally" ADD COLUMN     "trustId" UUID;
UPDATE "SurveyTally" c SET "trustId" = p."trustId" FROM "Survey" p WHERE p.id = c."surveyId";
ALTER TABLE "SurveyTally" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "UnsubscribeToken" ADD COLUMN     "trustId" UUID;
UPDATE "UnsubscribeToken" c SET "trustId" = p."trustId" FROM "User" p WHERE p.id = c."userId";
-- A token whose person has gone unsubscribes no one.
DELETE FROM "UnsubscribeToken" WHERE "trustId" IS NULL;
ALTER TABLE "UnsubscribeToken" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "WorkloadCheckAnswer" ADD COLUMN     "trustId" UUID;
UPDATE "WorkloadCheckAnswer" c SET "trustId" = p."trustId" FROM "WorkloadCheck" p WHERE p.id = c."checkId";
ALTER TABLE "WorkloadCheckAnswer" ALTER COLUMN "trustId" SET NOT NULL;

-- AlterTable
ALTER TABLE "WorkloadCheckInvite" ADD COLUMN     "trustId" UUID;
UPDATE "WorkloadCheckInvite" c SET "trustId" = p."trustId" FROM "WorkloadCheck" p WHERE p.id = c."checkId";
ALTER TABLE "WorkloadCheckInvite" ALTER COLUMN "trustId" SET NOT NULL;
