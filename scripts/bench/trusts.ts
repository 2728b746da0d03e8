// Issue 22, "many trusts, one database" (decision 035): `npm run bench -- --trusts 10` measures the first
// trust's pages in a database holding ten trusts of the bench's scale beside the same pages in the
// single-trust database, interleaved request by request in one run (so the machine's load falls on both
// alike), and prints both figures and their ratio: "within 20 %" is the ratio's column.
//
// The many-trust database is the single-trust one copied (CREATE DATABASE … TEMPLATE) with its trust
// copied N − 1 times inside it (prisma/seed/clone-trust.ts: every id, e-mail, URN and token made the
// copy's own), then vacuumed and analysed; --reuse keeps both databases.
import { createDatabase, databaseName, dropDatabase } from "../../lib/db/admin";
import { createPrisma, type Db } from "../../lib/db/client";
import { loadViewer } from "../../lib/access/queries";
import type { Viewer } from "../../lib/access/policy";
import { cloneTrust } from "../../prisma/seed/clone-trust";
import { TRUST_NAME } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/** The many-trust database: the single-trust one as template, its demo trust copied as trusts 2 … `trusts`. */
export async function seedTrusts(single: string, many: string, trusts: number, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  await dropDatabase(many);
  await createDatabase(many, databaseName(single));
  const prisma = createPrisma(many, 2);
  try {
    const { id } = await prisma.trust.findFirstOrThrow({ where: { name: TRUST_NAME }, select: { id: true } });
    for (let n = 2; n <= trusts; n++) {
      const t = performance.now();
      await cloneTrust(prisma, id, n);
      log(`  trust ${n} of ${trusts} copied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  } finally {
    await prisma.$disconnect();
  }
  log(`Seeded ${trusts} trusts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/** One database as the bench sees it: its app's address, a client, signed-in cookies and viewers. */
export type Side = { label: string; base: string; prisma: Db; cookie: (email: string) => Promise<string> };

/** Runs `work` with `prisma` as the app's client (lib/db's db()), so a page's reads go to that database. */
async function against<T>(prisma: Db, work: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as { prisma?: Db };
  const before = g.prisma;
  g.prisma = prisma;
  try {
    return await work();
  } finally {
    g.prisma = before;
  }
}

function contextOf(side: Side): BenchContext & { viewer: (email: string) => Promise<Viewer> } {
  const viewers = new Map<string, Viewer>();
  return {
    prisma: side.prisma,
    viewer: async (email) => {
      if (!viewers.has(email)) {
        const user = await side.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
        const viewer = await against(side.prisma, () => loadViewer(user.id));
        if (!viewer) throw new Error(`No viewer ${email} in ${side.label}.`);
        viewers.set(email, viewer);
      }
      return viewers.get(email)!;
    },
  };
}

/** Each page on both databases, one request to each in turn; returns the printed table's lines. */
export async function benchTrusts(pages: BenchPage[], sides: [Side, Side], requests: number, log: (line: string) => void): Promise<string[]> {
  const contexts = sides.map(contextOf);
  const [one, many] = sides;
  const rows: string[][] = [["Page", `${one.label} p50`, "p95", "SQL p50", `${many.label} p50`, "p95", "SQL p50", "p50 ×", "p95 ×", "SQL p50 ×", "errors"]];
  for (const page of pages) {
    const targets = await Promise.all(sides.map(async (s, i) => ({ url: `${s.base}${await page.path(contexts[i]!)}`, cookie: await s.cookie(page.email) })));
    let errors = 0;
    const hit = async (i: number) => {
      const t = performance.now();
      const res = await fetch(targets[i]!.url, { headers: { cookie: targets[i]!.cookie }, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200) errors++;
      return performance.now() - t;
    };
    for (let i = 0; i < 10; i++) for (const s of [0, 1]) await hit(s);
    errors = 0;
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < requests; i++) for (const s of i % 2 ? [1, 0] : [0, 1]) times[s]!.push(await hit(s));
    const sql: [number[], number[]] = [[], []];
    const viewers = await Promise.all(contexts.map((c) => c.viewer(page.email)));
    const read = async (s: number) => {
      const t = performance.now();
      await against(sides[s]!.prisma, () => page.sql(contexts[s]!, viewers[s]!));
      return performance.now() - t;
    };
    for (let i = 0; i < 5; i++) for (const s of [0, 1]) await read(s);
    for (let i = 0; i < Math.min(requests, 60); i++) for (const s of i % 2 ? [1, 0] : [0, 1]) sql[s]!.push(await read(s));
    const [a, b] = times.map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>];
    const [sa, sb] = sql.map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>];
    const ms = (n: number) => n.toFixed(1);
    rows.push([page.name, ms(a.p50), ms(a.p95), ms(sa.p50), ms(b.p50), ms(b.p95), ms(sb.p50), (b.p50 / a.p50).toFixed(2), (b.p95 / a.p95).toFixed(2), (sb.p50 / sa.p50).toFixed(2), String(errors)]);
    log(`  measured ${page.name}`);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return lines;
}
