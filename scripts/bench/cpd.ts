// CPD pages and the save action, on the scale-10 trust: the targets are p95 < 150 ms for the
// school and trust development views and < 50 ms for saving an activity.
import { saveActivity } from "../../lib/cpd/commands";
import { schoolDevelopment } from "../../lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "../../lib/cpd/schema";
import { trustDevelopment } from "../../lib/cpd/trust/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchAction, BenchPage } from "./types";

// One row a page (the target: p95 < 150 ms).
export const cpdPages: BenchPage[] = [
  { name: "CPD school development (head, own school)", email: DEMO_EMAILS.head, path: () => "/school-development", sql: (_ctx, viewer) => schoolDevelopment(viewer, schoolDevelopmentParams.parse({})), targetMs: 150 },
  { name: "CPD trust development (trust admin, all schools)", email: DEMO_EMAILS.admin, path: () => "/trust-development", sql: (_ctx, viewer) => trustDevelopment(viewer), targetMs: 150 },
];

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export const cpdActions: BenchAction[] = [
  {
    name: "Save a CPD activity (teacher, submit)",
    email: DEMO_EMAILS.teacher,
    run: async (_ctx, viewer, i) => {
      const result = await saveActivity.run(viewer, {
        title: `Bench activity ${i}`, type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: yesterday(), endDate: yesterday(),
        hours: "1.5", reflection: "Measured by the benchmark.", intent: "submit",
      });
      if (!result.ok) throw new Error(result.message);
    },
    targetMs: 50,
  },
];
