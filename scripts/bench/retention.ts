// Retention insight (issue 20 §3): the trust's five-year page at scale 10 (target p95 < 150 ms), and the
// head's school's.
import { retentionHome, schoolRetentionInsight, trustRetentionInsight } from "../../lib/staff-retention/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchPage } from "./types";

export const retentionPages: BenchPage[] = [
  { name: "Retention insight: the trust over five years (trustee)", email: DEMO_EMAILS.trustee, path: () => "/retention", sql: (_ctx, viewer) => trustRetentionInsight(viewer), targetMs: 150 },
  {
    name: "Retention insight: the head's school over five years",
    email: DEMO_EMAILS.head,
    path: () => "/retention",
    sql: async (_ctx, viewer) => {
      const home = await retentionHome(viewer);
      return home.kind === "school" ? schoolRetentionInsight(viewer, home.id) : home;
    },
    targetMs: 150,
  },
];
