import "server-only";
// A member of staff's own records besides activities: statutory training completions, qualifications,
// and the reflection on a record a meeting's register wrote. Only the owner writes them; anyone
// without a staff record gets "not found".
import { can, type Viewer } from "@/lib/access/policy";
import { ownedBy } from "@/lib/access/where";
import { changed, command, existingOrNew } from "@/lib/commands/command";
import { AppError, fieldError, notFoundError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { storeFile } from "@/lib/storage/mutations";
import { MINE } from "../commands";
import { checkedUpload, ownRecordsCommand } from "../own";
import { applies, trainingExpiry } from "../rules";
import { qualificationForm, trainingForm } from "../schema";
import { reflectionForm } from "./schema";
import { fromIsoDay } from "@/lib/dates";
import { routes } from "@/lib/routes";


/** An active requirement of the viewer's trust that applies to them; anything else is a field error. */
async function applicableRequirement(tx: Tx, viewer: Viewer, staffMemberId: string, id: string) {
  // One after the other: a transaction runs its queries on one connection.
  const requirement = await tx.trainingRequirement.findFirst({ where: { id, trustId: viewer.trustId, active: true } });
  const staff = await tx.staffMember.findFirst({
    where: { id: staffMemberId, trustId: viewer.trustId },
    select: { category: true, designations: { select: { designation: true } } },
  });
  if (!staff) throw notFoundError();
  const who = { category: staff.category, designations: staff.designations.map((d) => d.designation) };
  if (!requirement || !applies(requirement, who)) {
    throw fieldError("requirementId", "Choose training from the list: it must apply to your role.");
  }
  return requirement;
}

/** Records that the viewer completed a statutory training requirement, with an optional certificate. */
export const recordTraining = ownRecordsCommand({
  schema: trainingForm,
  async work(tx, viewer, input, staff) {
    const certificate = await checkedUpload(input.certificate, "certificate");
    const requirement = await applicableRequirement(tx, viewer, staff.id, input.requirementId);
    const fileId = certificate ? await storeFile(tx, viewer, "CERTIFICATE", certificate) : null;
    const completedOn = fromIsoDay(input.completedOn);
    const after = await tx.trainingCompletion.create({
      data: {
        trustId: viewer.trustId,
        staffMemberId: staff.id,
        requirementId: requirement.id,
        completedOn,
        expiresOn: trainingExpiry(completedOn, requirement.validityMonths),
        certificateFileId: fileId,
      },
    });
    return changed("TrainingCompletion", after.id, "cpd.training.record", { after }, { id: after.id, expiresOn: after.expiresOn });
  },
  revalidate: () => MINE,
  success: "Training recorded.",
});

/** Adds one of the viewer's qualifications, or updates one of their own; anyone else's is not found. */
export const saveQualification = ownRecordsCommand({
  schema: qualificationForm,
  load: (tx, viewer, input) => existingOrNew(input.id, (id) => tx.qualification.findFirst({ where: { id, ...ownedBy(viewer) } })),
  async work(tx, viewer, input, staff, { before }) {
    const completed = input.status === "COMPLETED";
    const data = {
      kind: input.kind,
      title: input.title,
      status: input.status,
      startDate: input.startDate ? fromIsoDay(input.startDate) : null,
      // A completion date only means something once the qualification is completed.
      completedOn: completed && input.completedOn ? fromIsoDay(input.completedOn) : null,
      provider: input.provider,
      // The head verifies what is there now: an edit asks them again (lib/cpd/npq/commands.ts).
      verifiedAt: null,
      verifiedById: null,
    };
    const after = before
      ? await tx.qualification.update({ where: { id: before.id }, data })
      : await tx.qualification.create({ data: { ...data, trustId: viewer.trustId, staffMemberId: staff.id } });
    return changed("Qualification", after.id, before ? "cpd.qualification.update" : "cpd.qualification.create", { ...(before ? { before } : {}), after });
  },
  revalidate: () => MINE,
  success: "Qualification saved.",
});

/**
 * The owner's reflection and impact on a record a meeting's register wrote (verified, otherwise
 * read-only): only those two fields change, so the hours the register gave stay as they are.
 */
export const saveReflection = command({
  schema: reflectionForm,
  load: (tx, viewer, input) =>
    tx.cpdActivity.findFirst({ where: { id: input.id, ...ownedBy(viewer) }, select: { id: true, staffMemberId: true, meetingId: true, reflection: true, impact: true } }),
  authorize: (viewer, _, activity) => can(viewer, "activity:edit:own", { staffMemberId: activity.staffMemberId }),
  async work(tx, viewer, input, before) {
    if (!before.meetingId) throw new AppError("CONFLICT", "Change this activity's reflection through its own form.");
    const data = { reflection: input.reflection, impact: input.impact };
    await tx.cpdActivity.update({ where: { id: before.id }, data });
    return changed("CpdActivity", before.id, "cpd.reflection", { before: { reflection: before.reflection, impact: before.impact }, after: data });
  },
  revalidate: ({ id }) => [...MINE, routes.activity(id)],
  success: "Reflection saved.",
});
