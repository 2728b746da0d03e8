-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementCapacityChange" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "capacity" "ImprovementCapacity" NOT NULL,
    "rationale" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "setById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementCapacityChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_trustId_usedAt_idx" ON "Invitation"("trustId", "usedAt");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE INDEX "ImprovementCapacityChange_trustId_schoolId_effectiveOn_idx" ON "ImprovementCapacityChange"("trustId", "schoolId", "effectiveOn");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementCapacityChange" ADD CONSTRAINT "ImprovementCapacityChange_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementCapacityChange" ADD CONSTRAINT "ImprovementCapacityChange_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
