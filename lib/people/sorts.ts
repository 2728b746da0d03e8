// The staff directory's sorts, with no zod behind them: its table runs in the browser (issue 22).
export const STAFF_SORTS = ["name", "school", "jobTitle", "category", "careerStage", "startDate", "fte"] as const;
