// The review form's grade fields, zod-free so the form can name them without loading the schema
// (issue 22); lib/reviews/schema.ts reads them back.
export const GRADE_PREFIX = "grade_";
export const gradeField = (areaId: string) => `${GRADE_PREFIX}${areaId}`;
