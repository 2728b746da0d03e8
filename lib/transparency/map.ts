// Transparency (issue 21 §5): the kinds of personal data the portal holds, each with why, on what
// lawful basis, and which permissions of the registry read it. The staff privacy page and the DPO's data
// map are generated from this, the privacy catalogue (what each table holds and how erasure treats it),
// the permission registry (who holds each permission) and the trust's retention schedule, so neither
// page can drift from what the code does. Every table the catalogue exports must sit in a group here:
// tests/integration/data-map.test.ts fails otherwise. Pure: no Prisma, no server-only.
import { canAny, PERMISSIONS, type Permission, type Viewer } from "@/lib/access/policy";
import type { Role } from "@/lib/db/generated/enums";
import type { RetentionKind } from "@/lib/db/generated/enums";
import { RETENTION_KINDS } from "@/lib/retention/kinds";
import { ROLE_LABELS } from "@/lib/shell/roles";

export type DataGroup = { id: string; title: string; purpose: string; basis: string; readers: Permission[]; models: string[] };

const CONTRACT = "Contract of employment and the trust's legitimate interest in developing its staff (UK GDPR Article 6(1)(b) and (f))";
const LEGAL = "Legal obligation: statutory training, induction and safeguarding records (Article 6(1)(c))";
const PUBLIC_TASK = "Public task: running and improving the trust's schools (Article 6(1)(e))";
const SECURITY = "Legitimate interest in keeping the portal secure and showing who changed or read what (Article 6(1)(f))";

export const DATA_GROUPS: DataGroup[] = [
  { id: "employment", title: "Your staff record and account", purpose: "Who you are, where you work and in which role, so the portal shows you the right things and your school its staff.", basis: CONTRACT, readers: ["staff:view", "trust:admin"], models: ["StaffMember", "User", "StaffPlacement", "RoleAssignment"] },
  { id: "development", title: "Your professional development", purpose: "Your CPD, statutory training, qualifications and courses: your record to keep, your school's evidence of development and compliance.", basis: LEGAL, readers: ["activity:view:own", "activity:view:any", "file:view:own"], models: ["CpdActivity", "TrainingCompletion", "Qualification", "CourseBooking", "SessionAttendance", "CourseFeedback", "ImpactFollowUp", "CalendarFeed"] },
  { id: "induction", title: "Early-career induction and mentoring", purpose: "The statutory induction of early-career teachers: reviews, assessments and mentor meetings.", basis: LEGAL, readers: ["induction:view:own", "induction:view:any"], models: ["EarlyCareerInduction", "InductionReview", "InductionReviewVersion", "MentorMeeting"] },
  { id: "appraisal", title: "Performance development", purpose: "Objectives, reviews and pay recommendations of the appraisal cycle.", basis: CONTRACT, readers: ["appraisal:view:own", "appraisal:review:own", "appraisal:view:any", "appraisal-pay:view"], models: ["AppraisalPlan", "AppraisalObjective", "AppraisalObjectiveEvidence", "AppraisalReview", "AppraisalObjectiveProgress", "AppraisalPay", "AppraisalPanelMember"] },
  { id: "coaching", title: "Coaching and drop-in visits", purpose: "Coaching you give or receive and drop-in visits to your lessons, for your development (never for capability).", basis: CONTRACT, readers: ["coaching:view:own", "coaching:view:any", "dropin:view:own", "dropin:view:any"], models: ["CoachingPairing", "CoachingStep", "CoachingSession", "DropInVisit", "DropInReply"] },
  { id: "career", title: "Career aspirations and succession", purpose: "The next steps you want, and the posts your school plans cover and succession for.", basis: CONTRACT, readers: ["aspiration:edit:own", "talent:view"], models: ["Aspiration", "SuccessionPost", "SuccessionCandidate"] },
  { id: "communities", title: "Communities and expertise", purpose: "The subject communities and networks you belong to, their meetings and resources, and the expertise you offer colleagues.", basis: PUBLIC_TASK, readers: ["community:view", "community:manage"], models: ["Membership", "CommunityInvitation", "Attendance", "Resource", "Expertise"] },
  { id: "school-improvement", title: "School improvement work", purpose: "Reviews you lead or take part in, actions and priorities you own, governance visits and training.", basis: PUBLIC_TASK, readers: ["review:view", "priority:view", "visit:view", "governance:oversee"], models: ["ReviewAction", "ImprovementPriority", "PriorityProgress", "SchoolReview", "ReviewTeamMember", "CriticalFriend", "ActionNote", "CsiLevel", "GovernanceVisit", "GovernanceTraining", "MetricValueChange", "WorkloadDemand"] },
  { id: "voice", title: "Staff surveys, workload checks and the exit survey", purpose: "Whether you were asked and took part, so reminders stop: never what you answered, which is not linked to you.", basis: PUBLIC_TASK, readers: ["survey:answer:own", "workload:answer:own"], models: ["SurveyParticipation", "WorkloadCheckInvite", "ExitSurveyInvite"] },
  { id: "messages", title: "Notifications and emails", purpose: "What the portal told you, in the portal and by email, and how you chose to hear.", basis: CONTRACT, readers: ["notification:read:own", "trust:admin"], models: ["Notification", "NotificationDelivery", "NotificationPreference", "MailMessage"] },
  { id: "security", title: "Sign-in, audit and access logs", purpose: "Keeping the portal secure: your sessions and invitations, who changed a record and who opened yours.", basis: SECURITY, readers: ["access-log:view:own", "access-log:search", "trust:admin"], models: ["Session", "Invitation", "AuditLog", "RecordAccess"] },
  { id: "rights", title: "Exports and legal holds", purpose: "Answering your subject access request or giving you your record, and keeping records a claim needs.", basis: "Legal obligation under UK GDPR Articles 15 and 20, and the establishment of legal claims (Article 17(3)(e))", readers: ["export:own", "export:any", "retention:manage"], models: ["DataExport", "LegalHold"] },
];

/** The retention kind governing a table: its own kind's, else the leaver's (end of employment + period). */
export function retentionKindOf(model: string): RetentionKind {
  const own = (Object.entries(RETENTION_KINDS) as [RetentionKind, { scope: string; models: string[] }][]).find(([, k]) => k.scope === "records" && k.models.includes(model));
  return own ? own[0] : "PERSONNEL";
}

const SCOPED_ROLES: Role[] = ["STAFF", "SENIOR_LEADER", "HEADTEACHER", "NETWORK_LEADER", "LOCAL_GOVERNOR", "TRUSTEE", "TRUST_ADMIN"];
const SCOPE_WORDS = { own: "their own", school: "of their school", community: "of their community", trust: "trust-wide" } as const;

/** A viewer holding one role, as the registry sees them (staff roles with a staff record of their own). */
function holder(role: Role): Viewer {
  const staff = role !== "TRUSTEE" && role !== "LOCAL_GOVERNOR" && role !== "TRUST_ADMIN";
  const id = "00000000-0000-4000-8000-000000000000";
  return { userId: id, trustId: id, name: "", email: "", staff: staff ? { id, schoolId: id } : null, roles: [{ id, role, schoolId: id, communityId: id }] };
}

/** Who may use a permission, in words: the roles the registry grants it to, and over whose records. */
export function readersOf(permission: Permission): { permission: Permission; description: string; roles: string[]; scope: string } {
  const rule = PERMISSIONS[permission];
  const roles = SCOPED_ROLES.filter((r) => canAny(holder(r), permission)).map((r) => ROLE_LABELS[r]);
  return { permission, description: rule.description, roles, scope: SCOPE_WORDS[rule.scope] };
}
