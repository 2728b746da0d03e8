-- CreateIndex
CREATE INDEX "RoleAssignment_trustId_role_schoolId_idx" ON "RoleAssignment"("trustId", "role", "schoolId");
