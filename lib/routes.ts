// Every path the server code revalidates or redirects to, made in one place and checked against the
// pages under app/ (docs/decisions/022-typed-routes.md). `route()` accepts a path only when Next's
// generated route types (typedRoutes, written by `next typegen`, which `npm run typecheck` runs first)
// know a page or route handler that answers it, so a dead path fails the type-check; routes.test.ts
// walks app/ for the same answer without the type-checker.
import type { Route } from "next";

declare const checked: unique symbol;
/** A path made by `route()`: commands' revalidate lists and actions' redirects take only these. */
export type Path = string & { readonly [checked]: true };
/** What a link may point at: a literal path Next's route types accept, or a Path. */
export type Href = Route | Path;

// Without the generated types Next's `Route` is any string and every path would pass: refuse that.
type Generated = "/__no_such_page__" extends Route ? false : true;
const generated: Generated = true;
void generated;

const route = <T extends string>(path: Route<T>) => path as unknown as Path;

/** For next/link and redirect(), whose own types cannot read the brand (the path was checked when made). */
export const asRoute = (href: Href) => href as unknown as Route;

/** A path with a query string (none when `query` is empty). */
export const withQuery = (path: Href, query: string | URLSearchParams): Path => {
  const q = query.toString();
  return (q ? `${path}?${q}` : path) as Path;
};

/** A path to a heading on its page. */
export const withHash = (path: Href, id: string): Path => `${path}#${id}` as Path;

