// The governance metrics the trust starts with (seed document 000: "monitoring of key metrics").
// Entered or imported figures come from the schools' own systems; computed ones are worked out from
// the portal's data (lib/governance/computed.ts) and are never typed in. Pure: the seed and tests use it.
import type { MetricDirection, MetricPeriodKind, MetricSource, SchoolPhase } from "@/lib/db/generated/enums";

type MetricSpec = {
  key: string;
  label: string;
  unit: string;
  decimals: number;
  direction: MetricDirection;
  greenAt: number | null;
  redAt: number | null;
  minValue: number | null;
  maxValue: number | null;
  periodKind: MetricPeriodKind;
  source: MetricSource;
  phases: SchoolPhase[];
  description: string;
};

const PRIMARY: SchoolPhase[] = ["PRIMARY", "ALL_THROUGH"];
const SECONDARY: SchoolPhase[] = ["SECONDARY", "ALL_THROUGH"];
const H = "HIGHER_IS_BETTER" as const;
const L = "LOWER_IS_BETTER" as const;

type Row = [key: string, label: string, unit: string, decimals: number, direction: MetricDirection, green: number | null, red: number | null, min: number | null, max: number | null, kind: MetricPeriodKind, source: MetricSource, phases: SchoolPhase[], description: string];

const ROWS: Row[] = [
  ["pupils_on_roll", "Pupils on roll", "pupils", 0, H, null, null, 0, 5000, "TERM", "ENTERED", [], "Pupils on roll on the census day of the term (context, not rated)."],
  ["attendance", "Attendance", "%", 1, H, 95, 92, 0, 100, "TERM", "ENTERED", [], "Sessions attended as a percentage of possible sessions, term to date."],
  ["persistent_absence", "Persistent absence", "%", 1, L, 15, 22, 0, 100, "TERM", "ENTERED", [], "Pupils missing 10% or more of possible sessions, as a percentage of pupils on roll."],
  ["suspensions_per_100", "Suspensions per 100 pupils", "per 100", 2, L, 3, 8, 0, 100, "TERM", "ENTERED", [], "Suspensions in the term per 100 pupils on roll."],
  ["permanent_exclusions", "Permanent exclusions", "pupils", 0, L, 0, 1, 0, 100, "TERM", "ENTERED", [], "Permanent exclusions in the term."],
  ["progress_8", "Progress 8", "score", 2, H, 0, -0.5, -5, 5, "YEAR", "IMPORTED", SECONDARY, "The DfE's Progress 8 score for the year's Year 11 cohort."],
  ["ks2_reading", "KS2 reading: expected standard", "%", 0, H, 75, 65, 0, 100, "YEAR", "IMPORTED", PRIMARY, "Year 6 pupils reaching the expected standard in reading."],
  ["ks2_writing", "KS2 writing: expected standard", "%", 0, H, 72, 62, 0, 100, "YEAR", "IMPORTED", PRIMARY, "Year 6 pupils reaching the expected standard in writing (teacher assessment)."],
  ["ks2_maths", "KS2 maths: expected standard", "%", 0, H, 73, 63, 0, 100, "YEAR", "IMPORTED", PRIMARY, "Year 6 pupils reaching the expected standard in maths."],
  ["staff_absence_days_per_fte", "Staff absence days per FTE", "days", 1, L, 2, 3.5, 0, 100, "TERM", "ENTERED", [], "Working days lost to sickness absence in the term, per full-time equivalent."],
  ["teacher_vacancies", "Teacher vacancies", "posts", 0, L, 0, 2, 0, 200, "TERM", "ENTERED", [], "Teaching posts vacant or filled only temporarily at the end of the term."],
  ["budget_balance", "In-year budget balance", "£", 0, H, 0, -50000, -10000000, 10000000, "YEAR", "ENTERED", [], "Forecast in-year revenue balance (income less expenditure), in pounds."],
  ["cpd_hours_per_fte", "CPD hours per FTE", "hours", 1, H, 30, 20, null, null, "YEAR", "COMPUTED", [], "Verified CPD hours in the academic year over the FTE of current staff."],
  ["training_compliance", "Statutory training compliance", "%", 1, H, 95, 85, null, null, "YEAR", "COMPUTED", [], "Current staff × applicable statutory requirements with an in-date completion."],
  ["staff_turnover", "Staff turnover", "%", 1, L, 12, 18, null, null, "YEAR", "COMPUTED", [], "Leavers in the academic year over the average of the headcount at its start and end."],
  ["ect_on_track", "ECT induction on track", "%", 0, H, 90, 75, null, null, "YEAR", "COMPUTED", [], "Early-career teachers in induction whose latest review found them on track (none yet counts as on track)."],
  ["community_participation", "Community participation", "%", 0, H, 60, 40, null, null, "YEAR", "COMPUTED", [], "Current staff who belong to at least one trust community."],
  ["open_review_actions", "Open review actions", "actions", 0, L, 5, 10, null, null, "YEAR", "COMPUTED", [], "CSI review actions not done at the end of the year (or today)."],
  ["overdue_review_actions", "Overdue review actions", "actions", 0, L, 0, 3, null, null, "YEAR", "COMPUTED", [], "Open CSI review actions past their due date at the end of the year (or today)."],
  ["npq_in_progress", "NPQs in progress", "staff", 0, H, null, null, null, null, "YEAR", "COMPUTED", [], "Staff with a national professional qualification in progress (the NPQ pipeline)."],
];

export const METRIC_CATALOGUE: MetricSpec[] = ROWS.map(([key, label, unit, decimals, direction, greenAt, redAt, minValue, maxValue, periodKind, source, phases, description]) => ({
  key, label, unit, decimals, direction, greenAt, redAt, minValue, maxValue, periodKind, source, phases, description,
}));
