import "server-only";
// One review of a plan (mid-year or end-of-year), its earlier signed-off versions, and the pay
// recommendation's own page: each read through its where-builder.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import type { AppraisalReviewKind } from "@/lib/db/generated/enums";
import { academicYearLabel, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { isReviewee, isReviewer, mayReadPay, payVisibleTo, planVisibleTo } from "../access";
import { REVIEW_KIND_SLUG } from "../labels";
import { cycleFor, planYear } from "../mutations";
import { inWindow, objectivesAgreed, reviewWindow } from "../rules";

/** The kind a path names (mid-year, end-of-year), or not found. */
export function kindParam(slug: string): AppraisalReviewKind {
  const kind = (Object.keys(REVIEW_KIND_SLUG) as AppraisalReviewKind[]).find((k) => REVIEW_KIND_SLUG[k] === slug);
  if (!kind) notFound();
  return kind;
}

export async function reviewDetail(viewer: Viewer, planId: string, kind: AppraisalReviewKind) {
  if (!isId(planId)) notFound();
  const plan = await db().appraisalPlan.findFirst({
    where: { id: planId, ...planVisibleTo(viewer, "reviews") },
    include: {
      staffMember: { select: { firstName: true, lastName: true } },
      reviewer: { select: { name: true } },
      objectives: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, successIndicators: true } },
      reviews: { where: { kind }, orderBy: { version: "desc" }, include: { progress: true } },
    },
  });
  if (!plan) notFound();
  const cycle = await cycleFor(db(), viewer.trustId, plan.academicYear);
  const window = reviewWindow(cycle, kind);
  const [current, ...earlier] = plan.reviews;
  const open = current && !current.supersededAt ? current : null;
  const signed = Boolean(open?.revieweeSignedAt && open.reviewerSignedAt);
  const asReviewee = isReviewee(viewer, plan);
  const asReviewer = isReviewer(viewer, plan);
  const version = (r: (typeof plan.reviews)[number]) => ({
    id: r.id, version: r.version, correctionNote: r.correctionNote, supersededAt: r.supersededAt,
    revieweeComment: r.revieweeComment, reviewerComment: r.reviewerComment,
    workload: r.workload, wellbeing: r.wellbeing, flexibleWorking: r.flexibleWorking, careerAspirations: r.careerAspirations,
    revieweeSignedAt: r.revieweeSignedAt, reviewerSignedAt: r.reviewerSignedAt,
    progress: Object.fromEntries(r.progress.map((p) => [p.objectiveId, { progress: p.progress, revieweeComment: p.revieweeComment, reviewerComment: p.reviewerComment }])),
  });
  return {
    planId: plan.id,
    kind,
    reviewee: `${plan.staffMember.firstName} ${plan.staffMember.lastName}`,
    reviewer: plan.reviewer.name,
    yearLabel: academicYearLabel(plan.academicYear),
    window,
    windowOpen: inWindow(window, londonToday()),
    objectives: plan.objectives,
    agreed: objectivesAgreed({ ...plan, objectives: plan.objectives.length }),
    review: open ? version(open) : null,
    signed,
    earlier: earlier.filter((r) => r.supersededAt).map(version),
    asReviewee,
    asReviewer,
    // The two parties write while it is this year's and not yet signed off by both; after that, a correction.
    writes: (asReviewee || asReviewer) && plan.academicYear === planYear() && !signed,
    corrects: (asReviewee || asReviewer) && signed,
  };
}

/** The pay recommendation's page: the reviewer, the head of the school (not for their own) and the trust admin. */
export async function payDetail(viewer: Viewer, planId: string) {
  if (!isId(planId)) notFound();
  const plan = await db().appraisalPlan.findFirst({
    where: { id: planId, trustId: viewer.trustId },
    include: { panel: { select: { userId: true } }, staffMember: { select: { firstName: true, lastName: true, jobTitle: true } }, reviewer: { select: { name: true } } },
  });
  if (!plan || !mayReadPay(viewer, plan)) notFound();
  const [pay, cycle] = await Promise.all([db().appraisalPay.findFirst({ where: { planId: plan.id, ...payVisibleTo(viewer) } }), cycleFor(db(), viewer.trustId, plan.academicYear)]);
  return {
    planId: plan.id,
    schoolId: plan.schoolId,
    reviewee: `${plan.staffMember.firstName} ${plan.staffMember.lastName}`,
    jobTitle: plan.staffMember.jobTitle,
    reviewer: plan.reviewer.name,
    yearLabel: academicYearLabel(plan.academicYear),
    recorded: cycle.payRecommendations,
    pay: pay && { outcome: pay.outcome, reason: pay.reason, at: pay.at },
    records: isReviewer(viewer, plan) && cycle.payRecommendations,
  };
}
