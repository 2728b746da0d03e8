// How far back a meeting may be recorded, with no zod behind it: the scheduling form shows it in the
// browser, which should not load zod for a number (issue 22). ./schema.ts enforces it.

/** Leaders often log last week's meeting afterwards: a start up to this many days back is accepted. */
export const MAX_DAYS_BACK = 14;
