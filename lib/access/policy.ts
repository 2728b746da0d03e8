import "server-only";
// The access policy of docs/architecture.md, in one place (decision 011): the scopes, and the registry of
// every permission (PERMISSIONS) that navigation, pages, queries and commands ask through `can` and
// `canAny`. Pure functions of the viewer, no Prisma: the where-builders are in ./visibility.ts.
import type { Role } from "@/lib/db/generated/enums";

export type RoleAssignmentLite = { id: string; role: Role; schoolId: string | null; communityId: string | null };

export type Viewer = {
  userId: string;
  trustId: string;
  name: string;
  email: string;
  /** The viewer's own employment, when they are staff. */
  staff: { id: string; schoolId: string } | null;
  roles: RoleAssignmentLite[];
};

/** "all" means every school (or community) of the viewer's trust. */
export type Scope = "all" | string[];

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

export const hasRole = (v: Viewer, ...roles: Role[]) => v.roles.some((r) => roles.includes(r.role));
export const isTrustAdmin = (v: Viewer) => hasRole(v, "TRUST_ADMIN");

function schoolsWithRole(v: Viewer, roles: Role[]): string[] {
  return unique(v.roles.filter((r) => roles.includes(r.role)).map((r) => r.schoolId));
}

/** Schools whose named staff records (development, CPD) the viewer may read. */
export function staffRecordSchools(v: Viewer): Scope {
  if (isTrustAdmin(v)) return "all";
  return schoolsWithRole(v, ["HEADTEACHER", "SENIOR_LEADER"]);
}

/** Schools whose aggregates and metrics the viewer may read (no named records). */
export function aggregateSchools(v: Viewer): Scope {
  if (hasRole(v, "TRUST_ADMIN", "TRUSTEE")) return "all";
  return schoolsWithRole(v, ["HEADTEACHER", "SENIOR_LEADER", "LOCAL_GOVERNOR"]);
}

/** Schools whose page (profile, head, staff count) the viewer may open: aggregates plus their own school. */
export function visibleSchools(v: Viewer): Scope {
  const aggregates = aggregateSchools(v);
  if (aggregates === "all") return "all";
  return unique([...aggregates, v.staff?.schoolId ?? null]);
}

/** Schools whose governance visits the viewer may record: those they govern (every school for trustees and the trust admin). */
function governedSchools(v: Viewer): Scope {
  if (hasRole(v, "TRUST_ADMIN", "TRUSTEE")) return "all";
  return schoolsWithRole(v, ["LOCAL_GOVERNOR"]);
}

/** Schools the viewer heads (every school for the trust admin): where they appoint senior leaders and manage staff records. */
export function headedSchools(v: Viewer): Scope {
  if (isTrustAdmin(v)) return "all";
  return schoolsWithRole(v, ["HEADTEACHER"]);
}

/** Communities the viewer leads (may manage members, meetings, resources). */
export function ledCommunities(v: Viewer): Scope {
  if (isTrustAdmin(v)) return "all";
  return unique(v.roles.filter((r) => r.role === "NETWORK_LEADER").map((r) => r.communityId));
}

export const inScope = (scope: Scope, id: string | null | undefined) =>
  Boolean(id) && (scope === "all" || scope.includes(id as string));

const scopeIsEmpty = (scope: Scope) => scope !== "all" && scope.length === 0;

/** Whose records a permission reaches: the viewer's own, a school's, a community's, or the whole trust's. */
export type ScopeKind = "own" | "school" | "community" | "trust";

/**
 * What a permission is asked about. A target of another trust is never allowed, whatever the role.
 * `userId` is the person a record belongs to when that is a sign-in rather than a staff record (a
 * review's lead reviewer may be a critical friend with no staff record).
 */
export type Target = { trustId?: string; schoolId?: string | null; communityId?: string | null; staffMemberId?: string | null; userId?: string | null };

type Rule = { description: string } & (
  | { scope: "own"; owner?: "staff" | "user" }
  | { scope: "school"; schools: (v: Viewer) => Scope }
  | { scope: "community"; communities: (v: Viewer) => Scope }
  | { scope: "trust"; allows: (v: Viewer) => boolean }
);

const isStaff = (v: Viewer) => v.staff !== null;

/**
 * The registry: every permission of the portal, named once (own vs any, as "delete:note:own" /
 * "delete:note:any"), with whose records it reaches and the rule. Navigation, pages, queries and
 * commands all ask it (`can`, `canAny`); the permission table test walks it for every role.
 */
