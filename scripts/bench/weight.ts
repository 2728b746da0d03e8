// `npm run bench -- --only weight`: each demo role's home and main pages opened in Chromium, signed in,
// on the bench's data; prints the first load's compressed JavaScript and the HTML beside the budgets.
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import { HTML_BUDGET_KB, JS_BUDGET_KB, measurePageWeight } from "./page-weight";
import type { BenchContext } from "./types";

type WeightPage = {
  role: keyof typeof DEMO_EMAILS;
  path: string | ((ctx: BenchContext) => Promise<string>);
  /** Why the page is exempt from the HTML budget (the board pack: one document made to be printed whole, decision 036). */
  printed?: string;
};

const ledCommunity = async (ctx: BenchContext) => {
  const leader = await ctx.viewer(DEMO_EMAILS.networkLeader);
  return `/communities/${leader.roles.find((r) => r.role === "NETWORK_LEADER")?.communityId ?? ""}`;
};

/** The community with the most members, and its latest meeting (decision 042: the largest manage page and register). */
const biggestCommunity = async (ctx: BenchContext) => {
  const [top] = await ctx.prisma.membership.groupBy({ by: ["communityId"], _count: { _all: true }, orderBy: { _count: { communityId: "desc" } }, take: 1 });
  return top?.communityId ?? "";
};
const biggestMeeting = async (ctx: BenchContext) => {
  const communityId = await biggestCommunity(ctx);
  const meeting = await ctx.prisma.meeting.findFirst({ where: { communityId, status: "HELD" }, orderBy: { startsAt: "desc" }, select: { id: true } });
  return `/communities/${communityId}/meetings/${meeting?.id ?? ""}`;
};
/** The school with the most current staff (its succession plan has the most aspirations and NPQs). */
const biggestSchool = (path: (id: string) => string) => async (ctx: BenchContext) => {
  const [top] = await ctx.prisma.staffMember.groupBy({ by: ["schoolId"], where: { leaveDate: null }, _count: { _all: true }, orderBy: { _count: { schoolId: "desc" } }, take: 1 });
  return path(top?.schoolId ?? "");
};

const headSchool = (path: (id: string) => string) => async (ctx: BenchContext) => path((await ctx.viewer(DEMO_EMAILS.head)).staff?.schoolId ?? "");

/** The demo trust's survey with the most answers (decision 041), its results with `query`. */
const mostAnswered = (query = "") => async (ctx: BenchContext) => {
  const s = await ctx.prisma.survey.findFirst({ where: { trustId: (await ctx.viewer(DEMO_EMAILS.admin)).trustId }, orderBy: { responses: { _count: "desc" } }, select: { id: true } });
  return `/voice/results/${s?.id ?? ""}${query}`;
};

/** Every role's home first, then the pages its header leads to most. */
export const WEIGHT_PAGES: WeightPage[] = [
  { role: "teacher", path: "/" },
  { role: "teacher", path: "/development" },
  { role: "teacher", path: "/communities" },
  { role: "teacher", path: "/programme" },
  { role: "seniorLeader", path: "/" },
  { role: "seniorLeader", path: "/verification" },
  { role: "head", path: "/" },
  { role: "head", path: "/school-development" },
  { role: "head", path: "/staff" },
  { role: "head", path: headSchool((id) => `/performance/schools/${id}`) },
  { role: "head", path: headSchool((id) => `/succession/${id}`) },
  { role: "head", path: "/retention" },
  { role: "networkLeader", path: "/" },
  { role: "networkLeader", path: ledCommunity },
  { role: "governor", path: "/" },
  { role: "governor", path: "/governance/training" },
  { role: "trustee", path: "/" },
  { role: "trustee", path: "/governance?view=staff" },
  { role: "trustee", path: "/governance?show=clusters" },
  { role: "trustee", path: "/governance?show=detail&metric=attendance" },
  { role: "trustee", path: "/governance/board-pack", printed: "every school in every view, printed whole" },
  { role: "trustee", path: "/schools" },
  { role: "trustee", path: "/reviews/board" },
  { role: "trustee", path: "/priorities" },
  { role: "trustee", path: "/governance/pipeline" },
  { role: "trustee", path: "/retention" },
  { role: "trustee", path: "/performance/trust" },
  { role: "admin", path: "/" },
  { role: "admin", path: "/trust-development" },
  { role: "admin", path: "/staff" },
  { role: "admin", path: "/admin/audit" },
  { role: "admin", path: "/coaching" },
  { role: "admin", path: "/accounts" },
  { role: "admin", path: "/admin/access-log" },
  { role: "admin", path: "/expertise" },
  { role: "admin", path: "/staff/new" },
  { role: "admin", path: "/inductions" },
  { role: "admin", path: "/drop-ins" },
  { role: "admin", path: "/trust-pipeline" },
  // Decision 043: the rest of the trust admin's largest pages, one or two per area.
  { role: "admin", path: async (ctx) => `/reviews/cycles/${(await ctx.prisma.reviewCycle.findFirst({ orderBy: { academicYear: "asc" }, select: { id: true } }))?.id ?? ""}` },
  { role: "admin", path: "/reviews/capacity" },
  { role: "admin", path: "/admin/clusters" },
  { role: "admin", path: "/trust-development/qualifications" },
  { role: "admin", path: "/programme/approvals" },
  { role: "admin", path: "/school-development" },
  { role: "admin", path: "/privacy" },
  { role: "admin", path: "/performance" },
  { role: "admin", path: "/performance/trust" },
  { role: "admin", path: "/trust-development/retention" },
  { role: "admin", path: mostAnswered() },
  { role: "admin", path: "/workload" },
  { role: "trustee", path: mostAnswered("?show=schools") },
  { role: "head", path: mostAnswered() },
  { role: "admin", path: async (ctx) => `/communities/${await biggestCommunity(ctx)}/manage` },
  { role: "admin", path: biggestMeeting },
  { role: "admin", path: "/governance/entry" },
  { role: "admin", path: "/governance/training" },
  { role: "admin", path: "/governance" },
  { role: "admin", path: biggestSchool((id) => `/governance/schools/${id}`) },
  { role: "admin", path: biggestSchool((id) => `/succession/${id}`) },
  { role: "admin", path: biggestSchool((id) => `/succession/${id}?change=SENCO`) },
  { role: "admin", path: biggestSchool((id) => `/succession/${id}?change=SENCO&successor=add`) },
  { role: "admin", path: "/priorities" },
  // Form pages: each form fetches its schema (zod) when first focused (decision 045).
  { role: "admin", path: "/programme/new" },
  { role: "admin", path: "/voice/build" },
  { role: "multiRole", path: "/" },
];

