// npm run bench [-- --scale 10 --requests 200 --concurrency 4 --processes N --reuse --only <text>[|<text>…]] (--only backup: the backup's figure; --only access-log: the portfolio with and without the access log;
// several texts separated by "|": every page or action whose name holds any of them; --only answers: the
// 6,800 concurrent survey answers; --only weight: each role's pages' JavaScript and HTML in Chromium;
// --only html: the HTML of every page each role can open, those at or over 80 kB listed; --only js: every route's first-load JavaScript)
// --trusts 10: the first trust's pages in a database of ten trusts beside its own (scripts/bench/trusts.ts);
// --instances 2: a second app on the same database, the pages' requests sent to each in turn (scripts/bench/instances.ts).
// Seeds a separate database, serves the built app against it, and prints p50/p95 response times
// of named pages under concurrent signed-in load beside the time of the same reads alone.
import path from "node:path";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { scriptEnv } from "../lib/env";
import { createDatabase, dropDatabase } from "../lib/db/admin";
import { createPrisma } from "../lib/db/client";
import { startEmbedded } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/engine";
import { loadViewer } from "../lib/access/queries";
import { runSeed } from "../prisma/seed/run";
import { DEMO_EMAILS, DEMO_PASSWORD, TRUST_NAME } from "../prisma/seed/demo";
import { buildIfNeeded } from "./build";
import { benchAccessLog } from "./bench/access-log";
import { BENCH_SECRET, signInCookie, startApp } from "./bench/app";
import { benchTrusts, seedTrusts } from "./bench/trusts";
import { signInAcross } from "./bench/instances";
import { benchBackup } from "./bench/backup";
import { benchExport } from "./bench/export";
import { benchDigest } from "./bench/digest";
import { benchWorker, WORKER_PAGES } from "./bench/worker";
import { BENCH_ACTIONS, BENCH_PAGES } from "./bench/registry";
import { benchConcurrentBookings } from "./bench/programme";
import { benchConcurrentAnswers } from "./bench/voice";
import { benchWeight } from "./bench/weight";
import { benchHtml, benchJs } from "./bench/html";
import type { BenchContext } from "./bench/types";
import { fail } from "./fail";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "10" },
    requests: { type: "string", default: "200" },
    concurrency: { type: "string", default: "4" },
    reuse: { type: "boolean", default: false },
    only: { type: "string" },
    trusts: { type: "string", default: "1" },
    instances: { type: "string", default: "1" },
    processes: { type: "string" },
  },
});
const scale = Number(values.scale);
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const trusts = Number(values.trusts);
const instances = Number(values.instances);
// --processes N: each app's web server processes (npm start's WEB_PROCESSES; unset: as npm start, one per core, at most 4).
if (values.processes) process.env.WEB_PROCESSES = values.processes;
/** Whether a page, action or figure named `name` is measured: every one without --only, else those naming any of its texts. */
const onlyTexts = values.only?.split("|").filter(Boolean) ?? [];
const selected = (name: string) => !onlyTexts.length || onlyTexts.some((t) => name.includes(t));
/** The figures after the table, asked for by a word (--only worker): any of --only's texts naming it. */
const wanted = (word: string) => !onlyTexts.length || onlyTexts.some((t) => word.includes(t));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

const signIn = (prisma: ReturnType<typeof createPrisma>, email: string) => signInCookie(prisma, email, BENCH_SECRET);

