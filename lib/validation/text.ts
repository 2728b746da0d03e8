// Plain text rules with no zod behind them, so the browser's form code can use them without loading zod
// (issue 22: zod is a fifth of a page's JavaScript; lib/validation/fields.ts re-exports these).

/** PostgreSQL text cannot hold NUL; nobody types one on purpose, so it is removed wherever input arrives. */
export const stripNul = (value: string) => (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value);
