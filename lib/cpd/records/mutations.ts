import "server-only";
// A member of staff's own records besides activities: statutory training completions and
// qualifications. Only the owner writes them; anyone without a staff record gets "not found". A
// certificate is checked before the transaction opens, so a bad upload writes nothing.
import { audit } from "@/lib/audit";
import type { Viewer } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError, notFoundError } from "@/lib/commands/errors";
import { storeFile } from "@/lib/storage/mutations";
import { checkUpload, type CheckedFile } from "@/lib/storage/validate";
import { applies, trainingExpiry } from "../rules";
import { qualificationForm, trainingForm } from "../schema";
import { reflectionForm } from "./schema";

const PROBLEM = "There is a problem: check the highlighted fields.";
const asDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

function ownerOf(viewer: Viewer) {
  if (!viewer.staff) throw notFoundError();
  return viewer.staff;
}

async function checkedCertificate(file: File | undefined): Promise<CheckedFile | null> {
  if (!file || file.size === 0) return null;
  const result = checkUpload(file.name, Buffer.from(await file.arrayBuffer()));
  if (!result.ok) throw new AppError("INVALID", PROBLEM, { certificate: [result.message] });
  return result.file;
}

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
    throw new AppError("INVALID", PROBLEM, { requirementId: ["Choose training from the list: it must apply to your role."] });
  }
  return requirement;
}

/** Records that the viewer completed a statutory training requirement, with an optional certificate. */
export const recordTraining = defineCommand(
  trainingForm,
  async (viewer, input) => {
    const staff = ownerOf(viewer);
    const certificate = await checkedCertificate(input.certificate);
    return db().$transaction(async (tx) => {
      const requirement = await applicableRequirement(tx, viewer, staff.id, input.requirementId);
      const fileId = certificate ? await storeFile(tx, viewer, "CERTIFICATE", certificate) : null;
      const completedOn = asDay(input.completedOn);
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
      await audit(tx, viewer, { action: "cpd.training.record", entity: "TrainingCompletion", entityId: after.id, after });
      return { id: after.id, expiresOn: after.expiresOn };
    });
  },
  "Training recorded.",
);

/** Adds one of the viewer's qualifications, or updates one of their own; anyone else's is not found. */
export const saveQualification = defineCommand(
  qualificationForm,
  async (viewer, input) => {
    const staff = ownerOf(viewer);
    const completed = input.status === "COMPLETED";
    const data = {
      kind: input.kind,
      title: input.title ?? null,
      status: input.status,
      startDate: input.startDate ? asDay(input.startDate) : null,
      // A completion date only means something once the qualification is completed.
      completedOn: completed && input.completedOn ? asDay(input.completedOn) : null,
      provider: input.provider ?? null,
    };
    return db().$transaction(async (tx) => {
      const before = input.id ? await tx.qualification.findFirst({ where: { id: input.id, trustId: viewer.trustId, staffMemberId: staff.id } }) : null;
      if (input.id && !before) throw notFoundError();
      const after = before
        ? await tx.qualification.update({ where: { id: before.id }, data })
        : await tx.qualification.create({ data: { ...data, trustId: viewer.trustId, staffMemberId: staff.id } });
      await audit(tx, viewer, {
        action: before ? "cpd.qualification.update" : "cpd.qualification.create",
        entity: "Qualification",
        entityId: after.id,
        ...(before ? { before } : {}),
        after,
      });
      return { id: after.id };
    });
  },
  "Qualification saved.",
);

/**
 * The owner's reflection and impact on a record a meeting's register wrote (verified, otherwise
 * read-only): only those two fields change, so the hours the register gave stay as they are.
 */
export const saveReflection = defineCommand(
  reflectionForm,
  async (viewer, input) => {
    const staff = ownerOf(viewer);
    return db().$transaction(async (tx) => {
      const before = await tx.cpdActivity.findFirst({
        where: { id: input.id, trustId: viewer.trustId, staffMemberId: staff.id },
        select: { id: true, meetingId: true, reflection: true, impact: true },
      });
      if (!before) throw notFoundError();
      if (!before.meetingId) throw new AppError("CONFLICT", "Change this activity's reflection through its own form.");
      const data = { reflection: input.reflection ?? null, impact: input.impact ?? null };
      await tx.cpdActivity.update({ where: { id: before.id }, data });
      await audit(tx, viewer, {
        action: "cpd.reflection", entity: "CpdActivity", entityId: before.id,
        before: { reflection: before.reflection, impact: before.impact }, after: data,
      });
      return { id: before.id };
    });
  },
  "Reflection saved.",
);