/** `total` requests, `concurrency` at a time; returns each request's milliseconds. */
async function load(total: number, run: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

async function sequential(total: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < total; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  return times;
}

async function main() {
  const server = await startEmbedded(path.resolve(".data/bench/postgres"));
  const url = server.url("portal_bench");
  const stopAll: (() => Promise<void>)[] = [server.stop];
  try {
    // Reusing the seeded data: migrations added since it was seeded still apply (a new index or table).
    if (values.reuse) await applyMigrations(url);
    if (!values.reuse) {
      await dropDatabase(url);
      await createDatabase(url);
      await applyMigrations(url);
      const t = performance.now();
      await runSeed(url, { scale, onlyIfEmpty: false, quiet: true });
      console.log(`Seeded scale ${scale} in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    }
    const manyUrl = server.url(`portal_bench_trusts${trusts}`);
    if (trusts > 1) {
      // Reused only if it holds as many copies of the demo trust (migrations added since still apply).
      await createDatabase(manyUrl);
      await applyMigrations(manyUrl);
      const held = createPrisma(manyUrl, 1);
      const count = await held.trust.count({ where: { name: { startsWith: TRUST_NAME } } }).finally(() => held.$disconnect());
      if (!values.reuse || count !== trusts) await seedTrusts(url, manyUrl, trusts, (line) => console.log(line));
    }
    buildIfNeeded((line) => console.log(line));
    process.env.DATABASE_URL = url;
    // The writes timed beside the worker are emailed at once, whatever the hour the bench runs.
    process.env.NOTIFY_QUIET_HOURS = "off";
    process.env.NEXTAUTH_SECRET ??= BENCH_SECRET;
    const prisma = createPrisma(url, 4);
    stopAll.unshift(() => prisma.$disconnect());
    const app = await startApp(url, BENCH_SECRET, {});
    const base = app.base;
    stopAll.unshift(async () => app.stop());

    if (trusts > 1) {
      const many = createPrisma(manyUrl, 4);
      stopAll.unshift(() => many.$disconnect());
      const other = await startApp(manyUrl, BENCH_SECRET, {});
      stopAll.unshift(async () => other.stop());
      const cookies = new Map<string, string>();
      const side = (label: string, base: string, client: typeof prisma) => ({
        label,
        base,
        prisma: client,
        cookie: async (email: string) => {
          const key = `${label}/${email}`;
          if (!cookies.has(key)) cookies.set(key, await signInCookie(client, email, BENCH_SECRET));
          return cookies.get(key)!;
        },
      });
      const sizes = await many.$queryRaw<{ trusts: bigint; schools: bigint; staff: bigint; cpd: bigint }[]>`
        SELECT (SELECT count(*) FROM "Trust") AS trusts, (SELECT count(*) FROM "School") AS schools,
               (SELECT count(*) FROM "StaffMember" WHERE "leaveDate" IS NULL) AS staff, (SELECT count(*) FROM "CpdActivity") AS cpd`;
      const s = sizes[0]!;
      console.log(`Dataset: ${s.trusts} trusts, ${s.schools} schools, ${s.staff} current staff, ${s.cpd} CPD records; the pages of the first trust, beside the same pages in its own database.`);
      console.log(`Per page: ${requests} requests one at a time to each database's app, in turn; the page's reads alone in-process, in turn.\n`);
      const lines = await benchTrusts(BENCH_PAGES.filter((p) => selected(p.name)), [side("1 trust", base, prisma), side(`${trusts} trusts`, other.base, many)], requests, (line) => console.log(line));
      console.log("\nTimes in ms. ×: the many-trust figure over the single-trust one (issue 22: within 20 %, i.e. ≤ 1.2).\n");
      for (const line of lines) console.log(line);
      return;
    }

    // --instances 2: a second app on the same database, worker off; every page's requests go to each in turn.
    const bases = [base];
    for (let i = 1; i < instances; i++) {
      const more = await startApp(url, BENCH_SECRET, { PORTAL_WORKER: "off" });
      stopAll.unshift(async () => more.stop());
      bases.push(more.base);
    }
    if (instances > 1) {
      const people = [DEMO_EMAILS.teacher, DEMO_EMAILS.networkLeader, DEMO_EMAILS.governor, DEMO_EMAILS.multiRole];
      for (const line of await signInAcross(bases, Array.from({ length: 20 }, (_, i) => people[i % people.length]!), DEMO_PASSWORD)) console.log(line);
    }

    const counts = await prisma.$queryRaw<{ schools: bigint; staff: bigint }[]>`
      SELECT (SELECT count(*) FROM "School") AS schools, (SELECT count(*) FROM "StaffMember" WHERE "leaveDate" IS NULL) AS staff`;
    const extra = await prisma.$queryRaw<{ cpd: bigint }[]>`SELECT count(*) AS cpd FROM "CpdActivity"`;
    console.log(`Dataset: ${counts[0]?.schools} schools, ${counts[0]?.staff} current staff, ${extra[0]?.cpd} CPD records.`);
    console.log(
      `Per page: ${requests} requests one at a time (server time), then ${requests} with ${concurrency} in flight (under load), after 20 warm-up requests; the page's reads alone in-process. ${availableParallelism()}-core machine, app (${scriptEnv().WEB_PROCESSES} web server processes) and Postgres on it.\n`,
    );

    const viewers = new Map<string, Awaited<ReturnType<typeof loadViewer>>>();
    const ctx: BenchContext = {
      prisma,
      viewer: async (email) => {
        if (!viewers.has(email)) {
          const user = await prisma.user.findUnique({ where: { email } });
          viewers.set(email, user ? await loadViewer(user.id) : null);
        }
        const v = viewers.get(email);
        if (!v) throw new Error(`No user ${email} in the bench data.`);
        return v;
      },
    };
    const cookies = new Map<string, string>();
    // Issue 22: a page's p50 within 15 ms + 1.2 × its SQL p50 (the floor), and its p95 under load within 2× its p95 alone.
    const rows: string[][] = [["Page", "p50", "p95", `p50 @${concurrency}`, `p95 @${concurrency}`, "req/s", "SQL p50", "SQL p95", "floor", "p50/floor", `p95 @${concurrency}/p95`, "target p95", "errors"]];
    const byInstance = (label: string) => bases.map((_, i) => `${label} #${i + 1}`);
    if (instances > 1) rows[0]!.push(...byInstance("p95"), ...byInstance(`p95 @${concurrency}`));
    for (const page of BENCH_PAGES.filter((p) => selected(p.name))) {
      if (!cookies.has(page.email)) cookies.set(page.email, await signIn(prisma, page.email));
      const cookie = cookies.get(page.email) as string;
      const target = await page.path(ctx);
      let errors = 0;
      // Each request to the next instance in turn (no stickiness); each instance's times kept apart.
      let turn = 0;
      let perInstance: number[][] = [];
      const hit = async () => {
        const i = turn++ % bases.length;
        const t = performance.now();
        const res = await fetch(`${bases[i]}${target}`, { headers: { cookie }, redirect: "manual" });
        await res.arrayBuffer();
        (perInstance[i] ??= []).push(performance.now() - t);
        if (res.status !== 200) errors++;
      };
      await load(20, hit);
      errors = 0;
      perInstance = [];
      const alone = summary(await sequential(requests, hit));
      const aloneByInstance = perInstance.map((t) => summary(t).p95);
      perInstance = [];
      const started = performance.now();
      const loaded = summary(await load(requests, hit));
      const loadedByInstance = perInstance.map((t) => summary(t).p95);
      const throughput = requests / ((performance.now() - started) / 1000);
      const viewer = await ctx.viewer(page.email);
      await sequential(10, () => page.sql(ctx, viewer));
      const sql = summary(await sequential(Math.min(requests, 100), () => page.sql(ctx, viewer)));
      const ms = (n: number) => n.toFixed(1);
      const floor = 15 + 1.2 * sql.p50;
      rows.push([page.name, ms(alone.p50), ms(alone.p95), ms(loaded.p50), ms(loaded.p95), throughput.toFixed(0), ms(sql.p50), ms(sql.p95), ms(floor), (alone.p50 / floor).toFixed(2), (loaded.p95 / alone.p95).toFixed(2), page.targetMs ? `< ${page.targetMs}` : "", String(errors)]);
      if (instances > 1) rows.at(-1)!.push(...aloneByInstance.map(ms), ...loadedByInstance.map(ms));
      console.log(`  measured ${page.name}`);
    }
    for (const action of BENCH_ACTIONS.filter((a) => selected(a.name))) {
      const viewer = await ctx.viewer(action.email);
      const warmup = action.warmup ?? 10;
      // An action that fails is reported in its row; the pages measured before it are still printed.
      try {
        await sequential(warmup, (i) => action.run(ctx, viewer, i));
        const s = summary(await sequential(Math.min(requests, action.timed ?? 100), (i) => action.run(ctx, viewer, i + warmup)));
        rows.push([`${action.name} (action, in-process)`, s.p50.toFixed(1), s.p95.toFixed(1), "", "", "", "", "", "", "", "", action.targetMs ? `< ${action.targetMs}` : "", "0"]);
      } catch (error) {
        rows.push([`${action.name} (action, in-process)`, "", "", "", "", "", "", "", "", "", "", "", `failed: ${error instanceof Error ? error.message : String(error)}`]);
      }
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    if (rows.length > 1) {
      console.log("");
      console.log("Times in ms. p50/p95: one request at a time; @N: N in flight; SQL: the page's reads alone; floor: 15 ms + 1.2 × SQL p50 (issue 22: p50/floor ≤ 1, p95 @N/p95 ≤ 2).\n");
      for (const [i, row] of rows.entries()) {
        console.log(widths.map((w, c) => (c === 0 ? (row[c] ?? "").padEnd(w) : (row[c] ?? "").padStart(w))).join("  "));
        if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
      }
    }
    if (wanted("worker")) {
      const pages = BENCH_PAGES.filter((p) => WORKER_PAGES.includes(p.name)).map((page) => ({
        name: page.name,
        measure: async () => {
          const cookie = cookies.get(page.email) ?? (await signIn(prisma, page.email));
          const target = `${base}${await page.path(ctx)}`;
          const hit = async () => void (await (await fetch(target, { headers: { cookie }, redirect: "manual" })).arrayBuffer());
          await sequential(10, hit);
          return sequential(requests, hit);
        },
      }));
      await benchWorker({ url, prisma, pages });
    }
    if (wanted("access-log")) {
      const portfolio = BENCH_PAGES.find((p) => p.name.startsWith("Staff portfolio"))!;
      const cookie = cookies.get(portfolio.email) ?? (await signIn(prisma, portfolio.email));
      await benchAccessLog({ url, secret: BENCH_SECRET, base, path: await portfolio.path(ctx), cookie, requests });
    }
    if (wanted("digest")) await benchDigest(url);
    if (wanted("backup")) await benchBackup(url);
    if (wanted("export")) await benchExport(url);
    if (wanted("bookings")) await benchConcurrentBookings(url);
    if (wanted("answers")) await benchConcurrentAnswers(url);
    const cookie = async (email: string) => cookies.get(email) ?? (await signIn(prisma, email));
    if (wanted("weight")) await benchWeight(ctx, base, cookie);
    if (wanted("html")) await benchHtml(ctx, base, cookie);
    if (wanted("js")) await benchJs(ctx, base, cookie);
  } finally {
    for (const stop of stopAll) await stop().catch(() => {});
  }
}

main().then(() => process.exit(0), fail);
