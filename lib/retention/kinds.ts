// The kinds of record the retention schedule governs (issue 21 §2, decision 032): what each is, from
// when its period runs, and the trust's default with its basis. Pure: the seed, the nightly job, the
// admin's schedule and the staff privacy page all read it, so they cannot disagree.
import type { RetentionKind, RetentionUnit } from "@/lib/db/generated/enums";

export type KindInfo = {
  label: string;
  /** From when the period runs, read after "N years". */
  from: string;
  /** Whose data: a person's whole record (erased as a person) or rows of one kind (deleted). */
  scope: "person" | "records";
  /** The catalogue models (lib/privacy/catalogue.ts) this rule governs, for the data map. */
  models: string[];
  period: number;
  unit: RetentionUnit;
  basis: string;
};

export const RETENTION_KINDS: Record<RetentionKind, KindInfo> = {
  PERSONNEL: {
    label: "Personnel and CPD records of leavers",
    from: "after the end of employment",
    scope: "person",
    models: ["StaffMember", "User", "CpdActivity", "TrainingCompletion", "Qualification", "EarlyCareerInduction", "AppraisalPlan", "CoachingPairing", "Membership"],
    period: 6,
    unit: "YEARS",
    basis: "IRMS Information Management Toolkit for Academies: staff personnel files, end of employment + 6 years (the Limitation Act 1980 allows contract claims for 6 years). The person is then pseudonymised so the schools' figures stay right.",
  },
  INVITATIONS: {
    label: "Invitations never taken up (accounts and communities)",
    from: "after the invitation expired or was sent",
    scope: "records",
    models: ["Invitation", "CommunityInvitation"],
    period: 6,
    unit: "MONTHS",
    basis: "An invitation not taken up has no further purpose; six months leaves time to answer a query about it (UK GDPR Article 5(1)(e), storage limitation).",
  },
  SESSIONS: {
    label: "Sign-in sessions",
    from: "after the session ended",
    scope: "records",
    models: ["Session"],
    period: 90,
    unit: "DAYS",
    basis: "Kept to investigate a suspicious sign-in (NCSC logging guidance suggests about 90 days); the person sees their own sessions meanwhile.",
  },
  MAIL_OUTBOX: {
    label: "Emails sent (the outbox)",
    from: "after it was sent",
    scope: "records",
    models: ["MailMessage"],
    period: 90,
    unit: "DAYS",
    basis: "Kept to answer \"did the email go?\"; the notification itself stays in the portal.",
  },
  ACCESS_LOG: {
    label: "Log of who opened whose record",
    from: "after the record was opened",
    scope: "records",
    models: ["RecordAccess"],
    period: 2,
    unit: "YEARS",
    basis: "Long enough to answer a complaint or a subject access request about who looked (staff see the last year), short enough not to become a record of everyone's working day.",
  },
  AUDIT_LOG: {
    label: "Audit log of changes",
    from: "after the change",
    scope: "records",
    models: ["AuditLog"],
    period: 6,
    unit: "YEARS",
    basis: "Evidence of who changed a record, kept as long as the personnel records it explains (end of employment + 6 years, Limitation Act 1980).",
  },
  EXPORTS: {
    label: "Subject access and development record exports",
    from: "after the export was made",
    scope: "records",
    models: ["DataExport"],
    period: 30,
    unit: "DAYS",
    basis: "The ZIP is a second copy of everything about a person: kept a month (the time the trust has to answer a request) for it to be downloaded, then deleted.",
  },
};

export const KIND_ORDER = Object.keys(RETENTION_KINDS) as RetentionKind[];

const UNIT_WORDS: Record<RetentionUnit, [string, string]> = { DAYS: ["day", "days"], MONTHS: ["month", "months"], YEARS: ["year", "years"] };

/** "6 years", "1 month". */
export const periodLabel = (period: number, unit: RetentionUnit) => `${period} ${UNIT_WORDS[unit][period === 1 ? 0 : 1]}`;

/** The longest a rule may be set to, per unit (a hundred years of anything is a mistake). */
export const MAX_PERIOD: Record<RetentionUnit, number> = { DAYS: 36_500, MONTHS: 1_200, YEARS: 100 };
