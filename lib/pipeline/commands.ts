import "server-only";
// Writing the leadership pipeline: a member of staff records their aspirations; their head endorses
// one with a readiness and a note the person reads; the head (or the trust admin) keeps the school's
// succession plan for its key posts, naming holders, successors and cover from the school's staff.
import { can, type Viewer } from "@/lib/access/policy";
import { ownedBy } from "@/lib/access/where";
import { changed, command, existingOrNew } from "@/lib/commands/command";
import { fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { notifyAspirationEndorsed } from "@/lib/notifications/events/pipeline";
import { routes } from "@/lib/routes";
import { currentStaffOf, endorsableBy, successionPostVisibleTo } from "./access";
import { ROUTE_LABEL } from "./labels";
import { aspirationForm, endorseForm, postForm, removeSuccessorForm, successorForm, withdrawAspirationForm } from "./schema";

const mayEditOwn = (viewer: Viewer) => can(viewer, "aspiration:edit:own", { staffMemberId: viewer.staff?.id });
const OWN_PAGES = [routes.aspirations(), routes.home()];
const planPages = (schoolId: string) => [routes.schoolSuccession(schoolId), routes.trustPipeline(), routes.governancePipeline()];

/** Records an aspiration of the viewer's, or changes the development they want; changing the route asks the head again. */
export const saveAspiration = command({
  schema: aspirationForm,
  load: (tx, viewer, input) => existingOrNew(input.id, (id) => tx.aspiration.findFirst({ where: { id, ...ownedBy(viewer) } })),
  authorize: (viewer) => mayEditOwn(viewer),
  async work(tx, viewer, input, { before }) {
    const staffMemberId = viewer.staff!.id;
    const clash = await tx.aspiration.findFirst({ where: { ...ownedBy(viewer), route: input.route, ...(before ? { id: { not: before.id } } : {}) }, select: { id: true } });
    if (clash) throw fieldError("route", "You have already recorded this aspiration: change that one instead.");
    const rerouted = before && before.route !== input.route;
    const data = { route: input.route, development: input.development, ...(rerouted ? { readiness: null, endorsementNote: null, endorsedAt: null, endorsedById: null } : {}) };
    const after = before
      ? await tx.aspiration.update({ where: { id: before.id }, data })
      : await tx.aspiration.create({ data: { ...data, trustId: viewer.trustId, staffMemberId } });
    return changed("Aspiration", after.id, before ? "aspiration.update" : "aspiration.create", { ...(before ? { before } : {}), after });
  },
  revalidate: () => OWN_PAGES,
  success: "Aspiration saved.",
});

export const withdrawAspiration = command({
  schema: withdrawAspirationForm,
  load: (tx, viewer, input) => tx.aspiration.findFirst({ where: { id: input.id, ...ownedBy(viewer) } }),
  authorize: (viewer) => mayEditOwn(viewer),
  async work(tx, _viewer, _input, before) {
    await tx.aspiration.delete({ where: { id: before.id } });
    return changed("Aspiration", before.id, "aspiration.withdraw", { before });
  },
  revalidate: () => OWN_PAGES,
  success: "Aspiration withdrawn.",
});

/** The head of the person's school says how soon they would be ready; anyone else finds no such aspiration. */
export const endorseAspiration = command({
  schema: endorseForm,
  load: (tx, viewer, input) =>
    tx.aspiration.findFirst({ where: { id: input.id, ...endorsableBy(viewer) }, include: { staffMember: { select: { schoolId: true, userId: true } } } }),
  authorize: (viewer, _, a) => can(viewer, "aspiration:endorse", { trustId: a.trustId, schoolId: a.staffMember.schoolId }),
  async work(tx, viewer, input, a) {
    const after = await tx.aspiration.update({
      where: { id: a.id },
      data: { readiness: input.readiness, endorsementNote: input.note, endorsedAt: new Date(), endorsedById: viewer.userId },
    });
    await notifyAspirationEndorsed(tx, viewer.trustId, a.staffMember.userId, ROUTE_LABEL[a.route]);
    const before = { readiness: a.readiness, endorsementNote: a.endorsementNote, endorsedAt: a.endorsedAt };
    return changed("Aspiration", a.id, "aspiration.endorse", { before, after }, { schoolId: a.staffMember.schoolId });
  },
  revalidate: (_, data) => [routes.aspirations(), ...planPages(data.schoolId)],
  success: "Endorsement saved.",
});

/** One of the school's current staff, or a field error on `field`. */
async function schoolStaff(tx: Tx, viewer: Viewer, schoolId: string, id: string | null, field: string, message: string) {
  if (!id) return null;
  const found = await tx.staffMember.findFirst({ where: { id, ...currentStaffOf(viewer, schoolId) }, select: { id: true } });
  if (!found) throw fieldError(field, message);
  return found.id;
}

const loadSchool = (tx: Tx, viewer: Viewer, schoolId: string) => tx.school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, trustId: true } });
const keepsPlan = (viewer: Viewer, _: unknown, school: { id: string; trustId: string }) => can(viewer, "succession:manage", { trustId: school.trustId, schoolId: school.id });

