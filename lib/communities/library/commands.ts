import "server-only";
// The resource library (leaders add to their community's shelf) and the expertise directory
// (each member of staff keeps their own entries).
import { can, canAny, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { fieldError, notFoundError } from "@/lib/commands/errors";
import { deleteFile, storeFile } from "@/lib/storage/mutations";
import { checkUpload } from "@/lib/storage/validate";
import { managedCommunity, manages } from "../commands";
import { expertiseIdSchema, expertiseSchema, resourceIdSchema, resourceSchema } from "../schema";
import { routes } from "@/lib/routes";

const isStaff = (viewer: Viewer) => viewer.staff !== null;
const expertisePages = () => [routes.expertise(), routes.expertiseMine()];
const libraryPages = (communityId: string) => [routes.community(communityId), routes.communities(), routes.home(), routes.resources()];

export const addResource = command({
  schema: resourceSchema,
  // Resources are added by staff (their name is on them), in a community they lead.
  authorize: (viewer, input) => isStaff(viewer) && manages(viewer, input),
  async work(tx, viewer, { communityId, file, ...input }) {
    const checked = file ? checkUpload(file.name, Buffer.from(await file.arrayBuffer())) : null;
    if (checked && !checked.ok) throw fieldError("file", checked.message);
    await managedCommunity(tx, viewer, communityId);
    const fileId = checked?.ok ? await storeFile(tx, viewer, "RESOURCE", checked.file) : null;
    const resource = await tx.resource.create({
      data: { trustId: viewer.trustId, communityId, authorId: viewer.staff!.id, ...input, ...(fileId ? { fileId } : {}) },
    });
    return changed("Resource", resource.id, "resource.add", { after: resource });
  },
  revalidate: (input) => libraryPages(input.communityId),
  success: "Resource added.",
});

export const deleteResource = command({
  schema: resourceIdSchema,
  authorize: (viewer) => canAny(viewer, "community:manage"),
  async work(tx, viewer, { resourceId }) {
    const resource = await tx.resource.findFirst({ where: { id: resourceId, trustId: viewer.trustId } });
    if (!resource) throw notFoundError();
    await managedCommunity(tx, viewer, resource.communityId);
    await tx.resource.delete({ where: { id: resourceId } });
    if (resource.fileId) await deleteFile(tx, resource.fileId);
    return changed("Resource", resourceId, "resource.delete", { before: resource }, { id: resource.communityId });
  },
  revalidate: (_input, data) => libraryPages(data.id),
  success: "Resource removed.",
});

/** Adds an entry, or edits one of the viewer's own (someone else's is not found). */
export const saveExpertise = command({
  schema: expertiseSchema,
  authorize: isStaff,
  async work(tx, viewer, { id, ...input }) {
    const staffMemberId = viewer.staff!.id;
    if (id) {
      const before = await tx.expertise.findFirst({ where: { id, staffMemberId, trustId: viewer.trustId } });
      if (!before) throw notFoundError();
      const after = await tx.expertise.update({ where: { id }, data: input });
      return changed("Expertise", id, "expertise.update", { before, after });
    }
    const created = await tx.expertise.create({ data: { trustId: viewer.trustId, staffMemberId, ...input } });
    return changed("Expertise", created.id, "expertise.add", { after: created });
  },
  revalidate: expertisePages,
  success: "Expertise saved.",
});

/** The owner removes their own entry; the trust admin may remove anyone's. */
export const deleteExpertise = command({
  schema: expertiseIdSchema,
  authorize: (viewer) => isStaff(viewer) || can(viewer, "trust:admin"),
  async work(tx, viewer, { id }) {
    const own = can(viewer, "trust:admin") ? {} : { staffMemberId: viewer.staff!.id };
    const before = await tx.expertise.findFirst({ where: { id, trustId: viewer.trustId, ...own } });
    if (!before) throw notFoundError();
    await tx.expertise.delete({ where: { id } });
    return changed("Expertise", id, "expertise.delete", { before });
  },
  revalidate: expertisePages,
  success: "Expertise removed.",
});
