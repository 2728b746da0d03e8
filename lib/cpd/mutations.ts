import "server-only";
// CPD activity writes: the owner logs, edits, submits and deletes; leaders of the activity's school
// verify or return. Every write is one transaction with its audit entry; a file is checked before
// the transaction opens, so a bad upload writes nothing.
import { audit } from "@/lib/audit";
import { staffRecordSchools, whereSchoolIn, type Viewer } from "@/lib/auth/policy";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError, notFoundError } from "@/lib/commands/errors";
import { deleteFile, storeFile } from "@/lib/storage/mutations";
import { checkUpload, type CheckedFile } from "@/lib/storage/validate";
import { activityForm, activityId, reviewForm, type ActivityForm } from "./schema";
import { hoursToMinutes } from "@/lib/dates";

const PROBLEM = "There is a problem: check the highlighted fields.";
const readOnly = () => new AppError("CONFLICT", "This activity has been verified, so it can no longer be changed.");

function ownerOf(viewer: Viewer) {
  if (!viewer.staff) throw notFoundError();
  return viewer.staff;
}

/** The viewer's own activity, locked for the transaction; missing or someone else's is not found. */
async function ownActivity(tx: Tx, viewer: Viewer, id: string) {
  const staff = ownerOf(viewer);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CpdActivity" WHERE id = ${id}::uuid AND "trustId" = ${viewer.trustId}::uuid AND "staffMemberId" = ${staff.id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFoundError();
  const activity = await tx.cpdActivity.findUniqueOrThrow({ where: { id } });
  if (activity.status === "VERIFIED" || activity.meetingId) throw readOnly();
  return activity;
}

async function checkedEvidence(file: File | undefined): Promise<CheckedFile | null> {
  if (!file || file.size === 0) return null;
  const result = checkUpload(file.name, Buffer.from(await file.arrayBuffer()));
  if (!result.ok) throw new AppError("INVALID", PROBLEM, { evidence: [result.message] });
  return result.file;
}

function fields(input: ActivityForm) {
  return {
    title: input.title,
    type: input.type,
    strand: input.strand,
    provider: input.provider ?? null,
    startDate: new Date(`${input.startDate}T00:00:00Z`),
    endDate: new Date(`${input.endDate}T00:00:00Z`),
    minutes: hoursToMinutes(input.hours),
    subject: input.subject ?? null,
    reflection: input.reflection ?? null,
    impact: input.impact ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
  } satisfies Prisma.CpdActivityUncheckedUpdateInput;
}

/** Creates or updates one of the viewer's own activities, as a draft or submitted for verification. */
export const saveActivity = defineCommand(activityForm, async (viewer, input) => {
  const staff = ownerOf(viewer);
  const evidence = await checkedEvidence(input.evidence);
  const submit = input.intent === "submit";
  return db().$transaction(async (tx) => {
    const before = input.id ? await ownActivity(tx, viewer, input.id) : null;
    const fileId = evidence ? await storeFile(tx, viewer, "CPD_EVIDENCE", evidence) : null;
    const dropOld = before?.evidenceFileId && (fileId || input.removeEvidence) ? before.evidenceFileId : null;
    const status = submit ? "SUBMITTED" : before?.status === "RETURNED" ? "RETURNED" : "DRAFT";
    const data = {
      ...fields(input),
      status,
      submittedAt: submit ? new Date() : status === "RETURNED" ? before!.submittedAt : null,
      returnReason: status === "RETURNED" ? before!.returnReason : null,
      ...(fileId ? { evidenceFileId: fileId } : dropOld ? { evidenceFileId: null } : {}),
    } as const;
    const after = before
      ? await tx.cpdActivity.update({ where: { id: before.id }, data })
      : await tx.cpdActivity.create({ data: { ...data, trustId: viewer.trustId, schoolId: staff.schoolId, staffMemberId: staff.id } });
    if (dropOld) await deleteFile(tx, dropOld);
    await audit(tx, viewer, { action: before ? "cpd.update" : "cpd.create", entity: "CpdActivity", entityId: after.id, ...(before ? { before } : {}), after });
    return { id: after.id, status: after.status };
  });
});

/** Sends a draft or returned activity for verification. */
export const submitActivity = defineCommand(activityId, async (viewer, { id }) =>
  db().$transaction(async (tx) => {
    const before = await ownActivity(tx, viewer, id);
    if (before.status === "SUBMITTED") return { id, status: before.status };
    const after = await tx.cpdActivity.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: new Date(), returnReason: null } });
    await audit(tx, viewer, { action: "cpd.submit", entity: "CpdActivity", entityId: id, before: { status: before.status }, after: { status: after.status } });
    return { id, status: after.status };
  }),
  "Sent for verification.",
);

/** Deletes a draft (or a returned activity the owner no longer wants), with its uploaded evidence. */
export const deleteActivity = defineCommand(activityId, async (viewer, { id }) =>
  db().$transaction(async (tx) => {
    const before = await ownActivity(tx, viewer, id);
    if (before.status === "SUBMITTED") throw new AppError("CONFLICT", "This activity is waiting for verification: only drafts and returned activities can be deleted.");
    await tx.cpdActivity.delete({ where: { id } });
    if (before.evidenceFileId) await deleteFile(tx, before.evidenceFileId);
    await audit(tx, viewer, { action: "cpd.delete", entity: "CpdActivity", entityId: id, before });
    return { id };
  }),
  "Activity deleted.",
);

/** Verifies or returns submitted activities of schools whose staff records the viewer leads; all or nothing. */
export const reviewActivities = defineCommand(reviewForm, async (viewer, input) => {
  const scope = staffRecordSchools(viewer);
  const ids = [...new Set(input["ids[]"])];
  return db().$transaction(async (tx) => {
    const found = await tx.cpdActivity.findMany({
      where: { id: { in: ids }, trustId: viewer.trustId, ...whereSchoolIn(scope) },
      select: { id: true, status: true, staffMemberId: true },
    });
    if (scope !== "all" && scope.length === 0) throw notFoundError();
    if (found.length !== ids.length) throw notFoundError();
    if (found.some((a) => a.staffMemberId === viewer.staff?.id)) {
      throw new AppError("CONFLICT", "You cannot verify or return your own activities: another leader of your school does that.");
    }
    if (found.some((a) => a.status !== "SUBMITTED")) {
      throw new AppError("CONFLICT", "Some of these activities are no longer waiting for verification: reload the queue and try again.");
    }
    const now = new Date();
    const data =
      input.decision === "verify"
        ? { status: "VERIFIED" as const, verifiedById: viewer.userId, verifiedAt: now, returnReason: null }
        : { status: "RETURNED" as const, returnReason: input.reason ?? null, verifiedById: null, verifiedAt: null };
    const updated = await tx.cpdActivity.updateMany({ where: { id: { in: ids }, status: "SUBMITTED" }, data });
    if (updated.count !== ids.length) throw new AppError("CONFLICT", "Some of these activities changed while you were reviewing them: try again.");
    for (const id of ids) {
      await audit(tx, viewer, { action: `cpd.${input.decision}`, entity: "CpdActivity", entityId: id, before: { status: "SUBMITTED" }, after: data });
    }
    return { count: ids.length, decision: input.decision };
  });
});
