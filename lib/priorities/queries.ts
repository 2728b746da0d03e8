import "server-only";
// Reads of a school's improvement priorities, always through the where-builder (./access.ts). Owners are
// named only for those who read the school's named staff records; governors and trustees read a role.
import { notFound } from "next/navigation";
import { can, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { academicYear, academicYearLabel, isoDay, londonToday, termLabel } from "@/lib/dates";
import { staffLabel } from "@/lib/people/shown";
import { isId } from "@/lib/validation/fields";
import { mayManagePriority, priorityVisibleTo, readsNames } from "./access";
import { MAX_PRIORITIES, MIN_PRIORITIES } from "./labels";
import { isUnfinished, plannableYears, recordableTerms } from "./rules";

const OWNER = { select: { firstName: true, lastName: true, jobTitle: true, careerStage: true } } as const;
const LINK = { review: { select: { id: true, visitDate: true, publishedAt: true } }, area: { select: { name: true } } } as const;

/** The academic year a page asks for (?year=2026), or this one. */
export function yearParam(value: string | string[] | undefined): number {
  const n = Number(typeof value === "string" ? value : "");
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : academicYear(londonToday()).startYear;
}

const reviewLinkLabel = (p: { review: { visitDate: Date | null; publishedAt: Date | null } | null; area: { name: string } | null }) =>
  p.review ? `${p.area ? `${p.area.name}, ` : ""}review of ${isoDay(p.review.visitDate ?? p.review.publishedAt ?? new Date(0))}` : null;

/** The school's priorities for one year, with what a leader needs to write more. */
export async function schoolPriorities(viewer: Viewer, schoolId: string, year: number) {
  if (!isId(schoolId)) notFound();
  const school = await db().school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, name: true, trustId: true } });
  if (!school) notFound();
  requirePermission(viewer, "priority:view", { trustId: school.trustId, schoolId: school.id });
  const named = readsNames(viewer, school.id);
  const rows = await db().improvementPriority.findMany({
    where: { ...priorityVisibleTo(viewer), schoolId: school.id, academicYear: year },
    include: { owner: OWNER, ...LINK, milestones: { select: { doneAt: true } }, progress: { orderBy: { term: "desc" }, take: 1, select: { rating: true, term: true } } },
    orderBy: { createdAt: "asc" },
  });
  const manage = mayManagePriority(viewer, { trustId: school.trustId, schoolId: school.id });
  const lastYearUnfinished = manage
    ? (await db().improvementPriority.findMany({ where: { ...priorityVisibleTo(viewer), schoolId: school.id, academicYear: year - 1, copiedTo: null }, select: { milestones: { select: { doneAt: true } } } })).filter((p) =>
        isUnfinished(p.milestones),
      ).length
    : 0;
  return {
    school: { id: school.id, name: school.name },
    year,
    yearLabel: academicYearLabel(year),
    years: plannableYears(londonToday()).concat(year < academicYear(londonToday()).startYear ? [{ year, label: academicYearLabel(year) }] : []),
    manage,
    canAdd: manage && rows.length < MAX_PRIORITIES && plannableYears(londonToday()).some((y) => y.year === year),
    tooFew: rows.length < MIN_PRIORITIES,
    lastYearUnfinished,
    priorities: rows.map((p) => ({
      id: p.id,
      title: p.title,
      strand: p.strand,
      owner: staffLabel(p.owner, named),
      link: reviewLinkLabel(p),
      milestonesDone: p.milestones.filter((m) => m.doneAt).length,
      milestones: p.milestones.length,
      latest: p.progress[0] ? { rating: p.progress[0].rating, term: termLabel(p.progress[0].term) } : null,
    })),
    form: manage ? await formOptions(viewer, school.id) : null,
  };
}

