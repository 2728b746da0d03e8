import "server-only";
// The overviews: a head's table of their school (who is in the cycle, their reviewer, and whether the
// objectives are agreed and each review signed off, with who is overdue), and the trust's completion
// rates per school, figures only, with the admin's cycle and heads' reviewers.
import { notFound } from "next/navigation";
import { can, type Viewer } from "@/lib/access/policy";
import { requireAny, requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import type { AppraisalReviewKind, Prisma } from "@/lib/db/generated/client";
import { academicYearLabel, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { mayReadPay, planVisibleTo } from "../access";
import { cycleFor, planYear } from "../mutations";
import { outOfCycle } from "../rules";
import { stepsOf } from "../queries";

const current = () => ({ OR: [{ leaveDate: null }, { leaveDate: { gt: londonToday() } }] });
const signed = (kind: AppraisalReviewKind) => ({ reviews: { some: { kind, supersededAt: null, revieweeSignedAt: { not: null }, reviewerSignedAt: { not: null } } } });

export async function schoolOverview(viewer: Viewer, schoolId: string) {
  if (!isId(schoolId)) notFound();
  const school = await db().school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, name: true, trustId: true } });
  if (!school) notFound();
  requirePermission(viewer, "appraisal:view:any", { trustId: school.trustId, schoolId: school.id });
  const year = planYear();
  const today = londonToday();
  const [cycle, staff, plans, inInduction] = await Promise.all([
    cycleFor(db(), viewer.trustId, year),
    db().staffMember.findMany({
      where: { trustId: viewer.trustId, schoolId: school.id, ...current() },
      select: {
        id: true, firstName: true, lastName: true, jobTitle: true, category: true, userId: true,
        lineManager: { select: { firstName: true, lastName: true, userId: true } },
        user: { select: { roleAssignments: { where: { role: "HEADTEACHER", schoolId: school.id }, select: { id: true } } } },
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
    db().appraisalPlan.findMany({
      where: { ...planVisibleTo(viewer), schoolId: school.id, academicYear: year, isHead: false },
      select: {
        id: true, trustId: true, schoolId: true, staffMemberId: true, reviewerId: true, isHead: true, revieweeAgreedAt: true, reviewerAgreedAt: true,
        reviewer: { select: { name: true } }, panel: { select: { userId: true } }, _count: { select: { objectives: { where: { trustId: viewer.trustId } } } },
        reviews: { where: { supersededAt: null, revieweeSignedAt: { not: null }, reviewerSignedAt: { not: null } }, select: { kind: true } },
      },
    }),
    // Inductions under way, read with the trust's condition (a relation read of each member's induction would not carry it).
    db().earlyCareerInduction.findMany({ where: { trustId: viewer.trustId, completedOn: null, staffMember: { trustId: viewer.trustId, schoolId: school.id } }, select: { staffMemberId: true } }),
  ]);
  const ects = new Set(inInduction.map((i) => i.staffMemberId));
  const planOf = new Map(plans.map((p) => [p.staffMemberId, p]));
  const rows = staff.map((s) => {
    const isHead = Boolean(s.user?.roleAssignments.length);
    const plan = planOf.get(s.id) ?? null;
    const out = isHead ? "Head: reviewed through the trust" : outOfCycle(cycle, { category: s.category, inInduction: ects.has(s.id) });
    const steps = out ? null : stepsOf(cycle, plan, false, today);
    return {
      id: s.id,
      name: `${s.firstName} ${s.lastName}`,
      jobTitle: s.jobTitle,
      userId: s.userId,
      out,
      planId: plan?.id ?? null,
      reviewer: plan ? plan.reviewer.name : s.lineManager?.userId ? `${s.lineManager.firstName} ${s.lineManager.lastName} (line manager)` : null,
      reviewerId: plan?.reviewerId ?? s.lineManager?.userId ?? "",
      steps,
      overdue: Boolean(steps && Object.values(steps).includes("overdue")),
      pay: Boolean(plan && cycle.payRecommendations && mayReadPay(viewer, plan)),
    };
  });
  const inCycle = rows.filter((r) => r.steps);
  const done = (step: "objectives" | "midYear" | "endYear") => inCycle.filter((r) => r.steps?.[step] === "done").length;
  return {
    school: { id: school.id, name: school.name },
    yearLabel: academicYearLabel(year),
    cycle,
    rows,
    totals: { inCycle: inCycle.length, objectives: done("objectives"), midYear: done("midYear"), endYear: done("endYear"), overdue: inCycle.filter((r) => r.overdue).length },
    reviewers: staff.filter((s) => s.userId).map((s) => ({ value: s.userId!, label: `${s.firstName} ${s.lastName}, ${s.jobTitle || "member of staff"}` })),
  };
}

/** Per school, of the staff in the cycle: how many have agreed objectives and signed off each review. No names. */
export async function trustCompletion(viewer: Viewer) {
  requireAny(viewer, "appraisal-completion:view");
  const year = planYear();
  const [cycle, inInduction] = await Promise.all([
    cycleFor(db(), viewer.trustId, year),
    // Staff in induction are out of the cycle: their inductions read with the trust's condition, not joined to every member.
    db().earlyCareerInduction.findMany({ where: { trustId: viewer.trustId, completedOn: null }, select: { staffMemberId: true } }),
  ]);
  const inCycle: Prisma.StaffMemberWhereInput = {
    trustId: viewer.trustId, ...current(), school: { archivedAt: null },
    id: { notIn: inInduction.map((i) => i.staffMemberId) },
    ...(cycle.supportStaff ? {} : { category: { not: "SUPPORT" } }),
  };
  const plans = (extra: Prisma.AppraisalPlanWhereInput) =>
    db().appraisalPlan.groupBy({ by: ["schoolId"], where: { trustId: viewer.trustId, academicYear: year, staffMember: inCycle, ...extra }, _count: { _all: true } });
  const [schools, staff, agreed, mid, end] = await Promise.all([
    db().school.findMany({ where: { trustId: viewer.trustId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().staffMember.groupBy({ by: ["schoolId"], where: inCycle, _count: { _all: true } }),
    plans({ revieweeAgreedAt: { not: null }, reviewerAgreedAt: { not: null }, objectives: { some: {} } }),
    plans(signed("MID_YEAR")),
    plans(signed("END_OF_YEAR")),
  ]);
  const byId = (rows: { schoolId: string; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.schoolId, r._count._all]));
  const [s, a, m, e] = [byId(staff), byId(agreed), byId(mid), byId(end)];
  const rows = schools.map((x) => ({ id: x.id, name: x.name, inCycle: s.get(x.id) ?? 0, objectives: a.get(x.id) ?? 0, midYear: m.get(x.id) ?? 0, endYear: e.get(x.id) ?? 0 }));
  const sum = (k: "inCycle" | "objectives" | "midYear" | "endYear") => rows.reduce((n, r) => n + r[k], 0);
  return { yearLabel: academicYearLabel(year), year, cycle, rows, total: { inCycle: sum("inCycle"), objectives: sum("objectives"), midYear: sum("midYear"), endYear: sum("endYear") }, setsCycle: can(viewer, "appraisal-cycle:set", { trustId: viewer.trustId }) };
}

/** The trust admin's list of heads with their reviewer and panel, and whom they may choose from. */
export async function headsCycle(viewer: Viewer) {
  requirePermission(viewer, "appraisal-cycle:set", { trustId: viewer.trustId });
  const year = planYear();
  const [heads, leaders, governors] = await Promise.all([
    db().roleAssignment.findMany({
      where: { trustId: viewer.trustId, role: "HEADTEACHER", school: { archivedAt: null }, user: { status: "ACTIVE", staffMember: { isNot: null } } },
      select: { schoolId: true, school: { select: { name: true } }, user: { select: { id: true, name: true, staffMember: { select: { id: true, schoolId: true, appraisals: { where: { academicYear: year }, select: { id: true, reviewerId: true, reviewer: { select: { name: true } }, panel: { select: { userId: true } } } } } } } } },
      orderBy: { school: { name: "asc" } },
    }),
    db().user.findMany({ where: { trustId: viewer.trustId, status: "ACTIVE", roleAssignments: { some: { role: { in: ["TRUST_ADMIN", "TRUSTEE", "HEADTEACHER"] } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().roleAssignment.findMany({ where: { trustId: viewer.trustId, role: "LOCAL_GOVERNOR", user: { status: "ACTIVE" } }, select: { schoolId: true, user: { select: { id: true, name: true } } } }),
  ]);
  return heads
    .filter((h) => h.user.staffMember?.schoolId === h.schoolId)
    .map((h) => {
      const plan = h.user.staffMember!.appraisals[0] ?? null;
      return {
        staffMemberId: h.user.staffMember!.id,
        name: h.user.name,
        school: h.school!.name,
        planId: plan?.id ?? null,
        reviewer: plan?.reviewer.name ?? null,
        reviewerId: plan?.reviewerId ?? "",
        panel: plan?.panel.map((p) => p.userId) ?? [],
        leaders: leaders.filter((l) => l.id !== h.user.id).map((l) => ({ value: l.id, label: l.name })),
        governors: governors.filter((g) => g.schoolId === h.schoolId).map((g) => ({ value: g.user.id, label: g.user.name })),
      };
    });
}
