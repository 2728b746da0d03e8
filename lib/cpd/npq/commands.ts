import "server-only";
// NPQ records: the holder records and updates their own (an edit clears any verification, so the head
// verifies what is there now); the head of the holder's school verifies one.
import { can } from "@/lib/access/policy";
import { ownedBy } from "@/lib/access/where";
import { changed, command, existingOrNew } from "@/lib/commands/command";
import { fromIsoDay } from "@/lib/dates";
import { NPQ_KINDS } from "@/lib/pipeline/labels";
import { verifiableBy } from "@/lib/pipeline/access";
import { routes } from "@/lib/routes";
import { MINE } from "../commands";
import { ownRecordsCommand } from "../own";
import { npqForm, verifyQualificationForm } from "./schema";

/** Adds one of the viewer's NPQs, or updates one; anyone else's, or a qualification that is not an NPQ, is not found. */
export const saveNpq = ownRecordsCommand({
  schema: npqForm,
  load: (tx, viewer, input) =>
    existingOrNew(input.id, (id) => tx.qualification.findFirst({ where: { id, ...ownedBy(viewer), kind: { in: [...NPQ_KINDS] } } })),
  async work(tx, viewer, input, staff, { before }) {
    const data = {
      kind: input.kind, status: input.status, cohort: input.cohort, provider: input.provider, funding: input.funding, title: null,
      startDate: input.startDate ? fromIsoDay(input.startDate) : null,
      completedOn: input.status === "COMPLETED" && input.completedOn ? fromIsoDay(input.completedOn) : null,
      verifiedAt: null, verifiedById: null,
    };
    const after = before
      ? await tx.qualification.update({ where: { id: before.id }, data })
      : await tx.qualification.create({ data: { ...data, trustId: viewer.trustId, staffMemberId: staff.id } });
    return changed("Qualification", after.id, before ? "cpd.npq.update" : "cpd.npq.create", { ...(before ? { before } : {}), after }, { id: after.id });
  },
  revalidate: () => MINE,
  success: "NPQ saved.",
});

/** The head of the holder's school confirms a qualification; a second click changes nothing. */
export const verifyQualification = command({
  schema: verifyQualificationForm,
  load: (tx, viewer, input) =>
    tx.qualification.findFirst({ where: { id: input.id, ...verifiableBy(viewer) }, select: { id: true, trustId: true, verifiedAt: true, staffMember: { select: { schoolId: true } } } }),
  authorize: (viewer, _, q) => can(viewer, "qualification:verify", { trustId: q.trustId, schoolId: q.staffMember.schoolId }),
  async work(tx, viewer, _, q) {
    if (q.verifiedAt) return { unchanged: true, data: { schoolId: q.staffMember.schoolId } };
    const after = await tx.qualification.update({ where: { id: q.id }, data: { verifiedAt: new Date(), verifiedById: viewer.userId } });
    return changed("Qualification", q.id, "cpd.qualification.verify", { before: { verifiedAt: null }, after: { verifiedAt: after.verifiedAt } }, { schoolId: q.staffMember.schoolId });
  },
  revalidate: (_, data) => [routes.schoolSuccession(data.schoolId), routes.trustPipeline(), ...MINE],
  success: "Qualification verified.",
});