export const routes = {
  home: () => route("/"),
  signIn: () => route("/signin"),
  twoStep: () => route("/signin/two-step"),
  accountSecurity: () => route("/account/security"),

  accounts: () => route("/accounts"),
  account: (id: string) => route(`/accounts/${id}`),
  userSessions: (userId: string) => route(`/admin/users/${userId}/sessions`),
  adminSessions: () => route("/admin/sessions"),
  adminClusters: () => route("/admin/clusters"),
  adminImports: () => route("/admin/imports"),
  adminImport: (id: string) => route(`/admin/imports/${id}`),
  adminSchool: (id: string) => route(`/admin/schools/${id}`),
  adminJobs: () => route("/admin/jobs"),
  notifications: () => route("/notifications"),
  notificationPreferences: () => route("/notifications/preferences"),

  schools: () => route("/schools"),
  school: (id: string) => route(`/schools/${id}`),
  schoolPriorities: (id: string, year?: number) => (year ? withQuery(route(`/schools/${id}/priorities`), `year=${year}`) : route(`/schools/${id}/priorities`)),
  priorities: () => route("/priorities"),
  priority: (id: string) => route(`/priorities/${id}`),

  staff: () => route("/staff"),
  person: (id: string) => route(`/staff/${id}`),
  personEdit: (id: string) => route(`/staff/${id}/edit`),
  staffImports: () => route("/staff/import"),
  staffImport: (id: string) => route(`/staff/import/${id}`),

  development: () => route("/development"),
  activity: (id: string) => route(`/development/${id}`),
  verification: () => route("/verification"),
  verify: (id: string) => route(`/verification/${id}`),
  schoolDevelopment: () => route("/school-development"),
  trustDevelopment: () => route("/trust-development"),

  communities: () => route("/communities"),
  community: (id: string) => route(`/communities/${id}`),
  communityEdit: (id: string) => route(`/communities/${id}/edit`),
  communityManage: (id: string) => route(`/communities/${id}/manage`),
  meeting: (communityId: string, meetingId: string) => route(`/communities/${communityId}/meetings/${meetingId}`),
  expertise: () => route("/expertise"),
  expertiseMine: () => route("/expertise/mine"),
  resources: () => route("/resources"),

  governance: () => route("/governance"),
  boardPack: () => route("/governance/board-pack"),
  governanceEntry: () => route("/governance/entry"),
  metrics: () => route("/governance/metrics"),
  metric: (id: string) => route(`/governance/metrics/${id}`),
  governanceSchool: (schoolId: string) => route(`/governance/schools/${schoolId}`),
  governorTraining: () => route("/governance/training"),

  inductions: () => route("/inductions"),
  induction: (id: string) => route(`/inductions/${id}`),

  reviews: () => route("/reviews"),
  review: (id: string) => route(`/reviews/${id}`),
  reviewCycle: (id: string) => route(`/reviews/cycles/${id}`),
  reviewSchool: (schoolId: string) => route(`/reviews/schools/${schoolId}`),
  supportAgreement: (id: string) => route(`/reviews/agreements/${id}`),
  csiBoard: () => route("/reviews/board"),
  reviewCapacity: () => route("/reviews/capacity"),

  adminExports: () => route("/admin/exports"),
  adminExport: (id: string) => route(`/admin/exports/${id}`),
  myExport: () => route("/development/export"),
  adminRetention: () => route("/admin/retention"),
  adminRetentionReview: () => route("/admin/retention/review"),
  adminErasures: () => route("/admin/erasure"),
  adminErasure: (staffMemberId: string) => route(`/admin/erasure/${staffMemberId}`),
  privacy: () => route("/privacy"),
  dataMap: () => route("/admin/data-map"),
  mentorMeetingNew: (inductionId: string) => route(`/inductions/${inductionId}/meetings/new`),
  mentorMeeting: (inductionId: string, meetingId: string) => route(`/inductions/${inductionId}/meetings/${meetingId}`),
  programme: () => route("/programme"),
  programmeNew: () => route("/programme/new"),
  course: (id: string) => route(`/programme/${id}`),
  courseEdit: (id: string) => route(`/programme/${id}/edit`),
  courseImpact: (id: string) => route(`/programme/${id}/impact`),
  courseSession: (courseId: string, sessionId: string) => route(`/programme/${courseId}/sessions/${sessionId}`),
  programmeApprovals: () => route("/programme/approvals"),
  programmeImpact: () => route("/programme/impact"),
  programmeCalendar: () => route("/programme/calendar"),
  followUp: (id: string) => route(`/programme/follow-ups/${id}`),
  coaching: () => route("/coaching"),
  coachingPairing: (id: string) => route(`/coaching/${id}`),
  dropIns: () => route("/drop-ins"),
  dropIn: (id: string) => route(`/drop-ins/${id}`),
  aspirations: () => route("/development/aspirations"),
  newNpq: () => route("/development/qualifications/npq"),
  succession: () => route("/succession"),
  schoolSuccession: (schoolId: string) => route(`/succession/${schoolId}`),
  trustPipeline: () => route("/trust-pipeline"),
  governancePipeline: () => route("/governance/pipeline"),
  performance: () => route("/performance"),
  performancePlan: (id: string) => route(`/performance/plans/${id}`),
  performanceReview: (id: string, kind: string) => route(`/performance/plans/${id}/reviews/${kind}`),
  performancePay: (id: string) => route(`/performance/plans/${id}/pay`),
  performanceSchool: (id: string) => route(`/performance/schools/${id}`),
  performanceTrust: () => route("/performance/trust"),
  staffSurveys: () => route("/voice"),
  survey: (id: string) => route(`/voice/${id}`),
  surveyResultsList: () => route("/voice/results"),
  surveyResults: (id: string, query: string | URLSearchParams = "") => withQuery(route(`/voice/results/${id}`), query),
  surveyBuild: () => route("/voice/build"),
  workload: (schoolId?: string) => (schoolId ? withQuery(route("/workload"), `school=${schoolId}`) : route("/workload")),
  workloadCheck: (id: string) => route(`/workload/checks/${id}`),
  retention: () => route("/retention"),
  retentionSchool: (id: string) => route(`/retention/schools/${id}`),
  exitSurveyDone: () => route("/exit-survey/done"),
};
