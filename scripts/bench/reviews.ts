// CSI on the scale-10 trust: the board (p95 < 150 ms server time, beside its SQL alone) and reviewer
// suggestions for a whole cycle of ≈120 schools (< 500 ms), measured in-process as the cycle page computes them.
import { cycleSuggestions } from "../../lib/reviews/admin/queries";
import { csiBoard } from "../../lib/reviews/board/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchAction, BenchPage } from "./types";

/** The board, as the trust admin and as a trustee see it (every school × area). */
export const reviewsPages: BenchPage[] = [
  { name: "CSI board (trust admin, every school × area)", email: DEMO_EMAILS.admin },
  { name: "CSI board (trustee)", email: DEMO_EMAILS.trustee },
].map(({ name, email }) => ({ name, email, path: () => "/reviews/board", sql: (_ctx, viewer) => csiBoard(viewer, {}), targetMs: 150 }));

export const reviewsActions: BenchAction[] = [
  {
    name: "CSI reviewer suggestions for a whole cycle (every school)",
    email: DEMO_EMAILS.admin,
    run: async (ctx, viewer) => {
      // A fresh cycle with no reviews yet: every school of the trust gets ranked suggestions.
      const cycle = await ctx.prisma.reviewCycle.findFirstOrThrow({ where: { trustId: viewer.trustId }, orderBy: { academicYear: "desc" } });
      const { suggestions, schools } = await cycleSuggestions(viewer, "00000000-0000-4000-8000-000000000000", cycle.maxReviewsPerReviewer);
      if (suggestions.size !== schools.length) throw new Error(`Suggestions for ${suggestions.size} of ${schools.length} schools`);
    },
    targetMs: 500,
  },
];