/** The owners (the school's current staff) and the published reviews and judged areas a priority may cite. */
async function formOptions(viewer: Viewer, schoolId: string) {
  const [staff, reviews] = await Promise.all([
    db().staffMember.findMany({ where: { trustId: viewer.trustId, schoolId, leaveDate: null }, select: { id: true, firstName: true, lastName: true, jobTitle: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db().schoolReview.findMany({
      where: { trustId: viewer.trustId, schoolId, status: "PUBLISHED", supersededAt: null },
      select: { id: true, visitDate: true, publishedAt: true, judgements: { select: { area: { select: { id: true, name: true, position: true } }, grade: { select: { label: true } } } } },
      orderBy: { publishedAt: "desc" },
      take: 4,
    }),
  ]);
  const reviewLinks = reviews.flatMap((r) => {
    const label = `Review of ${isoDay(r.visitDate ?? r.publishedAt ?? new Date(0))}`;
    const areas = [...r.judgements].sort((a, b) => a.area.position - b.area.position);
    return [{ value: r.id, label: `${label}: the whole review` }, ...areas.map((j) => ({ value: `${r.id}/${j.area.id}`, label: `${label}: ${j.area.name} (${j.grade.label})` }))];
  });
  return { owners: staff.map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName}, ${s.jobTitle || "member of staff"}` })), reviewLinks };
}

/** One priority with its milestones, progress history and the CSI actions serving it. */
export async function priorityDetail(viewer: Viewer, priorityId: string) {
  if (!isId(priorityId)) notFound();
  const p = await db().improvementPriority.findFirst({
    where: { id: priorityId, ...priorityVisibleTo(viewer) },
    include: {
      school: { select: { id: true, name: true } },
      owner: OWNER,
      ...LINK,
      milestones: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }] },
      progress: { orderBy: { term: "desc" }, include: { recordedBy: { select: { name: true } } } },
      actions: { select: { id: true, description: true, status: true, dueOn: true }, orderBy: { dueOn: "asc" } },
      copiedFrom: { select: { id: true, academicYear: true } },
    },
  });
  if (!p) notFound();
  const named = readsNames(viewer, p.schoolId);
  const manage = mayManagePriority(viewer, p);
  return {
    id: p.id,
    school: p.school,
    year: p.academicYear,
    yearLabel: academicYearLabel(p.academicYear),
    title: p.title,
    why: p.why,
    strand: p.strand,
    successCriteria: p.successCriteria,
    ownerId: named ? p.ownerId : null,
    owner: staffLabel(p.owner, named),
    link: reviewLinkLabel(p),
    reviewLinkValue: p.reviewId ? (p.areaId ? `${p.reviewId}/${p.areaId}` : p.reviewId) : "",
    reviewId: p.review?.id ?? null,
    copiedFrom: p.copiedFrom ? { id: p.copiedFrom.id, label: academicYearLabel(p.copiedFrom.academicYear) } : null,
    milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: isoDay(m.dueOn), done: Boolean(m.doneAt) })),
    // Who recorded a rating is a leader's name: shown to those who read names only.
    progress: p.progress.map((r) => ({ id: r.id, term: termLabel(r.term), rating: r.rating, note: r.note, by: named ? r.recordedBy.name : null, at: r.at })),
    actions: p.actions.map((a) => ({ ...a, dueOn: isoDay(a.dueOn) })),
    manage,
    form: manage ? await detailForm(viewer, p.schoolId, p.academicYear) : null,
  };
}

async function detailForm(viewer: Viewer, schoolId: string, year: number) {
  const [options, actions] = await Promise.all([
    formOptions(viewer, schoolId),
    db().reviewAction.findMany({ where: { trustId: viewer.trustId, schoolId, priorityId: null, status: { not: "DONE" } }, select: { id: true, description: true }, orderBy: { dueOn: "asc" } }),
  ]);
  return { ...options, terms: recordableTerms(year, londonToday()), attachable: actions.map((a) => ({ value: a.id, label: a.description.slice(0, 120) })) };
}

/** The schools whose priorities the viewer reads (for the section's landing page). */
export async function prioritySchools(viewer: Viewer) {
  const scope = PERMISSIONS["priority:view"].schools(viewer);
  return db().school.findMany({ where: { trustId: viewer.trustId, archivedAt: null, ...(scope === "all" ? {} : { id: { in: scope } }) }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export const readsBoard = (viewer: Viewer) => can(viewer, "priority:board", { trustId: viewer.trustId });
