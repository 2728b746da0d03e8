import "server-only";
// Who answers, builds and reads staff surveys (decision 030), from the registry ("survey:*"). Reading
// results is never reading answers: every figure still passes lib/voice/anonymity.ts.
import { can, isTrustAdmin, PERMISSIONS, type Scope, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

type SurveyRow = { trustId: string; schoolId: string | null };

/** The schools whose results the viewer reads in full (as the rules allow): their heads, senior leaders, governors; the trust admin every school. */
const resultSchools = (v: Viewer): Scope => PERMISSIONS["survey:results"].schools(v);
const manageSchools = (v: Viewer): Scope => PERMISSIONS["survey:manage"].schools(v);
const headline = (v: Viewer) => can(v, "survey:headline", { trustId: v.trustId });

/**
 * Surveys the viewer may open in any way: trust-wide ones, and a school's when they answer, build or read
 * its results (the trust's people: every school's).
 */
export function surveyVisibleTo(v: Viewer): Prisma.SurveyWhereInput {
  if (headline(v)) return { trustId: v.trustId };
  const schools = [resultSchools(v), manageSchools(v)].flatMap((s) => (s === "all" ? [] : s));
  if (v.staff) schools.push(v.staff.schoolId);
  return { trustId: v.trustId, OR: [{ schoolId: null }, { schoolId: { in: [...new Set(schools)] } }] };
}

/** Whether the viewer is asked this survey: staff of its school (of any school, for a trust-wide one). */
export function inAudience(v: Viewer, s: SurveyRow): boolean {
  if (!v.staff || !can(v, "survey:answer:own", { trustId: s.trustId, staffMemberId: v.staff.id })) return false;
  return s.schoolId === null || s.schoolId === v.staff.schoolId;
}

/** Building a survey: a school's by its head (or the trust admin), a trust-wide one by the trust admin only. */
export const mayBuild = (v: Viewer, schoolId: string | null) => (schoolId ? can(v, "survey:manage", { trustId: v.trustId, schoolId }) : isTrustAdmin(v));

/** Recording "you said, we did" on a survey, for one school or (trust admin, trust-wide survey) the trust. */
export function mayRecordAction(v: Viewer, s: SurveyRow, schoolId: string | null): boolean {
  if (schoolId === null) return s.schoolId === null && isTrustAdmin(v);
  return (s.schoolId === null || s.schoolId === schoolId) && can(v, "survey:manage", { trustId: s.trustId, schoolId });
}

/**
 * What of a survey's results the viewer reads: which schools' figures, whether by phase, category and
 * career stage (trustees read headlines only), and whether the whole trust's (a trust-wide survey, for
 * the trust's people, and for a school's readers as the comparison). Null: nothing, so "not found".
 */
export type Reach = { schools: Scope; breakdown: boolean; trust: boolean };
export function resultReach(v: Viewer, s: SurveyRow): Reach | null {
  if (s.trustId !== v.trustId) return null;
  if (isTrustAdmin(v)) return { schools: "all", breakdown: true, trust: s.schoolId === null };
  const full = resultSchools(v);
  const own = full === "all" ? [] : full.filter((id) => s.schoolId === null || id === s.schoolId);
  if (headline(v)) return { schools: s.schoolId ? [s.schoolId] : "all", breakdown: false, trust: s.schoolId === null };
  if (!own.length) return null;
  return { schools: own, breakdown: true, trust: s.schoolId === null };
}
