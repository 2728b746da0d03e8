// Every table of the portal, and what a subject access export takes from it about one person (issue
// 21 §1): their rows, or the reason the table holds nothing of theirs to give. Keyed by Prisma's model
// names, so a new table fails the type-check (and tests/integration/subject-access.test.ts) until it is
// listed here. Secrets (password and code hashes, session and link tokens) are never exported.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type Person = { trustId: string; staffMemberId: string; userId: string | null; email: string };
type Rows = (db: Db, p: Person) => Promise<object[]>;
export type CatalogueEntry = { label: string; rows: Rows; portfolio?: true } | { exempt: string };

/** One person's rows of a model by a staff or user column; nothing when they have no sign-in. */
const byUser = (f: (db: Db, p: Person & { userId: string }) => Promise<object[]>): Rows => (db, p) => (p.userId ? f(db, { ...p, userId: p.userId }) : Promise.resolve([]));

const SCHOOL_DATA = "A school's or the trust's record, not a person's (people appear in it by role)";
const ANONYMOUS = "Anonymous by design: answers carry no user id and no link to anyone, so no one's can be found (issue 20)";
const REFERENCE = "Reference data of the trust (definitions, frameworks, calendars): no one's personal data";

export const CATALOGUE: Record<Prisma.ModelName, CatalogueEntry> = {
  StaffMember: { label: "Staff record", portfolio: true, rows: (db, p) => db.staffMember.findMany({ where: { trustId: p.trustId, id: p.staffMemberId }, include: { designations: true } }) },
  User: { label: "Sign-in account", rows: byUser((db, p) => db.user.findMany({ where: { trustId: p.trustId, id: p.userId }, omit: { passwordHash: true, mfaSecret: true, mfaPendingSecret: true, mfaLastStep: true } })) },
  StaffDesignation: { exempt: "Exported with the staff record (its designations)" },
  StaffPlacement: { label: "Employment history: secondments, moves and swaps", rows: (db, p) => db.staffPlacement.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, orderBy: { startDate: "asc" } }) },
  RoleAssignment: { label: "Roles in the portal", rows: byUser((db, p) => db.roleAssignment.findMany({ where: { trustId: p.trustId, userId: p.userId } })) },
  CpdActivity: { label: "CPD activities", portfolio: true, rows: (db, p) => db.cpdActivity.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, orderBy: { startDate: "asc" } }) },
  TrainingCompletion: { label: "Statutory training", portfolio: true, rows: (db, p) => db.trainingCompletion.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, include: { requirement: { select: { name: true } } }, orderBy: { completedOn: "asc" } }) },
  Qualification: { label: "Qualifications", portfolio: true, rows: (db, p) => db.qualification.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  EarlyCareerInduction: { label: "Early-career induction", portfolio: true, rows: (db, p) => db.earlyCareerInduction.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  InductionReview: { label: "Induction reviews and assessments", portfolio: true, rows: (db, p) => db.inductionReview.findMany({ where: { trustId: p.trustId, induction: { staffMemberId: p.staffMemberId } }, orderBy: { dueOn: "asc" } }) },
  InductionReviewVersion: { label: "Corrected induction reviews (earlier versions)", rows: (db, p) => db.inductionReviewVersion.findMany({ where: { trustId: p.trustId, review: { induction: { staffMemberId: p.staffMemberId } } } }) },
  MentorMeeting: { label: "ECT mentor meetings, as the ECT or the mentor", portfolio: true, rows: (db, p) => db.mentorMeeting.findMany({ where: { trustId: p.trustId, OR: [{ mentorId: p.staffMemberId }, { induction: { staffMemberId: p.staffMemberId } }] }, orderBy: { heldOn: "asc" } }) },
  CourseBooking: { label: "Course bookings", portfolio: true, rows: (db, p) => db.courseBooking.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, include: { course: { select: { title: true } } } }) },
  SessionAttendance: { label: "Course attendance", portfolio: true, rows: (db, p) => db.sessionAttendance.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  CourseFeedback: { label: "Course ratings", portfolio: true, rows: (db, p) => db.courseFeedback.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  ImpactFollowUp: { label: "Six-week impact follow-ups", portfolio: true, rows: (db, p) => db.impactFollowUp.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  CalendarFeed: { label: "Calendar feed", rows: (db, p) => db.calendarFeed.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, omit: { token: true } }) },
  BookingSession: { exempt: "The session a conference booking chose: exported with the bookings' courses" },
  Course: { exempt: "The trust's programme of courses (the person's bookings and attendance are exported)" },
  CourseSession: { exempt: "The sessions of the trust's courses (the person's attendance is exported)" },
  CoachingPairing: { label: "Coaching pairings, as coach or coachee", rows: (db, p) => db.coachingPairing.findMany({ where: { trustId: p.trustId, OR: [{ coachId: p.staffMemberId }, { coacheeId: p.staffMemberId }] } }) },
  CoachingStep: { label: "Coaching action steps", rows: (db, p) => db.coachingStep.findMany({ where: { trustId: p.trustId, pairing: { OR: [{ coachId: p.staffMemberId }, { coacheeId: p.staffMemberId }] } } }) },
  CoachingSession: { label: "Coaching sessions and their notes", rows: (db, p) => db.coachingSession.findMany({ where: { trustId: p.trustId, pairing: { OR: [{ coachId: p.staffMemberId }, { coacheeId: p.staffMemberId }] } } }) },
  DropInVisit: { label: "Drop-in visits received or made", rows: (db, p) => db.dropInVisit.findMany({ where: { trustId: p.trustId, OR: [{ teacherId: p.staffMemberId }, ...(p.userId ? [{ visitorId: p.userId }] : [])] } }) },
  DropInReply: { label: "Replies on drop-in visits", rows: (db, p) => db.dropInReply.findMany({ where: { trustId: p.trustId, visit: { OR: [{ teacherId: p.staffMemberId }, ...(p.userId ? [{ visitorId: p.userId }] : [])] } } }) },
  Aspiration: { label: "Career aspirations and their head's endorsement", portfolio: true, rows: (db, p) => db.aspiration.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  SuccessionPost: { label: "Key posts held or covered in an emergency", rows: (db, p) => db.successionPost.findMany({ where: { trustId: p.trustId, OR: [{ holderId: p.staffMemberId }, { emergencyCoverId: p.staffMemberId }] } }) },
  SuccessionCandidate: { label: "Named as a potential successor", rows: (db, p) => db.successionCandidate.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, include: { post: { select: { post: true, schoolId: true } } } }) },
  AppraisalPlan: { label: "Performance development plans (as reviewee or reviewer)", rows: (db, p) => db.appraisalPlan.findMany({ where: { trustId: p.trustId, OR: [{ staffMemberId: p.staffMemberId }, ...(p.userId ? [{ reviewerId: p.userId }] : [])] } }) },
  AppraisalObjective: { label: "Objectives", rows: (db, p) => db.appraisalObjective.findMany({ where: { trustId: p.trustId, plan: { staffMemberId: p.staffMemberId } } }) },
  AppraisalObjectiveEvidence: { label: "CPD linked to objectives", rows: (db, p) => db.appraisalObjectiveEvidence.findMany({ where: { trustId: p.trustId, objective: { plan: { staffMemberId: p.staffMemberId } } } }) },
  AppraisalReview: { label: "Mid-year and end-of-year reviews", rows: (db, p) => db.appraisalReview.findMany({ where: { trustId: p.trustId, plan: { staffMemberId: p.staffMemberId } } }) },
  AppraisalObjectiveProgress: { label: "Progress on each objective at review", rows: (db, p) => db.appraisalObjectiveProgress.findMany({ where: { trustId: p.trustId, review: { plan: { staffMemberId: p.staffMemberId } } } }) },
  AppraisalPay: { label: "Pay recommendations (review before release)", rows: (db, p) => db.appraisalPay.findMany({ where: { trustId: p.trustId, plan: { staffMemberId: p.staffMemberId } } }) },
  AppraisalPanelMember: { label: "Seats on a head's appraisal panel", rows: byUser((db, p) => db.appraisalPanelMember.findMany({ where: { trustId: p.trustId, userId: p.userId } })) },
  AppraisalCycle: { exempt: REFERENCE },
  SurveyParticipation: { label: "Staff surveys taken part in (whether, never what: answers are not linked to anyone)", rows: byUser((db, p) => db.surveyParticipation.findMany({ where: { trustId: p.trustId, userId: p.userId }, include: { survey: { select: { title: true, term: true } } } })) },
  WorkloadCheckInvite: { label: "Workload checks asked of them (whether answered, never the answer)", rows: byUser((db, p) => db.workloadCheckInvite.findMany({ where: { userId: p.userId, check: { trustId: p.trustId } } })) },
  WorkloadDemand: { label: "Workload demands proposed or decided", rows: byUser((db, p) => db.workloadDemand.findMany({ where: { trustId: p.trustId, OR: [{ proposedById: p.userId }, { decidedById: p.userId }] } })) },
  SurveyResponse: { exempt: ANONYMOUS },
  SurveyAnswer: { exempt: ANONYMOUS },
  WorkloadCheckAnswer: { exempt: ANONYMOUS },
  Survey: { exempt: "The trust's and schools' surveys (questions and dates): whether the person took part is exported" },
  SurveyQuestion: { exempt: REFERENCE },
  SurveyAction: { exempt: "A school's or the trust's \"you said, we did\" actions, not a person's" },
  WorkloadCheck: { exempt: "A demand's one-question check (dates): whether the person was asked is exported" },
  Membership: { label: "Community memberships", rows: (db, p) => db.membership.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, include: { community: { select: { name: true } } } }) },
  CommunityInvitation: { label: "Invitations to communities", rows: (db, p) => db.communityInvitation.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  Attendance: { label: "Meeting attendance", rows: (db, p) => db.attendance.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId }, include: { meeting: { select: { title: true, startsAt: true } } } }) },
  Resource: { label: "Resources shared", rows: (db, p) => db.resource.findMany({ where: { trustId: p.trustId, authorId: p.staffMemberId } }) },
  Expertise: { label: "Expertise offered", rows: (db, p) => db.expertise.findMany({ where: { trustId: p.trustId, staffMemberId: p.staffMemberId } }) },
  ReviewAction: { label: "School review actions owned", rows: (db, p) => db.reviewAction.findMany({ where: { trustId: p.trustId, ownerId: p.staffMemberId } }) },
  ImprovementPriority: { label: "School improvement priorities owned or written", rows: (db, p) => db.improvementPriority.findMany({ where: { trustId: p.trustId, OR: [{ ownerId: p.staffMemberId }, ...(p.userId ? [{ createdById: p.userId }] : [])] } }) },
  PriorityProgress: { label: "Priority progress recorded", rows: byUser((db, p) => db.priorityProgress.findMany({ where: { trustId: p.trustId, recordedById: p.userId } })) },
  SchoolReview: { label: "School reviews led", rows: byUser((db, p) => db.schoolReview.findMany({ where: { trustId: p.trustId, leadReviewerId: p.userId }, select: { id: true, schoolId: true, status: true, createdAt: true } })) },
  ReviewTeamMember: { label: "School review teams", rows: byUser((db, p) => db.reviewTeamMember.findMany({ where: { trustId: p.trustId, userId: p.userId } })) },
  CriticalFriend: { label: "Critical friend appointments", rows: byUser((db, p) => db.criticalFriend.findMany({ where: { trustId: p.trustId, userId: p.userId } })) },
  ActionNote: { label: "Progress notes written on review actions", rows: byUser((db, p) => db.actionNote.findMany({ where: { trustId: p.trustId, authorId: p.userId } })) },
  CsiLevel: { label: "CSI levels set", rows: byUser((db, p) => db.csiLevel.findMany({ where: { trustId: p.trustId, setById: p.userId } })) },
  GovernanceVisit: { label: "Governance visits made", rows: byUser((db, p) => db.governanceVisit.findMany({ where: { trustId: p.trustId, visitorUserId: p.userId } })) },
  GovernanceTraining: { label: "Governance training", rows: byUser((db, p) => db.governanceTraining.findMany({ where: { trustId: p.trustId, userId: p.userId } })) },
  MetricValueChange: { label: "Governance metric values entered", rows: byUser((db, p) => db.metricValueChange.findMany({ where: { trustId: p.trustId, changedById: p.userId } })) },
  Session: { label: "Sign-in sessions", rows: byUser((db, p) => db.session.findMany({ where: { trustId: p.trustId, userId: p.userId }, omit: { id: true }, orderBy: { createdAt: "asc" } })) },
  Invitation: { label: "Invitations to set up the account", rows: byUser((db, p) => db.invitation.findMany({ where: { trustId: p.trustId, userId: p.userId }, omit: { tokenHash: true } })) },
  MfaRecoveryCode: { exempt: "Secrets (hashes of recovery codes): the account page shows how many are left" },
  UnsubscribeToken: { exempt: "Secrets (hashes of one-click unsubscribe links)" },
  Notification: { label: "Notifications", rows: byUser((db, p) => db.notification.findMany({ where: { trustId: p.trustId, userId: p.userId }, orderBy: { createdAt: "asc" } })) },
  NotificationDelivery: { label: "Notification deliveries", rows: byUser((db, p) => db.notificationDelivery.findMany({ where: { userId: p.userId, notification: { trustId: p.trustId } } })) },
  NotificationPreference: { label: "Notification preferences", rows: byUser((db, p) => db.notificationPreference.findMany({ where: { userId: p.userId } })) },
  MailMessage: { label: "Emails sent", rows: (db, p) => db.mailMessage.findMany({ where: { trustId: p.trustId, toAddress: { equals: p.email, mode: "insensitive" } }, omit: { fileName: true } }) },
  AuditLog: { label: "Audit log entries about them or by them", rows: (db, p) => db.auditLog.findMany({ where: { trustId: p.trustId, OR: [{ entityId: { in: [p.staffMemberId, ...(p.userId ? [p.userId] : [])] } }, ...(p.userId ? [{ actorUserId: p.userId }] : [])] }, orderBy: { at: "asc" } }) },
  RecordAccess: { label: "Who opened their records", rows: (db, p) => db.recordAccess.findMany({ where: { trustId: p.trustId, subjectStaffId: p.staffMemberId }, include: { viewer: { select: { name: true } } }, orderBy: { at: "asc" } }) },
  DataExport: { label: "Exports of their data", rows: (db, p) => db.dataExport.findMany({ where: { trustId: p.trustId, subjectStaffId: p.staffMemberId }, omit: { redactions: true } }) },
  StoredFile: { exempt: "The files themselves are in the export's files folder (evidence, certificates, resources shared)" },
  Trust: { exempt: SCHOOL_DATA },
  Cluster: { exempt: SCHOOL_DATA },
  School: { exempt: SCHOOL_DATA },
  Community: { exempt: SCHOOL_DATA },
  Meeting: { exempt: "A community's meetings: the person's attendance is exported" },
  CpdTarget: { exempt: REFERENCE },
  TrainingRequirement: { exempt: REFERENCE },
  MetricDefinition: { exempt: REFERENCE },
  MetricValue: { exempt: "Schools' aggregate figures; the values a person entered are exported (metric value changes)" },
  GovernanceExpectation: { exempt: REFERENCE },
  EvaluationFramework: { exempt: REFERENCE },
  EvaluationArea: { exempt: REFERENCE },
  EvaluationGrade: { exempt: REFERENCE },
  ReviewCycle: { exempt: SCHOOL_DATA },
  Judgement: { exempt: "A school's review judgements: the reviews a person led are exported" },
  SupportAgreement: { exempt: SCHOOL_DATA },
  ImprovementCapacityChange: { exempt: SCHOOL_DATA },
  PriorityMilestone: { exempt: "A school priority's milestones: the priorities a person owns are exported" },
  TrustHoliday: { exempt: REFERENCE },
  DataImport: { exempt: "An import of the school register or staff list: the rows it made are exported where they are the person's" },
  StaffImportMapping: { exempt: REFERENCE },
  RateLimitBucket: { exempt: "Failed sign-in counters, gone within 15 minutes (a counter names the email address it limits)" },
};

export type Exported = Extract<CatalogueEntry, { label: string }>;
export const isExported = (e: CatalogueEntry): e is Exported => "label" in e;
