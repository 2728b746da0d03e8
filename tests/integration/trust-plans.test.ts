// Issue 22, decision 035: a trust's page costs the same however many trusts share the database. The demo
// trust (scale 1) is seeded, then copied nine times (other trusts with nine times its rows, as in the bench's
// `--trusts 10`),
// the tables analysed, and every benchmarked page's reads run for the first trust's viewers, each SQL
// statement recorded as Prisma sends it and run again under EXPLAIN (ANALYZE, FORMAT JSON). A plan
// fails when one of its scans reads another trust's rows:
// - a Seq Scan of a table other trusts have rows in (it reads every trust's rows), or
// - a scan that examined (returned + removed by its filter or recheck), in one loop, more rows than
//   the trust has in that table.
// Tables under SMALL_TABLE rows are left out: a table of a few pages is read whole whatever its indexes.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db, inTurn } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { cloneTrust } from "@/prisma/seed/clone-trust";
import { runSeed } from "@/prisma/seed/run";
import { BENCH_PAGES } from "@/scripts/bench/registry";
import type { BenchContext, BenchPage } from "@/scripts/bench/types";

const OTHER_TRUSTS = 9;
const SMALL_TABLE = 1_000;

type Plan = { "Node Type": string; "Relation Name"?: string; "Actual Rows": number; "Rows Removed by Filter"?: number; "Rows Removed by Index Recheck"?: number; "Index Name"?: string; Plans?: Plan[] };

let recording: SqlQuery[] | null = null;
let explain: (q: SqlQuery) => Promise<SqlResultSet>;

/** PrismaPg that notes every statement sent while `recording` is set, in or out of a transaction. */
class RecordingPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const plain = adapter.queryRaw.bind(adapter);
    explain = plain;
    const noted = <T extends { queryRaw: (q: SqlQuery) => Promise<SqlResultSet> }>(q: T): T => {
      const run = q.queryRaw.bind(q);
      q.queryRaw = (query) => {
        recording?.push(query);
        return run(query);
      };
      return q;
    };
    noted(adapter);
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (level) => inTurn(noted(await start(level)));
    return adapter;
  }
}

let trustId: string;
const total = new Map<string, number>();
const own = new Map<string, number>();

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  await runSeed(url, { scale: 1, onlyIfEmpty: false, quiet: true });
  trustId = (await db().trust.findFirstOrThrow()).id;
  for (let n = 2; n <= OTHER_TRUSTS + 1; n++) await cloneTrust(db(), trustId, n);
  await db().$executeRawUnsafe("ANALYZE");
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'trustId'`;
  for (const { name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ all: number; mine: number }[]>(`SELECT count(*)::int AS all, count(*) FILTER (WHERE "trustId" = $1::uuid)::int AS mine FROM "${name}"`, trustId);
    total.set(name, row!.all);
    own.set(name, row!.mine);
  }
  // The pages' queries go through db(): from here on, through a client that notes them.
  const g = globalThis as unknown as { prisma?: PrismaClient };
  await g.prisma?.$disconnect();
  g.prisma = new PrismaClient({ adapter: new RecordingPg({ connectionString: url, max: 4 }) });
}, 600_000);

afterAll(() => {
  recording = null;
});

/** What in this plan reads another trust's rows. */
function otherTrustsRead(plan: Plan, found: string[] = []): string[] {
  const table = plan["Relation Name"];
  if (table && total.has(table) && total.get(table)! >= SMALL_TABLE && total.get(table)! > own.get(table)!) {
    const removed = (plan["Rows Removed by Filter"] ?? 0) + (plan["Rows Removed by Index Recheck"] ?? 0);
    const examined = plan["Actual Rows"] + removed;
    const where = `${plan["Node Type"]} on ${table}${plan["Index Name"] ? ` using ${plan["Index Name"]}` : ""}`;
    if (plan["Node Type"] === "Seq Scan") found.push(`${where}: reads every trust's rows (${total.get(table)})`);
    else if (examined > own.get(table)!) found.push(`${where}: examined ${examined} rows a loop, the trust has ${own.get(table)}`);
  }
  for (const child of plan.Plans ?? []) otherTrustsRead(child, found);
  return found;
}

const viewers = new Map<string, Viewer>();
const ctx: BenchContext = {
  prisma: db(),
  viewer: async (email) => {
    if (!viewers.has(email)) {
      const user = await db().user.findUniqueOrThrow({ where: { email } });
      viewers.set(email, (await loadViewer(user.id))!);
    }
    return viewers.get(email)!;
  },
};

/** Every statement of the page's reads, for the first trust's viewer, explained: what reads other trusts' rows. */
async function planProblems(page: BenchPage): Promise<string[]> {
  ctx.prisma = db();
  const viewer = await ctx.viewer(page.email);
  expect(viewer.trustId).toBe(trustId);
  recording = [];
  await page.sql(ctx, viewer);
  const statements = recording.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.sql));
  recording = null;
  expect(statements.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const q of statements) {
    const result = await explain({ ...q, sql: `EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql}` });
    const cell = result.rows[0]![0];
    const [{ Plan }] = (typeof cell === "string" ? JSON.parse(cell) : cell) as [{ Plan: Plan }];
    for (const p of otherTrustsRead(Plan)) problems.push(`${p}\n    in: ${q.sql.replace(/\s+/g, " ").slice(0, 300)}`);
  }
  return problems;
}

describe("a listed page's query plans read only its own trust's rows", () => {
  it("has other trusts nine times its size in the database", () => {
    expect(own.get("CpdActivity")).toBeGreaterThan(10_000);
    expect(total.get("CpdActivity")).toBe((OTHER_TRUSTS + 1) * own.get("CpdActivity")!);
    expect(total.get("StaffMember")).toBe((OTHER_TRUSTS + 1) * own.get("StaffMember")!);
  });

  it.each(BENCH_PAGES.map((p) => [p.name, p] as const))("%s", async (_name, page) => {
    expect(await planProblems(page)).toEqual([]);
  }, 120_000);
});