/** Opens every page in a fresh browser context with `cookie(email)` set, and prints the table. */
export async function benchWeight(ctx: BenchContext, base: string, cookie: (email: string) => Promise<string>) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const overHtml: string[] = [];
  const rows = [["Page", "status", "scripts", "JS kB (gzip)", "target", "later JS kB", "charts", "HTML kB", "HTML kB (gzip)", "target"]];
  try {
    for (const entry of WEIGHT_PAGES) {
      const path = typeof entry.path === "string" ? entry.path : await entry.path(ctx);
      // WEIGHT_PAGES=board-pack: only the pages whose path holds it (while working on one page).
      if (process.env.WEIGHT_PAGES && !path.includes(process.env.WEIGHT_PAGES)) continue;
      const [name, value] = (await cookie(DEMO_EMAILS[entry.role])).split("=", 2) as [string, string];
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name, value, url: base }]);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      const w = await measurePageWeight(page, `${base}${path}`).catch((error: Error) => error);
      await context.close();
      if (errors.length) console.log(`${entry.role} ${path}: errors in the browser: ${errors.slice(0, 3).join(" | ")}`);
      if (w instanceof Error) {
        rows.push([`${entry.role} ${path}`, `failed: ${w.message.split("\n")[0]}`, "", "", "", "", "", "", "", ""]);
        continue;
      }
      if (process.env.WEIGHT_SAVE) writeFileSync(`${process.env.WEIGHT_SAVE}/${entry.role}${path.replace(/[/?=&]/g, "_")}.html`, w.html);
      if (process.env.WEIGHT_DETAIL) console.log(`${entry.role} ${path}: ${w.files.map((f) => `${f.path.split("/").pop()} ${f.kb.toFixed(1)}${f.later ? " (later)" : ""}`).join(", ")}`);
      const over = (value: number, budget: number) => `${value.toFixed(1)}${value > budget ? " !" : ""}`;
      if (w.htmlKb > HTML_BUDGET_KB && !entry.printed) overHtml.push(`${entry.role} ${path} (${w.htmlKb.toFixed(1)} kB)`);
      const html = entry.printed ? `${w.htmlKb.toFixed(1)} (print)` : over(w.htmlKb, HTML_BUDGET_KB);
      rows.push([`${entry.role} ${path}`, String(w.status), String(w.scripts), over(w.jsKb, JS_BUDGET_KB), `< ${JS_BUDGET_KB}`, w.laterJsKb.toFixed(1), w.charts ? "yes" : "no", html, w.htmlGzipKb.toFixed(1), `< ${HTML_BUDGET_KB}`]);
    }
  } finally {
    await browser.close();
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(
    "\nPage weight in Chromium at 1280 × 900, signed in, no cache. JS: scripts requested before the load event, as sent (gzip); later JS: fetched after it\n" +
      "as the page settles (a chart's library once a chart is on screen); charts: whether recharts was loaded; HTML: the document before compression; ! over the target.\n",
  );
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  const printed = WEIGHT_PAGES.filter((p) => p.printed).map((p) => `${p.role} ${p.path} (${p.printed})`);
  console.log(`\n(print): exempt from the HTML budget, made to be printed whole: ${printed.join("; ")}.`);
  console.log(overHtml.length ? `Over the HTML budget of ${HTML_BUDGET_KB} kB: ${overHtml.join(", ")}.` : `Every page measured is within the HTML budget of ${HTML_BUDGET_KB} kB.`);
}
