import "server-only";
// Reading the pipeline for one person and one school: one's own aspirations; a school's succession plan,
// talent pool, NPQs awaiting verification and the leaders who lack an expected qualification, for its
// head and the trust admin only.
import { notFound } from "next/navigation";
import { requireAny, requirePermission } from "@/lib/access/where";
import { can, headedSchools, type Viewer } from "@/lib/access/policy";
import { ownedBy } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { currentStaffOf } from "./access";
import { NPQ_KINDS } from "./labels";
import { COUNTING_STATUSES, EXPECTED_STAGES, KEY_POSTS, MEETS_EXPECTATION } from "./rules";

const person = { select: { id: true, firstName: true, lastName: true, jobTitle: true } } as const;

/** The viewer's own aspirations, with their head's readiness and note. */
export async function myAspirations(viewer: Viewer) {
  if (!viewer.staff || !can(viewer, "aspiration:edit:own", { staffMemberId: viewer.staff.id })) notFound();
  return db().aspiration.findMany({ where: ownedBy(viewer), orderBy: { createdAt: "asc" } });
}

/** The schools whose plans the viewer keeps, by name (a head's one school, every school for the trust admin). */
export async function plannedSchools(viewer: Viewer) {
  requireAny(viewer, "succession:manage");
  const scope = headedSchools(viewer);
  return db().school.findMany({ where: { trustId: viewer.trustId, ...(scope === "all" ? {} : { id: { in: scope } }) }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Current staff of the given schools expected to hold NPQH/NPQSL or a Masters who neither hold nor study one. */
export function lackingExpected(viewer: Viewer, schools: Prisma.StaffMemberWhereInput, page?: { skip: number; take: number }) {
  return db().staffMember.findMany({
    where: lackingWhere(viewer, schools),
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true, jobTitle: true, careerStage: true, schoolId: true },
    ...page,
  });
}

/** Who `lackingExpected` lists, for counting them without reading every row. */
export function lackingWhere(viewer: Viewer, schools: Prisma.StaffMemberWhereInput): Prisma.StaffMemberWhereInput {
  return {
    trustId: viewer.trustId, leaveDate: null, careerStage: { in: [...EXPECTED_STAGES] }, ...schools,
    qualifications: { none: { kind: { in: [...MEETS_EXPECTATION] }, status: { in: [...COUNTING_STATUSES] } } },
  };
}

/** One school's plan and pipeline: 404 unless the viewer heads it (or is the trust admin). */
export async function schoolPipeline(viewer: Viewer, schoolId: string) {
  requirePermission(viewer, "talent:view", { trustId: viewer.trustId, schoolId });
  const school = await db().school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, name: true } });
  if (!school) notFound();
  const ofSchool = { staffMember: { trustId: viewer.trustId, schoolId, leaveDate: null } };
  const [plans, staff, aspirations, npqs, lacking] = await Promise.all([
    db().successionPost.findMany({
      where: { trustId: viewer.trustId, schoolId },
      include: { holder: person, emergencyCover: person, successors: { include: { staffMember: person }, orderBy: { readiness: "asc" } } },
    }),
    db().staffMember.findMany({ where: currentStaffOf(viewer, schoolId), orderBy: [{ lastName: "asc" }, { firstName: "asc" }], select: { id: true, firstName: true, lastName: true, jobTitle: true } }),
    db().aspiration.findMany({ where: { trustId: viewer.trustId, ...ofSchool }, include: { staffMember: person }, orderBy: [{ readiness: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }] }),
    db().qualification.findMany({ where: { trustId: viewer.trustId, kind: { in: [...NPQ_KINDS] }, ...ofSchool }, include: { staffMember: person }, orderBy: [{ verifiedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] }),
    lackingExpected(viewer, { schoolId }),
  ]);
  const byPost = new Map(plans.map((p) => [p.post, p]));
  const posts = KEY_POSTS.map((post) => ({ post, plan: byPost.get(post) ?? null }));
  return { school, posts, staff, aspirations, npqs, lacking, ownStaffId: viewer.staff?.id ?? null };
}
