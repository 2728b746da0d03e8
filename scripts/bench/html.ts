// `npm run bench -- --only html`: every page of the portal (each route under app/(portal), and the
// query-string views of the weight bench's list) fetched signed in as each demo role on the bench's data;
// prints the HTML (as sent, before compression) of every page a role can open that reaches the budget
// (issue 22: < 80 kB for any page at scale 10). `--only js`: each route's first-load JavaScript in Chromium. A route with an id takes the largest record of its kind
// the role can see (its own school's or its own first, else the trust's largest): the worst case.
import { readdirSync } from "node:fs";
import path from "node:path";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import { chromium } from "@playwright/test";
import { HTML_BUDGET_KB, JS_BUDGET_KB, measurePageWeight } from "./page-weight";
import type { BenchContext } from "./types";
import { WEIGHT_PAGES } from "./weight";

type Role = keyof typeof DEMO_EMAILS;

/** The routes under app/(portal), as patterns (`/staff/[id]/edit`). */
export function portalRoutes(dir = path.resolve("app/(portal)"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(prefix || "/");
    if (entry.isDirectory() && !entry.name.startsWith("_") && !entry.name.startsWith("(")) routes.push(...portalRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
  }
  return routes.sort();
}

/**
 * For each route with an id, the SQL that picks the record to open: `path` with the ids filled in.
 * $1: the role's school, $2: their staff record, $3: their user (null when they have none); rows in the
 * role's own school (or their own) sort first, then the largest.
 */
const BIGGEST_SCHOOL = `SELECT s.id FROM "School" s LEFT JOIN "StaffMember" m ON m."schoolId" = s.id AND m."leaveDate" IS NULL
  GROUP BY s.id ORDER BY (s.id = $1::uuid) DESC, count(m.id) DESC, s.id LIMIT 1`;
const school = (route: string, param = "[id]") => ({ route, sql: `SELECT replace('${route}', '${param}', id::text) AS path FROM (${BIGGEST_SCHOOL}) x` });
const largest = (route: string, table: string, child: string, fk: string, first = "false") => ({
  route,
  sql: `SELECT replace('${route}', '[id]', p.id::text) AS path FROM "${table}" p LEFT JOIN "${child}" c ON c."${fk}" = p.id
    GROUP BY p.id ORDER BY bool_or(${first}) DESC, count(c."${fk}") DESC, p.id LIMIT 1`,
});
const latest = (route: string, table: string, param = "[id]") => ({ route, sql: `SELECT replace('${route}', '${param}', id::text) AS path FROM "${table}" ORDER BY id DESC LIMIT 1` });

export const ROUTE_EXAMPLES: { route: string; sql: string }[] = [
  { route: "/accounts/[id]", sql: `SELECT replace('/accounts/[id]', '[id]', id::text) AS path FROM "User" ORDER BY (id = $3::uuid) DESC, id LIMIT 1` },
  latest("/admin/erasure/[id]", "Erasure"),
  latest("/admin/exports/[id]", "DataExport"),
  latest("/admin/imports/[id]", "DataImport"),
  latest("/staff/import/[id]", "DataImport"),
  school("/admin/schools/[id]"),
  largest("/admin/users/[id]/sessions", "User", "Session", "userId", `p.id = $3::uuid`),
  largest("/coaching/[id]", "CoachingPairing", "CoachingSession", "pairingId", `p."coachId" = $2::uuid OR p."coacheeId" = $2::uuid`),
  ...["/communities/[id]", "/communities/[id]/edit", "/communities/[id]/manage"].map((route) =>
    largest(route, "Community", "Membership", "communityId", `c."staffMemberId" = $2::uuid`),
  ),
  {
    route: "/communities/[id]/meetings/[meetingId]",
    sql: `SELECT '/communities/' || p."communityId" || '/meetings/' || p.id AS path FROM "Meeting" p LEFT JOIN "Attendance" c ON c."meetingId" = p.id
      GROUP BY p.id ORDER BY count(c."meetingId") DESC, p.id LIMIT 1`,
  },
  { route: "/development/[id]", sql: `SELECT '/development/' || id AS path FROM "CpdActivity" ORDER BY ("staffMemberId" = $2::uuid) DESC, id LIMIT 1` },
  { route: "/development/qualifications/[id]", sql: `SELECT '/development/qualifications/' || id AS path FROM "Qualification" ORDER BY ("staffMemberId" = $2::uuid) DESC, id LIMIT 1` },
  { route: "/drop-ins/[id]", sql: `SELECT '/drop-ins/' || id AS path FROM "DropInVisit" ORDER BY ("schoolId" = $1::uuid) DESC, id LIMIT 1` },
  latest("/governance/metrics/[id]", "MetricDefinition"),
  school("/governance/schools/[id]"),
  largest("/inductions/[id]", "EarlyCareerInduction", "MentorMeeting", "inductionId", `p."staffMemberId" = $2::uuid OR p."mentorId" = $2::uuid`),
  largest("/inductions/[id]/meetings/new", "EarlyCareerInduction", "MentorMeeting", "inductionId", `p."staffMemberId" = $2::uuid OR p."mentorId" = $2::uuid`),
  {
    route: "/inductions/[id]/meetings/[meetingId]",
    sql: `SELECT '/inductions/' || "inductionId" || '/meetings/' || id AS path FROM "MentorMeeting" ORDER BY ("mentorId" = $2::uuid) DESC, id LIMIT 1`,
  },
  ...["/performance/plans/[id]", "/performance/plans/[id]/pay"].map((route) => largest(route, "AppraisalPlan", "AppraisalReview", "planId", `p."schoolId" = $1::uuid`)),
  {
    route: "/performance/plans/[id]/reviews/[kind]",
    sql: `SELECT '/performance/plans/' || p.id || '/reviews/end-of-year' AS path FROM "AppraisalPlan" p LEFT JOIN "AppraisalReview" c ON c."planId" = p.id
      GROUP BY p.id ORDER BY bool_or(p."schoolId" = $1::uuid) DESC, count(c."planId") DESC, p.id LIMIT 1`,
  },
  school("/performance/schools/[id]"),
  largest("/priorities/[id]", "ImprovementPriority", "PriorityProgress", "priorityId", `p."schoolId" = $1::uuid`),
  ...["/programme/[id]", "/programme/[id]/edit", "/programme/[id]/impact"].map((route) => largest(route, "Course", "CourseBooking", "courseId")),
  {
    route: "/programme/[id]/sessions/[sessionId]",
    sql: `SELECT '/programme/' || p."courseId" || '/sessions/' || p.id AS path FROM "CourseSession" p LEFT JOIN "SessionAttendance" c ON c."sessionId" = p.id
      GROUP BY p.id ORDER BY count(c."sessionId") DESC, p.id LIMIT 1`,
  },
  { route: "/programme/follow-ups/[id]", sql: `SELECT '/programme/follow-ups/' || id AS path FROM "ImpactFollowUp" ORDER BY ("staffMemberId" = $2::uuid) DESC, id LIMIT 1` },
  school("/retention/schools/[id]"),
  largest("/reviews/[id]", "SchoolReview", "Judgement", "reviewId", `p."schoolId" = $1::uuid`),
  latest("/reviews/agreements/[id]", "SupportAgreement"),
  largest("/reviews/cycles/[id]", "ReviewCycle", "SchoolReview", "cycleId"),
  school("/reviews/schools/[id]"),
  school("/schools/[id]"),
  school("/schools/[id]/priorities"),
  ...["/staff/[id]", "/staff/[id]/edit"].map((route) => largest(route, "StaffMember", "CpdActivity", "staffMemberId", `p."schoolId" = $1::uuid`)),
  school("/succession/[schoolId]", "[schoolId]"),
  { route: "/verification/[id]", sql: `SELECT '/verification/' || id AS path FROM "CpdActivity" ORDER BY ("schoolId" = $1::uuid) DESC, id LIMIT 1` },
  ...["/voice/[id]", "/voice/results/[id]"].map((route) => largest(route, "Survey", "SurveyResponse", "surveyId", `p."schoolId" = $1::uuid`)),
  largest("/workload/checks/[id]", "WorkloadCheck", "WorkloadCheckInvite", "checkId"),
];

type Opened = { role: Role; route: string; path: string; kb: number };

/** Every page × every role, fetched signed in: those answered 200, with their HTML in kB. */
async function everyPage(ctx: BenchContext, base: string, cookie: (email: string) => Promise<string>): Promise<{ routes: string[]; opened: Opened[] }> {
  const routes = portalRoutes();
  const examples = new Map(ROUTE_EXAMPLES.map((e) => [e.route, e.sql]));
  const missing = routes.filter((r) => r.includes("[") && !examples.has(r));
  if (missing.length) throw new Error(`No example record for ${missing.join(", ")}: add it to ROUTE_EXAMPLES in scripts/bench/html.ts.`);
  const printed = WEIGHT_PAGES.filter((p) => p.printed).map((p) => p.path);
  const opened: Opened[] = [];
  for (const role of Object.keys(DEMO_EMAILS) as Role[]) {
    const viewer = await ctx.viewer(DEMO_EMAILS[role]);
    const params = [viewer.staff?.schoolId ?? null, viewer.staff?.id ?? null, viewer.userId];
    const paths = new Map<string, string>();
    for (const route of routes) {
      const sql = examples.get(route);
      if (!sql) paths.set(route, route);
      // Each parameter typed once, whether or not the route's SQL uses it.
      else for (const row of await ctx.prisma.$queryRawUnsafe<{ path: string }[]>(`SELECT path FROM (${sql}) q, (SELECT $1::uuid, $2::uuid, $3::uuid) p`, ...params)) paths.set(row.path, route);
    }
    // The weight bench's views chosen by a query (a tab, a form opened by a link) as well.
    for (const page of WEIGHT_PAGES.filter((p) => p.role === role && !p.printed)) {
      const target = typeof page.path === "string" ? page.path : await page.path(ctx);
      if (target.includes("?")) paths.set(target, `${target.split("?")[0]} (a view)`);
    }
    const signedIn = await cookie(DEMO_EMAILS[role]);
    for (const [target, route] of paths) {
      if (printed.includes(target)) continue;
      const res = await fetch(`${base}${target}`, { headers: { cookie: signedIn }, redirect: "manual" });
      const bytes = (await res.arrayBuffer()).byteLength;
      if (res.status === 200) opened.push({ role, route, path: target, kb: bytes / 1024 });
    }
  }
  return { routes, opened };
}

/** `--only html`: prints what each role can open that reaches the HTML budget. */
export async function benchHtml(ctx: BenchContext, base: string, cookie: (email: string) => Promise<string>) {
  const { routes, opened } = await everyPage(ctx, base, cookie);
  const over = opened.filter((o) => o.kb >= HTML_BUDGET_KB).map((o) => `${o.role.padEnd(13)} ${o.path.padEnd(70)} ${o.kb.toFixed(1).padStart(8)} kB`);
  const largest = opened.reduce((a, b) => (b.kb > a.kb ? b : a));
  console.log(`\nHTML of every page each demo role can open (${routes.length} routes, ${opened.length} pages opened with 200; the board pack, printed whole, exempt).`);
  console.log(`Largest: ${largest.role} ${largest.path} ${largest.kb.toFixed(1)} kB.`);
  console.log(over.length ? `At or over the budget of ${HTML_BUDGET_KB} kB (${over.length}):\n${over.join("\n")}` : `Every page is within the HTML budget of ${HTML_BUDGET_KB} kB.`);
}

/**
 * `--only js`: every route opened once in Chromium (as the first demo role that can open it, on the
 * record chosen as above), its first load's compressed JavaScript against the budget.
 */
export async function benchJs(ctx: BenchContext, base: string, cookie: (email: string) => Promise<string>) {
  const { routes, opened } = await everyPage(ctx, base, cookie);
  const once = [...new Map(opened.map((o) => [o.route, o])).values()];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const rows: { o: Opened; js: number }[] = [];
  try {
    for (const o of once) {
      const [name, value] = (await cookie(DEMO_EMAILS[o.role])).split("=", 2) as [string, string];
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name, value, url: base }]);
      const w = await measurePageWeight(await context.newPage(), `${base}${o.path}`);
      await context.close();
      rows.push({ o, js: w.jsKb });
      console.log(`  ${o.route}: ${w.jsKb.toFixed(1)} kB`);
    }
  } finally {
    await browser.close();
  }
  rows.sort((a, b) => b.js - a.js);
  const over = rows.filter((r) => r.js >= JS_BUDGET_KB);
  console.log(`\nFirst-load JavaScript (compressed) of every route (${routes.length} routes, ${rows.length} opened, each as the first demo role that can).`);
  console.log(`Largest five: ${rows.slice(0, 5).map((r) => `${r.o.role} ${r.o.route} ${r.js.toFixed(1)} kB`).join("; ")}.`);
  console.log(over.length ? `At or over the budget of ${JS_BUDGET_KB} kB (${over.length}):\n${over.map((r) => `${r.o.role} ${r.o.path} ${r.js.toFixed(1)} kB`).join("\n")}` : `Every route's first load is within the budget of ${JS_BUDGET_KB} kB.`);
}
