// The dashboard's views: metrics in three groups, so a grid of 120 schools stays readable (and light).
export const METRIC_GROUPS = {
  pupils: { label: "Pupils and outcomes", keys: ["pupils_on_roll", "attendance", "persistent_absence", "suspensions_per_100", "permanent_exclusions", "progress_8", "ks2_reading", "ks2_writing", "ks2_maths"] },
  staff: { label: "Staff and finance", keys: ["staff_absence_days_per_fte", "teacher_vacancies", "staff_turnover", "ect_on_track", "budget_balance"] },
  development: { label: "Development and review", keys: ["cpd_hours_per_fte", "training_compliance", "npq_in_progress", "community_participation", "open_review_actions", "overdue_review_actions"] },
} as const;

export type GroupKey = keyof typeof METRIC_GROUPS;

/** Metrics of a group, in the group's order; metrics the trust added that no group names go with "pupils". */
export function metricsOfGroup<M extends { key: string }>(metrics: M[], group: GroupKey): M[] {
  const named = new Set<string>(Object.values(METRIC_GROUPS).flatMap((g) => g.keys));
  const keys: readonly string[] = METRIC_GROUPS[group].keys;
  const inGroup = keys.map((k) => metrics.find((m) => m.key === k)).filter((m): m is M => Boolean(m));
  return group === "pupils" ? [...inGroup, ...metrics.filter((m) => !named.has(m.key))] : inGroup;
}
