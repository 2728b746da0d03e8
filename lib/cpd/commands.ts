import "server-only";
// CPD activity commands: the owner logs, edits, submits and deletes; leaders of the activity's school
// verify or return. The command helper (lib/commands/command.ts) parses, asks the registry, runs the
// work in one transaction and writes the audit entries it returns.
import { can, type Viewer } from "@/lib/access/policy";
import { ownedBy } from "@/lib/access/where";
import { changed, command, existingOrNew } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import type { Prisma, Tx } from "@/lib/db/client";
import { deleteFile, storeFile } from "@/lib/storage/mutations";
import { activityReviewableBy } from "./access";
import { checkedUpload, ownRecordsCommand } from "./own";
import { activityForm, activityId, verificationForm, type ActivityForm } from "./schema";
import { fromIsoDay, hoursToMinutes } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { enqueue } from "@/lib/jobs/enqueue";
import { notifyCpdDecision } from "@/lib/notifications/events/cpd";

const readOnly = () => new AppError("CONFLICT", "This activity has been verified, so it can no longer be changed.");

/** The pages that show one's own development. */
export const MINE = [routes.development(), routes.home()];
/** The pages that show what waits for verification and what was verified. */
const VERIFICATION = [routes.verification(), routes.schoolDevelopment(), routes.home(), routes.development()];

/** The viewer's own activity (ownedBy), locked for the transaction; null when missing or someone else's (a command's `load`). */
async function ownActivity(tx: Tx, viewer: Viewer, id: string) {
  const mine = ownedBy(viewer);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CpdActivity" WHERE id = ${id}::uuid AND "trustId" = ${mine.trustId}::uuid AND "staffMemberId" = ${mine.staffMemberId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  const activity = await tx.cpdActivity.findUniqueOrThrow({ where: { id } });
  if (activity.status === "VERIFIED" || activity.meetingId || activity.coachingSessionId) throw readOnly();
  return activity;
}

/** Only the owner changes an activity of theirs ("activity:edit:own", asked about the activity). */
const editsActivity = (viewer: Viewer, _: unknown, activity: { staffMemberId: string }) => can(viewer, "activity:edit:own", { staffMemberId: activity.staffMemberId });

function fields(input: ActivityForm) {
  return {
    title: input.title,
    type: input.type,
    strand: input.strand,
    provider: input.provider,
    startDate: fromIsoDay(input.startDate),
    endDate: fromIsoDay(input.endDate),
    minutes: hoursToMinutes(input.hours),
    subject: input.subject,
    reflection: input.reflection,
    impact: input.impact,
    evidenceUrl: input.evidenceUrl ?? null,
  } satisfies Prisma.CpdActivityUncheckedUpdateInput;
}

/** Creates or updates one of the viewer's own activities, as a draft or submitted for verification. */
export const saveActivity = ownRecordsCommand({
  schema: activityForm,
  load: (tx, viewer, input) => existingOrNew(input.id, (id) => ownActivity(tx, viewer, id)),
  async work(tx, viewer, input, staff, { before }) {
    const evidence = await checkedUpload(input.evidence, "evidence");
    const submit = input.intent === "submit";
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
    return changed("CpdActivity", after.id, before ? "cpd.update" : "cpd.create", { ...(before ? { before } : {}), after }, { id: after.id, status: after.status });
  },
  revalidate: () => MINE,
  success: (data) => (data.status === "SUBMITTED" ? "Saved and sent for verification." : "Saved as a draft."),
});

/** Sends a draft or returned activity for verification. */
export const submitActivity = command({
  schema: activityId,
  load: (tx, viewer, { id }) => ownActivity(tx, viewer, id),
  authorize: editsActivity,
  async work(tx, viewer, { id }, before) {
    if (before.status === "SUBMITTED") return { data: { id, status: before.status }, unchanged: true };
    const after = await tx.cpdActivity.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: new Date(), returnReason: null } });
    return changed("CpdActivity", id, "cpd.submit", { before: { status: before.status }, after: { status: after.status } }, { id, status: after.status });
  },
  revalidate: ({ id }) => [...MINE, routes.activity(id)],
  success: "Sent for verification.",
});

/** Deletes a draft (or a returned activity the owner no longer wants), with its uploaded evidence. */
export const deleteActivity = command({
  schema: activityId,
  load: (tx, viewer, { id }) => ownActivity(tx, viewer, id),
  authorize: editsActivity,
  async work(tx, viewer, { id }, before) {
    if (before.status === "SUBMITTED") throw new AppError("CONFLICT", "This activity is waiting for verification: only drafts and returned activities can be deleted.");
    await tx.cpdActivity.delete({ where: { id } });
    if (before.evidenceFileId) await deleteFile(tx, before.evidenceFileId);
    return changed("CpdActivity", id, "cpd.delete", { before });
  },
  revalidate: () => MINE,
  success: "Activity deleted.",
});

/** Verifies or returns submitted activities of schools whose staff records the viewer leads; all or nothing. */
export const verifyActivities = command({
  schema: verificationForm,
  // The records: every one of the activities named, of the schools whose staff records the viewer reads, or none.
  async load(tx, viewer, input) {
    const ids = [...new Set(input["ids[]"])];
    const found = await tx.cpdActivity.findMany({ where: { id: { in: ids }, ...activityReviewableBy(viewer) }, select: { id: true, status: true, staffMemberId: true, schoolId: true } });
    return found.length === ids.length ? found : null;
  },
  // Leaders of each activity's school verify it ("activity:verify").
  authorize: (viewer, _, found) => found.every((a) => can(viewer, "activity:verify", { trustId: viewer.trustId, schoolId: a.schoolId })),
  async work(tx, viewer, input, found) {
    const ids = [...new Set(input["ids[]"])];
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
        : { status: "RETURNED" as const, returnReason: input.reason, verifiedById: null, verifiedAt: null };
    const updated = await tx.cpdActivity.updateMany({ where: { id: { in: ids }, status: "SUBMITTED" }, data });
    if (updated.count !== ids.length) throw new AppError("CONFLICT", "Some of these activities changed while you were reviewing them: try again.");
    // Verified hours feed the computed governance metrics: one refresh per trust waits in the queue.
    if (input.decision === "verify") await enqueue(tx, "governance.refresh", { trustId: viewer.trustId }, { singletonKey: viewer.trustId });
    await notifyCpdDecision(tx, viewer.trustId, ids, input.decision);
    return {
      data: { count: ids.length, decision: input.decision },
      audit: ids.map((id) => ({ action: `cpd.${input.decision}`, entity: "CpdActivity", entityId: id, before: { status: "SUBMITTED" }, after: data })),
    };
  },
  revalidate: () => VERIFICATION,
  success: ({ count, decision }) => {
    const what = count === 1 ? "1 activity" : `${count} activities`;
    return decision === "verify" ? `Verified ${what}.` : `Returned ${what} with your reason.`;
  },
});
