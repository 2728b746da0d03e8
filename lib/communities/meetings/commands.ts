import "server-only";
// Meetings and registers. Closing a held meeting's register turns attendance into CPD: each
// attendee gets one network-meeting activity, VERIFIED by the leader who took the register, except
// the leader's own, which is SUBMITTED for their school's leaders to verify (nobody verifies their own
// hours). A meeting recorded after the event (scheduled up to 14 days back) was seen by nobody in the
// portal, so every attendee's record is SUBMITTED to their school. Later edits to the register update
// those records (one per meeting and person, by the unique (meetingId, staffMemberId)), never add more.
import { can, type Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { type AuditEntry, changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import { meetingVisibleTo } from "../access";
import { assertLive, manages, visibleCommunity } from "../commands";
import { meetingIdSchema, minutesSchema, registerSchema } from "../schema";
import { scheduleMeetingSeriesSchema, seriesStarts } from "../series";
import { isoDay, londonDay } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { notifyMeetingScheduled } from "@/lib/notifications/events/communities";

/** A meeting the viewer sees (meetingVisibleTo), with its community; null when missing or out of scope (a command's `load`). */
async function visibleMeeting(tx: Tx, viewer: Viewer, meetingId: string, opts: { lock?: boolean } = {}) {
  // Two leaders saving one register at once take turns, so each sees the other's rows.
  if (opts.lock) await tx.$executeRaw`SELECT 1 FROM "Meeting" WHERE id = ${meetingId}::uuid AND "trustId" = ${viewer.trustId}::uuid FOR UPDATE`;
  return tx.meeting.findFirst({ where: { id: meetingId, ...meetingVisibleTo(viewer) }, include: { community: true } });
}

/** Meeting commands are authorized on the meeting's own community; nothing in an archived one changes. */
const managesMeeting = (viewer: Viewer, _: unknown, meeting: { communityId: string }) => can(viewer, "community:manage", { communityId: meeting.communityId });
const meetingPages = (input: { meetingId: string }, data: { communityId: string }) => [
  routes.meeting(data.communityId, input.meetingId), routes.community(data.communityId), routes.home(), routes.development(),
];

/** One meeting, or with "repeat every N weeks until" a series in one transaction, skipping the trust's holidays. */
export const scheduleMeeting = command({
  schema: scheduleMeetingSeriesSchema,
  load: (tx, viewer, { communityId }) => visibleCommunity(tx, viewer, communityId),
  authorize: manages,
  async work(tx, viewer, { communityId, repeatWeeks, repeatUntil, ...input }, community) {
    assertLive(community);
    const now = Date.now();
    // Started already: a meeting logged afterwards (the schema allows 14 days back).
    const recordedAfter = (startsAt: Date) => startsAt.getTime() <= now;
    if (!repeatWeeks || !repeatUntil) {
      const meeting = await tx.meeting.create({ data: { trustId: viewer.trustId, communityId, ...input, recordedAfter: recordedAfter(input.startsAt) } });
      await notifyMeetingScheduled(tx, viewer.trustId, meeting.id, 1, viewer.userId);
      return changed("Meeting", meeting.id, "meeting.schedule", { after: meeting }, { id: meeting.id, count: 1, skipped: 0 });
    }
    const holidays = await tx.trustHoliday.findMany({ where: { trustId: viewer.trustId, endsOn: { gte: input.startsAt } }, select: { startsOn: true, endsOn: true } });
    const days = holidays.map((h) => ({ startsOn: isoDay(h.startsOn), endsOn: isoDay(h.endsOn) }));
    const { starts, skipped } = seriesStarts(input.startsAt, repeatWeeks, repeatUntil, days);
    if (starts.length === 0) throw fieldError("repeatUntil", "Every meeting of this series falls in a holiday or after its last day.");
    const seriesId = crypto.randomUUID();
    const rows = starts.map((startsAt) => ({ id: crypto.randomUUID(), trustId: viewer.trustId, communityId, ...input, startsAt, seriesId, recordedAfter: recordedAfter(startsAt) }));
    await tx.meeting.createMany({ data: rows });
    await notifyMeetingScheduled(tx, viewer.trustId, rows[0]!.id, rows.length, viewer.userId);
    return {
      data: { id: rows[0]!.id, count: rows.length, skipped: skipped.length },
      audit: rows.map((r) => ({ action: "meeting.schedule", entity: "Meeting", entityId: r.id, after: { ...r, repeatWeeks, repeatUntil } })),
    };
  },
  revalidate: (input) => [routes.community(input.communityId), routes.communities(), routes.home()],
  success: (data) =>
    data.count === 1 && data.skipped === 0 ? "Meeting scheduled." : `${data.count} meetings scheduled${data.skipped ? ` (${data.skipped} skipped for the trust's holidays)` : ""}.`,
});

export const cancelMeeting = command({
  schema: meetingIdSchema,
  load: (tx, viewer, { meetingId }) => visibleMeeting(tx, viewer, meetingId),
  authorize: managesMeeting,
  async work(tx, viewer, { meetingId }, { community, ...meeting }) {
    assertLive(community);
    if (meeting.registerClosedAt) throw new AppError("CONFLICT", "This meeting's register is closed: it was held, so it cannot be cancelled.");
    const after = await tx.meeting.update({ where: { id: meetingId }, data: { status: "CANCELLED" } });
    return changed("Meeting", meetingId, "meeting.cancel", { before: meeting, after }, { id: meetingId, communityId: meeting.communityId });
  },
  revalidate: meetingPages,
  success: "Meeting cancelled.",
});

export const saveMinutes = command({
  schema: minutesSchema,
  load: (tx, viewer, { meetingId }) => visibleMeeting(tx, viewer, meetingId),
  authorize: managesMeeting,
  async work(tx, viewer, { meetingId, minutes }, meeting) {
    assertLive(meeting.community);
    await tx.meeting.update({ where: { id: meetingId }, data: { minutes } });
    return changed("Meeting", meetingId, "meeting.minutes", { before: { minutes: meeting.minutes }, after: { minutes } }, { id: meetingId, communityId: meeting.communityId });
  },
  revalidate: meetingPages,
  success: "Minutes saved.",
});

/**
 * Records who attended (every current member not ticked did not; a page of a long register, `shown`,
 * changes only its own people, the others keep what was recorded). Closing the register, or saving
 * it once closed, brings the attendees' CPD records in line with it in the same transaction.
 */
export const saveRegister = command({
  schema: registerSchema,
  load: (tx, viewer, { meetingId }) => visibleMeeting(tx, viewer, meetingId, { lock: true }),
  authorize: managesMeeting,
  async work(tx, viewer, { meetingId, present, shown, close }, { community, ...meeting }) {
    assertLive(community);
    if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "This meeting was cancelled, so it has no register.");
    const now = new Date();
    if (londonDay(meeting.startsAt) > londonDay(now)) {
      throw new AppError("CONFLICT", "The register opens on the day of the meeting.");
    }
    if (close && !meeting.registerClosedAt && meeting.startsAt > now) {
      throw new AppError("CONFLICT", "The register can be closed once the meeting has started. Save it without closing until then.");
    }
    const members = await tx.membership.findMany({ where: { communityId: community.id, trustId: viewer.trustId }, select: { staffMemberId: true } });
    const recorded = await tx.attendance.findMany({ where: { meetingId, trustId: viewer.trustId }, select: { staffMemberId: true, attended: true } });
    // Anyone recorded before stays on the register even if they have since left the community.
    const onRegister = new Set([...members.map((m) => m.staffMemberId), ...recorded.map((r) => r.staffMemberId)]);
    if ([...present, ...(shown ?? [])].some((id) => !onRegister.has(id))) throw fieldError("present", "Only members of the community can be marked present.");
    // A page of a long register changes only the people it showed; the others keep what was recorded.
    const onForm = shown ? new Set([...shown, ...present]) : onRegister;
    const was = new Map(recorded.map((r) => [r.staffMemberId, r.attended]));
    const ticked = new Set(present);
    const attended = new Set([...onRegister].filter((staffMemberId) => (onForm.has(staffMemberId) ? ticked.has(staffMemberId) : was.get(staffMemberId) === true)));

    await tx.attendance.deleteMany({ where: { meetingId, trustId: viewer.trustId } });
    await tx.attendance.createMany({
      data: [...onRegister].map((staffMemberId) => ({ trustId: viewer.trustId, meetingId, staffMemberId, attended: attended.has(staffMemberId) })),
    });
    const closing = close || meeting.registerClosedAt !== null;
    const after = closing
      ? await tx.meeting.update({ where: { id: meetingId }, data: { status: "HELD", registerClosedAt: meeting.registerClosedAt ?? now } })
      : meeting;
    const entry: AuditEntry = {
      action: closing ? (meeting.registerClosedAt ? "meeting.registerUpdate" : "meeting.registerClose") : "meeting.registerSave",
      entity: "Meeting",
      entityId: meetingId,
      before: { status: meeting.status, registerClosedAt: meeting.registerClosedAt, attendance: recorded },
      after: { status: after.status, registerClosedAt: after.registerClosedAt, present: [...attended] },
    };
    const cpd = closing ? await syncMeetingCpd(tx, viewer, { ...after, community }) : { created: 0, updated: 0, deleted: 0, audit: [] };
    const { audit, ...counts } = cpd;
    return { data: { id: meetingId, communityId: community.id, closed: closing, ...counts }, audit: [entry, ...audit] };
  },
  revalidate: meetingPages,
  success: "Register saved.",
});

type MeetingForCpd = {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  recordedAfter: boolean;
  community: { id: string; name: string; subject: string | null };
};

/** One NETWORK_MEETING activity per attendee; none for anyone absent. Returns an audit entry per record. */
async function syncMeetingCpd(tx: Tx, viewer: Viewer, meeting: MeetingForCpd) {
  const attendees = await tx.attendance.findMany({
    where: { meetingId: meeting.id, attended: true, trustId: viewer.trustId },
    select: { staffMemberId: true, staffMember: { select: { schoolId: true } } },
  });
  const existing = await tx.cpdActivity.findMany({ where: { meetingId: meeting.id, trustId: viewer.trustId }, select: { id: true, staffMemberId: true } });
  const present = new Set(attendees.map((a) => a.staffMemberId));
  const had = new Set(existing.map((e) => e.staffMemberId));
  const day = londonDay(meeting.startsAt);
  const now = new Date();
  const details = {
    title: `${meeting.community.name}: ${meeting.title}`,
    type: "NETWORK_MEETING" as const,
    strand: "PROFESSIONAL_NETWORKS" as const,
    provider: meeting.community.name,
    startDate: day,
    endDate: day,
    minutes: meeting.durationMinutes,
    subject: meeting.community.subject,
    communityId: meeting.community.id,
  };
  const fields = { ...details, status: "VERIFIED" as const, verifiedById: viewer.userId, verifiedAt: now };

  // The person taking the register does not verify their own attendance: theirs goes to their school's
  // leaders. Nor does anyone verify a meeting recorded after the event: everyone's goes to their school.
  const own = viewer.staff?.id;
  const submitted = (staffMemberId: string) => meeting.recordedAfter || staffMemberId === own;
  const ownFields = { ...details, status: "SUBMITTED" as const, verifiedById: null, verifiedAt: null };
  const fieldsFor = (staffMemberId: string) => (submitted(staffMemberId) ? ownFields : fields);

  const gone = existing.filter((e) => !present.has(e.staffMemberId));
  if (gone.length) await tx.cpdActivity.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
  const kept = existing.filter((e) => present.has(e.staffMemberId));
  const keptVerified = kept.filter((k) => !submitted(k.staffMemberId));
  if (keptVerified.length) await tx.cpdActivity.updateMany({ where: { id: { in: keptVerified.map((k) => k.id) } }, data: fields });
  const keptSubmitted = kept.filter((k) => submitted(k.staffMemberId)).map((k) => k.id);
  if (keptSubmitted.length) {
    // Already verified by their school: the details follow the register, the verification stays.
    await tx.cpdActivity.updateMany({ where: { id: { in: keptSubmitted }, status: "VERIFIED", NOT: { verifiedById: viewer.userId } }, data: details });
    await tx.cpdActivity.updateMany({ where: { id: { in: keptSubmitted }, OR: [{ status: { not: "VERIFIED" } }, { verifiedById: viewer.userId }] }, data: ownFields });
  }
  const fresh = attendees.filter((a) => !had.has(a.staffMemberId));
  // skipDuplicates: a concurrent save of the same register meets the unique key, never a second row.
  await tx.cpdActivity.createMany({
    data: fresh.map((a) => ({ ...fieldsFor(a.staffMemberId), trustId: viewer.trustId, meetingId: meeting.id, staffMemberId: a.staffMemberId, schoolId: a.staffMember.schoolId, submittedAt: now })),
    skipDuplicates: true,
  });
  const created = await tx.cpdActivity.findMany({
    where: { meetingId: meeting.id, trustId: viewer.trustId, staffMemberId: { in: fresh.map((f) => f.staffMemberId) } },
    select: { id: true, staffMemberId: true },
  });
  // One audit entry per CPD record; the command helper writes them in one statement, since a register can hold hundreds.
  const audit: AuditEntry[] = [
    ...gone.map((g) => ({ action: "cpd.delete", entity: "CpdActivity", entityId: g.id, before: { ...g, meetingId: meeting.id, reason: "marked absent" } })),
    ...kept.map((k) => ({ action: "cpd.update", entity: "CpdActivity", entityId: k.id, after: { ...fieldsFor(k.staffMemberId), staffMemberId: k.staffMemberId } })),
    ...created.map((c) => ({ action: "cpd.create", entity: "CpdActivity", entityId: c.id, after: { ...fieldsFor(c.staffMemberId), staffMemberId: c.staffMemberId, meetingId: meeting.id } })),
  ];
  return { created: created.length, updated: kept.length, deleted: gone.length, audit };
}
