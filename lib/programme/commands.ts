import "server-only";
// Publishing the programme: the trust admin (the trust's courses), a network leader (their community's)
// and a head (their school's) write a course as a draft, add its sessions, and publish it once every
// session is still to come. More places offer the waiting list at once.
import type { Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { fromIsoDay, isoDay, londonToday } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { courseVisibleTo, mayOrganise } from "./access";
import { lockCourse, offerFreePlaces, placesHeld } from "./mutations";
import { courseIdSchema, createCourseSchema, editCourseSchema, sessionIdSchema, sessionSchema } from "./schema";

type Fields = {
  title: string; description: string; strand: string; kind: string; careerStages: string[]; categories: string[]; phases: string[];
  providerSchoolId: string | null; providerName: string | null; places: number; needsApproval: boolean; bookingDeadline: string | null;
};

const organises = (viewer: Viewer, _: unknown, course: { trustId: string; ownerSchoolId: string | null; communityId: string | null }) => mayOrganise(viewer, course);
const pages = (id: string) => [routes.programme(), routes.course(id)];

/** A course the viewer sees, locked when its places are about to be counted. */
export async function visibleCourse(tx: Tx, viewer: Viewer, courseId: string, opts: { lock?: boolean } = {}) {
  if (opts.lock) await lockCourse(tx, viewer.trustId, courseId);
  return tx.course.findFirst({ where: { id: courseId, ...courseVisibleTo(viewer) }, include: { sessions: { orderBy: { startsAt: "asc" } } } });
}

async function checkFields(tx: Tx, viewer: Viewer, input: Fields) {
  if (input.providerSchoolId) {
    const school = await tx.school.findFirst({ where: { id: input.providerSchoolId, trustId: viewer.trustId }, select: { id: true } });
    if (!school) throw fieldError("providerSchoolId", "Choose a school of the trust.");
  }
  if (input.kind === "SCHOOL_VISIT" && !input.providerSchoolId) throw fieldError("providerSchoolId", "A school visit needs its host school.");
  if (!input.providerSchoolId && !input.providerName) throw fieldError("providerName", "Choose the school that provides it, or name the external provider.");
  if (input.bookingDeadline && input.bookingDeadline < isoDay(londonToday())) throw fieldError("bookingDeadline", "The booking deadline cannot be in the past.");
}

const columns = (input: Fields) => ({
  title: input.title, description: input.description, strand: input.strand as never, kind: input.kind as never,
  careerStages: input.careerStages as never[], categories: input.categories as never[], phases: input.phases as never[],
  providerSchoolId: input.providerSchoolId, providerName: input.providerSchoolId ? null : input.providerName,
  places: input.places, needsApproval: input.needsApproval, bookingDeadline: input.bookingDeadline ? fromIsoDay(input.bookingDeadline) : null,
});

export const createCourse = command({
  schema: createCourseSchema,
  authorize: (viewer, input) => mayOrganise(viewer, { trustId: viewer.trustId, ownerSchoolId: input.owner.schoolId, communityId: input.owner.communityId }),
  async work(tx, viewer, input) {
    const { schoolId, communityId } = input.owner;
    if (schoolId && !(await tx.school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true } }))) throw fieldError("owner", "Choose who runs the course.");
    if (communityId && !(await tx.community.findFirst({ where: { id: communityId, trustId: viewer.trustId, archivedAt: null }, select: { id: true } }))) throw fieldError("owner", "Choose who runs the course.");
    await checkFields(tx, viewer, input);
    const course = await tx.course.create({ data: { trustId: viewer.trustId, ownerSchoolId: schoolId, communityId, createdById: viewer.userId, ...columns(input) } });
    return changed("Course", course.id, "course.create", { after: course }, { id: course.id });
  },
  revalidate: (_, data) => pages(data.id),
  success: "Course saved as a draft: add its sessions, then publish it.",
});

export const editCourse = command({
  schema: editCourseSchema,
  load: async (tx, viewer, input) => {
    await lockCourse(tx, viewer.trustId, input.courseId);
    return tx.course.findFirst({ where: { id: input.courseId, ...courseVisibleTo(viewer) } });
  },
  authorize: organises,
  async work(tx, viewer, input, before) {
    await checkFields(tx, viewer, input);
    const held = await placesHeld(tx, before.id);
    if (input.places < held) throw fieldError("places", `${held} places are already taken: the course cannot have fewer.`);
    const after = await tx.course.update({ where: { id: before.id }, data: columns(input) });
    const offers = before.status === "PUBLISHED" ? await offerFreePlaces(tx, before.id, new Date()) : [];
    return { data: { id: before.id }, audit: [{ action: "course.edit", entity: "Course", entityId: before.id, before, after }, ...offers] };
  },
  revalidate: (_, data) => pages(data.id),
  success: "Course saved.",
});

export const addSession = command({
  schema: sessionSchema,
  load: (tx, viewer, input) => visibleCourse(tx, viewer, input.courseId),
  authorize: organises,
  async work(tx, viewer, input, course) {
    if (input.startsAt.getTime() <= Date.now()) throw fieldError("startsAt", "A session cannot start in the past.");
    if (!input.venue && !input.onlineUrl) throw fieldError("venue", "Give the venue, or the online link.");
    const slot = course.kind === "CONFERENCE" ? input.slot : 1;
    const session = await tx.courseSession.create({
      data: { trustId: viewer.trustId, courseId: course.id, title: input.title, slot, startsAt: input.startsAt, durationMinutes: input.durationMinutes, venue: input.venue, onlineUrl: input.onlineUrl },
    });
    return changed("CourseSession", session.id, "course.session.add", { after: session }, { id: course.id });
  },
  revalidate: (_, data) => pages(data.id),
  success: "Session added.",
});

export const removeSession = command({
  schema: sessionIdSchema,
  load: (tx, viewer, input) => tx.courseSession.findFirst({ where: { id: input.sessionId, trustId: viewer.trustId, course: courseVisibleTo(viewer) }, include: { course: true, _count: { select: { attendance: true } } } }),
  authorize: (viewer, _, s) => mayOrganise(viewer, s.course),
  async work(tx, _viewer, input, { course, _count, ...session }) {
    if (_count.attendance > 0) throw new AppError("CONFLICT", "This session's register has been taken, so it cannot be removed.");
    await tx.courseSession.delete({ where: { id: input.sessionId } });
    return changed("CourseSession", session.id, "course.session.remove", { before: session }, { id: course.id });
  },
  revalidate: (_, data) => pages(data.id),
  success: "Session removed.",
});

export const publishCourse = command({
  schema: courseIdSchema,
  load: (tx, viewer, input) => visibleCourse(tx, viewer, input.courseId),
  authorize: organises,
  async work(tx, _viewer, input, course) {
    const data = { id: course.id };
    if (course.status === "PUBLISHED") return { data, unchanged: true };
    if (course.sessions.length === 0) throw fieldError("courseId", "Add at least one session before publishing.");
    if (course.sessions.some((s) => s.startsAt.getTime() <= Date.now())) throw fieldError("courseId", "A session of this course is in the past: move or remove it before publishing.");
    if (course.kind === "SCHOOL_VISIT" && !course.providerSchoolId) throw fieldError("courseId", "A school visit needs its host school.");
    const after = await tx.course.update({ where: { id: input.courseId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    return changed("Course", course.id, "course.publish", { before: { status: course.status }, after: { status: after.status, publishedAt: after.publishedAt } }, data);
  },
  revalidate: (_, data) => pages(data.id),
  success: "Course published: staff can book it now.",
});
