import "server-only";
// The resource library (leaders add to their community's shelf) and the expertise directory
// (each member of staff keeps their own entries).
import { audit } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError, notFoundError } from "@/lib/server/errors";
import { deleteFile, storeFile } from "@/lib/storage/mutations";
import { checkUpload } from "@/lib/storage/validate";
import { managedCommunity } from "../mutations";
import { NOBODY } from "../queries";
import { expertiseIdSchema, expertiseSchema, resourceIdSchema, resourceSchema } from "../schema";

export const addResource = defineCommand(resourceSchema, async (viewer, { communityId, file, ...input }) => {
  const author = viewer.staff;
  if (!author) throw new AppError("FORBIDDEN", "Resources are added by staff: sign in with a staff account to add one.");
  const checked = file ? checkUpload(file.name, Buffer.from(await file.arrayBuffer())) : null;
  if (checked && !checked.ok) throw new AppError("INVALID", "There is a problem: check the highlighted fields.", { file: [checked.message] });
  return db().$transaction(async (tx) => {
    await managedCommunity(tx, viewer, communityId);
    const fileId = checked?.ok ? await storeFile(tx, viewer, "RESOURCE", checked.file) : null;
    const resource = await tx.resource.create({
      data: { trustId: viewer.trustId, communityId, authorId: author.id, ...input, ...(fileId ? { fileId } : {}) },
    });
    await audit(tx, viewer, { action: "resource.add", entity: "Resource", entityId: resource.id, after: resource });
    return { id: resource.id };
  });
}, "Resource added.");

export const deleteResource = defineCommand(resourceIdSchema, async (viewer, { resourceId }) => {
  return db().$transaction(async (tx) => {
    const resource = await tx.resource.findFirst({ where: { id: resourceId, trustId: viewer.trustId } });
    if (!resource) throw notFoundError();
    await managedCommunity(tx, viewer, resource.communityId);
    await tx.resource.delete({ where: { id: resourceId } });
    if (resource.fileId) await deleteFile(tx, resource.fileId);
    await audit(tx, viewer, { action: "resource.delete", entity: "Resource", entityId: resourceId, before: resource });
    return { id: resource.communityId };
  });
}, "Resource removed.");

/** Adds an entry, or edits one of the viewer's own (someone else's is not found). */
export const saveExpertise = defineCommand(expertiseSchema, async (viewer, { id, ...input }) => {
  const staff = viewer.staff;
  if (!staff) throw notFoundError();
  return db().$transaction(async (tx) => {
    if (id) {
      const before = await tx.expertise.findFirst({ where: { id, staffMemberId: staff.id, trustId: viewer.trustId } });
      if (!before) throw notFoundError();
      const after = await tx.expertise.update({ where: { id }, data: input });
      await audit(tx, viewer, { action: "expertise.update", entity: "Expertise", entityId: id, before, after });
      return { id };
    }
    const created = await tx.expertise.create({ data: { trustId: viewer.trustId, staffMemberId: staff.id, ...input } });
    await audit(tx, viewer, { action: "expertise.add", entity: "Expertise", entityId: created.id, after: created });
    return { id: created.id };
  });
}, "Expertise saved.");

export const deleteExpertise = defineCommand(expertiseIdSchema, async (viewer, { id }) => {
  const staff = viewer.staff;
  if (!staff && !can(viewer, "trust.admin")) throw notFoundError();
  return db().$transaction(async (tx) => {
    const before = await tx.expertise.findFirst({
      where: { id, trustId: viewer.trustId, ...(can(viewer, "trust.admin") ? {} : { staffMemberId: staff?.id ?? NOBODY }) },
    });
    if (!before) throw notFoundError();
    await tx.expertise.delete({ where: { id } });
    await audit(tx, viewer, { action: "expertise.delete", entity: "Expertise", entityId: id, before });
    return { id };
  });
}, "Expertise removed.");
