// The school development table's sorts, with no zod behind them: the table runs in the browser (issue 22).
export const SCHOOL_SORTS = ["name", "hours", "percent", "verified", "pending", "compliance"] as const;
