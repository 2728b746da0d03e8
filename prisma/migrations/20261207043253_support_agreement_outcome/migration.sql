-- AlterEnum
ALTER TYPE "SupportAgreementStatus" ADD VALUE 'ENDED_EARLY';

-- AlterTable
ALTER TABLE "SupportAgreement" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedById" UUID;
