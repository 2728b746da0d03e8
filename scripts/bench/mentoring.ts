// ECT mentor meetings (issue 18 §4): the induction page with its log and coverage, as the mentor and
// the tutor open it, and the head's inductions overview with its lapses (a latest meeting per ECT).
import { inductionMeetings } from "../../lib/inductions/mentor-meetings/queries";
import { inductionDetail, schoolInductions } from "../../lib/inductions/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

/** The demo teacher's mentee's induction. */
const mentored = async (ctx: BenchContext) => {
  const teacher = await ctx.viewer(DEMO_EMAILS.teacher);
  return (await ctx.prisma.earlyCareerInduction.findFirstOrThrow({ where: { mentorId: teacher.staff?.id ?? "" }, select: { id: true } })).id;
};

export const mentoringPages: BenchPage[] = [
  {
    name: "Mentor meetings: an ECT's induction page with its log (mentor)",
    email: DEMO_EMAILS.teacher,
    path: async (ctx) => `/inductions/${await mentored(ctx)}`,
    sql: async (ctx, viewer) => {
      const id = await mentored(ctx);
      return Promise.all([inductionDetail(viewer, id), inductionMeetings(viewer, id)]);
    },
    targetMs: 150,
  },
  { name: "Mentor meetings: inductions overview with lapses (head)", email: DEMO_EMAILS.head, path: () => "/inductions", sql: (_ctx, viewer) => schoolInductions(viewer), targetMs: 150 },
];
