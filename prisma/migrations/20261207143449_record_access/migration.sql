-- CreateTable
CREATE TABLE "RecordAccess" (
    "id" BIGSERIAL NOT NULL,
    "trustId" UUID NOT NULL,
    "subjectStaffId" UUID NOT NULL,
    "viewerUserId" UUID NOT NULL,
    "viewerRole" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordAccess_trustId_subjectStaffId_at_idx" ON "RecordAccess"("trustId", "subjectStaffId", "at");

-- CreateIndex
CREATE INDEX "RecordAccess_trustId_at_idx" ON "RecordAccess"("trustId", "at");

-- CreateIndex
CREATE INDEX "RecordAccess_trustId_viewerUserId_at_idx" ON "RecordAccess"("trustId", "viewerUserId", "at");

-- AddForeignKey
ALTER TABLE "RecordAccess" ADD CONSTRAINT "RecordAccess_subjectStaffId_fkey" FOREIGN KEY ("subjectStaffId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordAccess" ADD CONSTRAINT "RecordAccess_viewerUserId_fkey" FOREIGN KEY ("viewerUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
