// Which free text in an export was written by someone else and names another person: listed for the
// trust admin to review (and redact where they must) before the export is released.
export type Redaction = { kind: string; field: string; recordId: string; names: string[] };

/** Full names of others (at least two words) found in `text`, each once. */
export function namesIn(text: string, others: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return [...new Set(others.filter((n) => n.includes(" ") && lower.includes(n.toLowerCase())))];
}

/** Fields of free text that someone other than the person usually writes, by kind of record. */
export const WRITTEN_BY_OTHERS: Record<string, string[]> = {
  CpdActivity: ["returnReason"],
  InductionReview: ["notes"],
  InductionReviewVersion: ["notes", "correctionNote"],
  StaffPlacement: ["note"],
  ReviewAction: ["description"],
  ImprovementPriority: ["why", "successCriteria"],
  AuditLog: ["before", "after"],
  CoachingSession: ["notes"],
  Aspiration: ["endorsementNote"],
  AppraisalReview: ["reviewerComment"],
  AppraisalObjectiveProgress: ["reviewerComment"],
  AppraisalPay: ["reason"],
  DropInVisit: ["wentWell", "nextStep"],
  DropInReply: ["body"],
};

export function findRedactions(sections: { model: string; rows: Record<string, unknown>[] }[], others: readonly string[]): Redaction[] {
  const out: Redaction[] = [];
  for (const { model, rows } of sections) {
    for (const field of WRITTEN_BY_OTHERS[model] ?? []) {
      for (const row of rows) {
        const value = row[field];
        if (value === null || value === undefined) continue;
        const names = namesIn(typeof value === "string" ? value : JSON.stringify(value), others);
        if (names.length) out.push({ kind: model, field, recordId: String(row.id ?? ""), names });
      }
    }
  }
  return out;
}
