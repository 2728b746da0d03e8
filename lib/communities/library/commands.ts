import "server-only";
// The resource library (leaders add to their community's shelf) and the expertise directory
// (each member of staff keeps their own entries).
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import type { Tx } from "@/lib/db/client";
import { fieldError } from "@/lib/commands/errors";
import { deleteFile, storeFile } from "@/lib/storage/mutations";
import { checkUpload } from "@/lib/storage/validate";
import { communityVisibleTo } from "../access";
import { assertLive, manages, visibleCommunity } from "../commands";
import { expertiseIdSchema, expertiseSchema, resourceIdSchema, resourceSchema } from "../schema";
import { routes } from "@/lib/routes";

const isStaff = (viewer: Viewer) => viewer.staff !== null;
/** An expertise entry of the viewer's trust (the directory lists them all); null when missing (a command's `load`). */
const trustExpertise = (tx: Tx, viewer: Viewer, id: string) => tx.expertise.findFirst({ where: { id, trustId: viewer.trustId } });
const expertisePages = () => [routes.expertise(), routes.expertiseMine()];
const libraryPages = (communityId: string) => [routes.community(communityId), routes.communities(), routes.home(), routes.resources()];

export const addResource = command({
  schema: resourceSchema,
  // Resources are added by staff (their name is on them), in a community they lead.
  load: (tx, viewer, { communityId }) => visibleCommunity(tx, viewer, communityId),
  authorize: (viewer, input, community) => isStaff(viewer) && manages(viewer, input, community),
  async work(tx, viewer, { communityId, file, ...input }, community) {
    const checked = file ? checkUpload(file.name, Buffer.from(await file.arrayBuffer())) : null;
    if (checked && !checked.ok) throw fieldError("file", checked.message);
    assertLive(community);
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
  // A resource on the shelf of a community the viewer sees, managed by its leaders.
  load: (tx, viewer, { resourceId }) => tx.resource.findFirst({ where: { id: resourceId, trustId: viewer.trustId, community: communityVisibleTo(viewer) }, include: { community: true } }),
  authorize: (viewer, input, resource) => manages(viewer, input, resource.community),
  async work(tx, viewer, { resourceId }, { community, ...resource }) {
    assertLive(community);
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
  // The entry edited, if any (none: a new one), of the trust: only its owner edits it.
  async load(tx, viewer, { id }) {
    if (!id) return { before: null };
    const before = await trustExpertise(tx, viewer, id);
    return before && { before };
  },
  authorize: (viewer, _, { before }) => isStaff(viewer) && (!before || before.staffMemberId === viewer.staff!.id),
  async work(tx, viewer, { id, ...input }, { before }) {
    const staffMemberId = viewer.staff!.id;
    if (id && before) {
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
  load: (tx, viewer, { id }) => trustExpertise(tx, viewer, id),
  authorize: (viewer, _, before) => can(viewer, "trust:admin") || (isStaff(viewer) && before.staffMemberId === viewer.staff!.id),
  async work(tx, viewer, { id }, before) {
    await tx.expertise.delete({ where: { id } });
    return changed("Expertise", id, "expertise.delete", { before });
  },
  revalidate: expertisePages,
  success: "Expertise removed.",
});