/** Sets a key post's holder and emergency cover, creating the post's plan the first time. */
export const savePost = command({
  schema: postForm,
  load: (tx, viewer, input) => loadSchool(tx, viewer, input.schoolId),
  authorize: keepsPlan,
  async work(tx, viewer, input, school) {
    const holderId = await schoolStaff(tx, viewer, school.id, input.holderId, "holderId", "Choose the holder from the school's staff.");
    const emergencyCoverId = await schoolStaff(tx, viewer, school.id, input.emergencyCoverId, "emergencyCoverId", "Choose the emergency cover from the school's staff.");
    if (holderId && holderId === emergencyCoverId) throw fieldError("emergencyCoverId", "The emergency cover must be someone other than the holder.");
    const before = await tx.successionPost.findUnique({ where: { schoolId_post: { schoolId: school.id, post: input.post } } });
    if (before && holderId) {
      const successor = await tx.successionCandidate.findFirst({ where: { postId: before.id, staffMemberId: holderId }, select: { id: true } });
      if (successor) throw fieldError("holderId", "They are named as a successor for this post: remove them as a successor first.");
    }
    const after = await tx.successionPost.upsert({
      where: { schoolId_post: { schoolId: school.id, post: input.post } },
      create: { trustId: viewer.trustId, schoolId: school.id, post: input.post, holderId, emergencyCoverId },
      update: { holderId, emergencyCoverId },
    });
    return changed("SuccessionPost", after.id, "succession.post", { ...(before ? { before } : {}), after }, { schoolId: school.id });
  },
  revalidate: (_, data) => planPages(data.schoolId),
  success: "Post saved.",
});

/** Names a potential successor for a key post (or changes their readiness), starting the post's plan if need be. */
export const addSuccessor = command({
  schema: successorForm,
  load: (tx, viewer, input) => loadSchool(tx, viewer, input.schoolId),
  authorize: keepsPlan,
  async work(tx, viewer, input, school) {
    const key = { schoolId_post: { schoolId: school.id, post: input.post } };
    const plan = await tx.successionPost.findUnique({ where: key, select: { id: true, holderId: true } });
    if (input.staffMemberId === plan?.holderId) throw fieldError("staffMemberId", "They hold this post: choose someone else as its successor.");
    const staffMemberId = (await schoolStaff(tx, viewer, school.id, input.staffMemberId, "staffMemberId", "Choose a successor from the school's staff."))!;
    const post = plan ?? (await tx.successionPost.create({ data: { trustId: viewer.trustId, schoolId: school.id, post: input.post } }));
    const existing = await tx.successionCandidate.findUnique({ where: { postId_staffMemberId: { postId: post.id, staffMemberId } } });
    const after = existing
      ? await tx.successionCandidate.update({ where: { id: existing.id }, data: { readiness: input.readiness } })
      : await tx.successionCandidate.create({ data: { trustId: viewer.trustId, postId: post.id, staffMemberId, readiness: input.readiness } });
    return changed("SuccessionCandidate", after.id, existing ? "succession.successor.update" : "succession.successor.add", { ...(existing ? { before: existing } : {}), after }, { schoolId: school.id });
  },
  revalidate: (_, data) => planPages(data.schoolId),
  success: "Successor saved.",
});

export const removeSuccessor = command({
  schema: removeSuccessorForm,
  load: (tx, viewer, input) => tx.successionCandidate.findFirst({ where: { id: input.id, trustId: viewer.trustId, post: successionPostVisibleTo(viewer) }, include: { post: { select: { schoolId: true } } } }),
  authorize: (viewer, _, c) => can(viewer, "succession:manage", { trustId: c.trustId, schoolId: c.post.schoolId }),
  async work(tx, _viewer, _input, c) {
    await tx.successionCandidate.delete({ where: { id: c.id } });
    const { post, ...before } = c;
    return changed("SuccessionCandidate", c.id, "succession.successor.remove", { before }, { schoolId: post.schoolId });
  },
  revalidate: (_, data) => planPages(data.schoolId),
  success: "Successor removed.",
});