export const PERMISSIONS = {
  "school:view": { scope: "school", description: "Open a school's page: profile, head, staff count", schools: visibleSchools },
  "school:aggregates": { scope: "school", description: "Read a school's aggregates and metrics (no named records)", schools: aggregateSchools },
  "staff:view": { scope: "school", description: "Read a school's named staff records", schools: staffRecordSchools },
  "staff:edit": { scope: "school", description: "Change a school's staff records", schools: staffRecordSchools },
  "activity:view:own": { scope: "own", description: "Read one's own CPD, training and qualifications" },
  "activity:edit:own": { scope: "own", description: "Log and change one's own CPD (until verified)" },
  "activity:view:any": { scope: "school", description: "Read the CPD records of a school's staff", schools: staffRecordSchools },
  "activity:verify": { scope: "school", description: "Verify or return a school's CPD records", schools: staffRecordSchools },
  "file:view:own": { scope: "own", description: "Download one's own evidence and certificates" },
  "community:view": { scope: "trust", description: "Browse the trust's communities, resources and expertise", allows: (v) => isStaff(v) || isTrustAdmin(v) },
  "community:manage": { scope: "community", description: "Manage a community's members, meetings and resources", communities: ledCommunities },
  "community:create": { scope: "trust", description: "Create and archive communities, appoint their leaders", allows: isTrustAdmin },
  "trust:aggregates": { scope: "trust", description: "Read trust-wide aggregates and metrics", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  "trust:admin": { scope: "trust", description: "Administer the trust: users, sessions, reference data, imports, audit", allows: isTrustAdmin },
  "jobs:manage": { scope: "trust", description: "See the background jobs that failed (dead letters) and retry or discard them", allows: isTrustAdmin },
  "metric:view": { scope: "school", description: "Read a school's governance metrics and their trends (aggregates only)", schools: aggregateSchools },
  "metric:edit": { scope: "trust", description: "Enter and import governance metric values, refresh computed ones", allows: isTrustAdmin },
  "metric:define": { scope: "trust", description: "Edit governance metric definitions: name, unit, direction and RAG thresholds", allows: isTrustAdmin },
  "visit:view": { scope: "school", description: "Read the governance visits to a school", schools: aggregateSchools },
  "visit:record": { scope: "school", description: "Record a governance visit to a school one governs (trustees: any school)", schools: governedSchools },
  "governance:train": { scope: "trust", description: "Record one's own governance training (governors and trustees)", allows: (v) => hasRole(v, "LOCAL_GOVERNOR", "TRUSTEE") },
  "governance:oversee": { scope: "trust", description: "Read governance training completion by school, set expectations", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  "role:manage": { scope: "trust", description: "Grant and revoke roles (head, senior leader, governor, trustee, trust admin), invite people", allows: isTrustAdmin },
  "leader:appoint": { scope: "school", description: "Appoint and remove the senior leaders of a school one heads", schools: headedSchools },
  // An account's own changes, asked about the account row the command reads (active, of the trust): never another's.
  "account:password:own": { scope: "own", owner: "user", description: "Change one's own password (an active account of one's own)" },
  "account:mfa:own": { scope: "own", owner: "user", description: "Set up, renew the recovery codes of and turn off one's own two-step verification" },
  // Accepting an invitation: the person holding a live link is not signed in; the command runs as the account the
  // link names, and asks about the account the invitation row names, so a link works for its own account only.
  "account:activate:own": { scope: "own", owner: "user", description: "Choose the first password of the account a live invitation link names (its holder, not yet signed in)" },
  "staff:manage": { scope: "school", description: "Create and edit a school's staff records, record leavers (heads: their own school)", schools: headedSchools },
  "school:manage": { scope: "trust", description: "Create, rename and archive clusters, move schools between them, set improvement capacity", allows: isTrustAdmin },
  // CSI reviews (issue 9, decision 012). Governors and trustees read published reviews without evidence notes or reviewer names.
  "review:view": { scope: "school", description: "Read a school's published reviews, CSI level, critical friend and actions (the Reviews section)", schools: aggregateSchools },
  "review:evidence": { scope: "school", description: "Read the evidence notes and reviewer names of a school's reviews (its reviewers always)", schools: staffRecordSchools },
  "review:write:own": { scope: "own", owner: "user", description: "Write and submit a review one leads, while it is a draft" },
  "review:write:any": { scope: "trust", description: "Write any draft review of the trust", allows: isTrustAdmin },
  "review:assign": { scope: "trust", description: "Open review cycles and assign reviewers, with ranked suggestions", allows: isTrustAdmin },
  "review:publish": { scope: "trust", description: "Publish submitted reviews, correct published ones as a new version", allows: isTrustAdmin },
  "review-action:manage": { scope: "school", description: "Add a school's review actions, record progress notes, mark them done (heads: their own school)", schools: headedSchools },
  "csi-level:set": { scope: "trust", description: "Set a school's CSI level (challenge, support or intervention)", allows: isTrustAdmin },
  "csi-support:manage": { scope: "trust", description: "Assign critical friends, pair capacity givers, agree support and close agreements with their outcome", allows: isTrustAdmin },
  // Staff deployed are named, and an outcome may name them: governors and trustees read an agreement's existence, not these.
  "csi-support:view": { scope: "school", description: "Read a support agreement in full (staff deployed, outcome) when one's school gives or receives it (heads: their own school)", schools: headedSchools },
  "csi-board:view": { scope: "trust", description: "Read and export the CSI board of every school", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  // Early-career inductions (issue 11 §5, decision 018). "Own" is a relation to the induction, asked with the related
  // person as the target's staffMemberId: the ECT's induction tutor manages it; the ECT, their mentor and tutor read it.
  "induction:manage:any": { scope: "school", description: "Start a school's ECT inductions, record their reviews and final assessments (heads: their own school)", schools: headedSchools },
  "induction:manage:own": { scope: "own", description: "Manage an induction one is the induction tutor of: reviews, final assessment, mentor" },
  "induction:view:any": { scope: "school", description: "Read a school's ECT inductions, with those that are behind", schools: staffRecordSchools },
  "induction:view:own": { scope: "own", description: "Read an induction one is the ECT, mentor or induction tutor of" },
  // School improvement priorities (issue 18 §1): the school's leaders write them; its governors, the trustees and the
  // trust admin read them (owners by role, lib/people/shown.ts). The board's grid of every school is trust-wide.
  "priority:manage": { scope: "school", description: "Write a school's improvement priorities, milestones and termly progress (its head and senior leaders)", schools: staffRecordSchools },
  "priority:view": { scope: "school", description: "Read a school's improvement priorities and progress (leaders, governors; owners by role for governors)", schools: aggregateSchools },
  "priority:board": { scope: "trust", description: "Read every school's improvement priorities by strand and latest progress (the board's grid)", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  // Notifications (issue 17 §2): one's own only; anyone signed in may be told something.
  "notification:read:own": { scope: "own", owner: "user", description: "Read one's own notifications, mark them read and choose how each kind arrives" },
  // Who opened whose record (issue 21 §3): each person sees who opened theirs; the trust admin searches every entry.
  "access-log:view:own": { scope: "own", description: "See who has opened one's own records (portfolio, CPD, induction, evidence) in the last year" },
  "access-log:search": { scope: "trust", description: "Search the log of who opened whose record, by person, reader and date", allows: isTrustAdmin },
  // Subject access and portability (issue 21 §1): the trust admin exports everything about anyone; a person their own record.
  "export:any": { scope: "trust", description: "Export everything held about a member of staff (a subject access request) and review it before release", allows: isTrustAdmin },
  "export:own": { scope: "own", description: "Download one's own development record (CPD, training, qualifications, induction, with evidence)" },
  // Retention and erasure (issue 21 §2, decision 032): the trust admin alone keeps the schedule and erases.
  "retention:manage": { scope: "trust", description: "Edit the retention schedule, choose review or automatic erasure, confirm the review list, place and lift legal holds", allows: isTrustAdmin },
  "erasure:any": { scope: "trust", description: "Erase a person's data outside the schedule, with a recorded reason", allows: isTrustAdmin },
  // Transparency (issue 21 §5): the data map, for the trust's data protection officer (the trust admin's seat).
  "data-map:view": { scope: "trust", description: "Read the data map: each kind of personal data, where it is stored, who may read it and how long it is kept", allows: isTrustAdmin },
  // ECT mentor meetings (issue 18 §4): logged by the induction's mentor, asked with the mentor as the target. Reading the
  // log is reading the induction (its ECT, mentor, tutor and school leaders: induction:view:*).
  "mentor-meeting:log:own": { scope: "own", description: "Log, correct and delete the mentor meetings of an ECT one mentors" },
  // The CPD programme (issue 19 §1–2): staff browse and book; heads publish their school's courses and approve their
  // staff's bookings; network leaders publish their community's; the trust admin publishes the trust's and reads impact trust-wide.
  "course:view": { scope: "trust", description: "Browse the trust's CPD programme: courses, sessions and places left", allows: (v) => isStaff(v) || isTrustAdmin(v) },
  "course:book:own": { scope: "own", description: "Book, cancel and rate one's own places on courses; answer one's six-week follow-ups" },
  "course:publish": { scope: "school", description: "Publish a school's courses and visits, take their registers and read their impact (its head)", schools: headedSchools },
  "network-course:publish": { scope: "community", description: "Publish a community's courses, take their registers and read their impact (its network leaders)", communities: ledCommunities },
  "booking:approve": { scope: "school", description: "Approve or decline a school's staff's course bookings, and see their no-shows (its head)", schools: headedSchools },
  "programme:impact": { scope: "trust", description: "Read the programme's impact by strand and provider, and answers with names", allows: isTrustAdmin },
  "calendar:feed:own": { scope: "own", description: "Make, copy and revoke one's own private calendar feed" },
  // Coaching and drop-in visits (issue 18 §3). Steps and session notes are the pair's alone ("own": the pairing's coach
  // or coachee, asked with each as the target's staffMemberId); heads read pairings and cadence, never content.
  "coaching:manage": { scope: "school", description: "Set up and end coaching pairings for a coachee of a school one heads (the coach of any school)", schools: headedSchools },
  "coaching:view:any": { scope: "school", description: "Read the coaching pairings of a school one heads and whether they keep their cadence (never steps or notes)", schools: headedSchools },
  "coaching:view:own": { scope: "own", description: "Read a pairing one is the coach or coachee of: its action steps and session notes" },
  "coaching:coach:own": { scope: "own", description: "Set the action steps of, and record sessions in, a pairing one is the coach of" },
  "coaching:numbers": { scope: "trust", description: "Read the coaching programme's numbers: active pairs, sessions this term, cadence kept (no names)", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  // Drop-ins: the teacher, the visitor and the school's head read one; the trust admin visits but reads only their own.
  "dropin:record": { scope: "school", description: "Record a drop-in visit to a teacher of a school one leads (heads, senior leaders; the trust admin any)", schools: staffRecordSchools },
  "dropin:view:any": { scope: "school", description: "Read the drop-in visits to a school one heads, and the counts per member of staff", schools: (v) => schoolsWithRole(v, ["HEADTEACHER"]) },
  "dropin:view:own": { scope: "own", description: "Read and reply to the drop-in visits made to one" },
  "dropin:visitor:own": { scope: "own", owner: "user", description: "Read and reply to the drop-in visits one made" },
  // The leadership pipeline (issue 19 §3–4): staff record their NPQs and aspirations; their head verifies,
  // endorses, keeps the school's succession plan and reads its talent pool by name; trustees read counts (trust:aggregates).
  "qualification:verify": { scope: "school", description: "Verify the qualifications (NPQs) of a school's staff (heads: their own school)", schools: headedSchools },
  "aspiration:edit:own": { scope: "own", description: "Record, change and withdraw one's own career aspirations" },
  "aspiration:endorse": { scope: "school", description: "Endorse a school's staff's aspirations with a readiness and a note (heads: their own school)", schools: headedSchools },
  "succession:manage": { scope: "school", description: "Keep a school's succession plan: key posts' holders, successors, emergency cover (heads: their own school)", schools: headedSchools },
  "talent:view": { scope: "school", description: "Read a school's talent pool, succession plan and leaders lacking an expected NPQ, by name (heads: their own school)", schools: headedSchools },
  // Performance development (issue 18 §2). "Own" is a relation to the plan, asked with the related person as the target:
  // the reviewee (staffMemberId), the reviewer or a head's panel governor (userId), the line manager (staffMemberId).
  // Heads read their school's plans (not the trust admin: the trust reads completion rates, never contents).
  "appraisal:view:own": { scope: "own", description: "Read and agree one's own objectives and reviews (never one's pay recommendation)" },
  "appraisal:review:own": { scope: "own", owner: "user", description: "Agree objectives, review and sign off as the reviewer of a plan; record its pay recommendation" },
  "appraisal-panel:view:own": { scope: "own", owner: "user", description: "Read the objectives and reviews of a head whose appraisal panel one sits on" },
  "appraisal-reports:view:own": { scope: "own", description: "Read the objectives and CPD of one's own line reports" },
  "appraisal:view:any": { scope: "school", description: "Read a school's objectives and reviews, set reviewers, see who is overdue (heads: their own school)", schools: (v) => schoolsWithRole(v, ["HEADTEACHER"]) },
  "appraisal-pay:view": { scope: "school", description: "Read the pay recommendations of a school's staff (heads: their own school, not their own)", schools: headedSchools },
  "appraisal-completion:view": { scope: "trust", description: "Read performance development completion rates per school (no names)", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  "appraisal-cycle:set": { scope: "trust", description: "Set the trust's performance development cycle, heads' reviewers and panels", allows: isTrustAdmin },
  // Staff surveys (issue 20 §1, decision 030): no one, the trust admin included, reads one person's answers; every
  // figure obeys lib/voice/anonymity.ts (no group under 5, no subtraction to a hidden group, free text after the close).
  "survey:answer:own": { scope: "own", description: "Answer a staff survey one is in the audience of, once and anonymously; read its \"you said, we did\"" },
  "survey:manage": { scope: "school", description: "Build a school's staff surveys from the bank and record \"you said, we did\" (heads: their own school; trust-wide surveys: the trust admin)", schools: headedSchools },
  "survey:results": { scope: "school", description: "Read a school's staff survey results by category and career stage, only as the anonymity rules allow (never one person's answer)", schools: (v) => (isTrustAdmin(v) ? "all" : schoolsWithRole(v, ["HEADTEACHER", "SENIOR_LEADER", "LOCAL_GOVERNOR"])) },
  "survey:headline": { scope: "trust", description: "Read the trust's staff survey results and each school's headline figures (anonymity rules apply)", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
  // Workload impact checks (issue 20 §2): a school's leaders propose new demands, its head approves; the check's answers obey the survey rules.
  "workload:propose": { scope: "school", description: "Propose a new demand on a school's staff time with its expected hours, offset and review date (trust-wide: the trust admin)", schools: staffRecordSchools },
  "workload:approve": { scope: "school", description: "Approve or reject a school's proposed demands (heads: their own school; trust-wide: the trust admin)", schools: headedSchools },
  "workload:view": { scope: "school", description: "Read a school's demands, expected against reported hours and the net load per teacher (reported hours as the survey rules allow)", schools: aggregateSchools },
  "workload:answer:own": { scope: "own", description: "Answer a workload check one is asked, once and anonymously" },
  // Retention insight (issue 20 §3, decision 031): figures only, never a named leaver; exit survey answers obey lib/voice/anonymity.ts.
  "retention:view": { scope: "school", description: "Read a school's turnover, stability, early-career retention, leavers' reasons and exit survey figures (no names; survey rules for reasons and answers)", schools: (v) => (hasRole(v, "TRUST_ADMIN", "TRUSTEE") ? "all" : schoolsWithRole(v, ["HEADTEACHER", "LOCAL_GOVERNOR"])) },
  "retention-trust:view": { scope: "trust", description: "Read the trust's retention figures by school, phase, category and career stage (no names)", allows: (v) => hasRole(v, "TRUST_ADMIN", "TRUSTEE") },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * May the viewer do `permission` to this target? A target given with another trust's id is refused
 * here; a target without one must come from a query already filtered on the viewer's trust.
 */
export function can(v: Viewer, permission: Permission, target: Target = {}): boolean {
  if (target.trustId !== undefined && target.trustId !== v.trustId) return false;
  const rule: Rule = PERMISSIONS[permission];
  switch (rule.scope) {
    case "own":
      if (rule.owner === "user") return Boolean(target.userId) && target.userId === v.userId;
      return Boolean(v.staff) && target.staffMemberId === v.staff?.id;
    case "school":
      return inScope(rule.schools(v), target.schoolId);
    case "community":
      return inScope(rule.communities(v), target.communityId);
    case "trust":
      return rule.allows(v);
  }
}

/** May the viewer do `permission` to anything at all (a record of their own, some school, some community)? For navigation. */
export function canAny(v: Viewer, permission: Permission): boolean {
  const rule: Rule = PERMISSIONS[permission];
  switch (rule.scope) {
    case "own":
      // Anyone signed in may be given a record of their own sign-in (a review to lead); staff records need staff.
      return rule.owner === "user" || isStaff(v);
    case "school":
      return !scopeIsEmpty(rule.schools(v));
    case "community":
      return !scopeIsEmpty(rule.communities(v));
    case "trust":
      return rule.allows(v);
  }
}

/** The viewer acting in one role assignment only (the context switcher), e.g. for a school's home page. */
export const actingAs = (v: Viewer, role: RoleAssignmentLite): Viewer => ({ ...v, roles: [role] });

/** A `where` fragment limiting a record's school column to a scope: {} for "all", never an undefined value. */
export function whereSchoolIn(scope: Scope): { schoolId?: { in: string[] } };
export function whereSchoolIn(scope: Scope, field: "id"): { id?: { in: string[] } };
export function whereSchoolIn(scope: Scope, field: "schoolId" | "id" = "schoolId") {
  return scope === "all" ? {} : { [field]: { in: scope } };
}
