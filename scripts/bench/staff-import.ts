// The staff import (issue 11 §3): a generated 2,000-row MIS export for one school, uploaded, mapped,
// previewed and applied by the trust admin through the commands its server actions run (target < 3 s
// for one import): first 2,000 new people, then the same files re-imported with every job title changed
// (2,000 updates). The lines printed split each import into read + map + preview and apply.
import { applyStaffImport, previewStaffImport, uploadStaffImport } from "../../lib/people/import/commands";
import { FIELD_KEYS, proposeMapping } from "../../lib/people/import/fields";
import { misCsv, misRow, MIS_HEADER } from "../../lib/people/import/mis-file";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { Viewer } from "../../lib/access/policy";
import type { BenchAction, BenchContext } from "./types";

const ROWS = 2_000;
const TARGET_MS = 3_000;

function expectOk(result: { ok: boolean; message?: string }, step: string) {
  if (!result.ok) throw new Error(`${step}: ${result.message}`);
}

const BENCH_ADMIN = "bench.import.admin@bench-import.example";

/**
 * The admin of a trust of its own with one school, made once: the people imported stay (deleting staff
 * records is slow, as every table that refers to them is checked), and there they change none of the
 * figures of the seeded trust that the pages measure, even with --reuse.
 */
async function importer(ctx: BenchContext): Promise<{ viewer: Viewer; schoolId: string }> {
  const existing = await ctx.prisma.user.findUnique({ where: { email: BENCH_ADMIN }, select: { trustId: true } });
  if (!existing) {
    const trust = await ctx.prisma.trust.create({ data: { name: "Bench Staff Import Trust" } });
    await ctx.prisma.school.create({ data: { trustId: trust.id, urn: 999_001, name: "Bench Import Primary", phase: "PRIMARY", type: "ACADEMY_CONVERTER", pupilsOnRoll: 300, postcode: "ZZ1 1ZZ" } });
    const user = await ctx.prisma.user.create({ data: { trustId: trust.id, email: BENCH_ADMIN, name: "Bench Import Admin" } });
    await ctx.prisma.roleAssignment.create({ data: { trustId: trust.id, userId: user.id, role: "TRUST_ADMIN" } });
  }
  const viewer = await ctx.viewer(BENCH_ADMIN);
  const school = await ctx.prisma.school.findFirstOrThrow({ where: { trustId: viewer.trustId }, select: { id: true } });
  return { viewer, schoolId: school.id };
}

type Timing = { preview: number; apply: number; counts: { added: number; updated: number } };

/** Upload, map (as guessed) and preview, then apply, timing the two halves. */
async function importFile(viewer: Viewer, schoolId: string, text: string): Promise<Timing> {
  const t0 = performance.now();
  const upload = await uploadStaffImport.run(viewer, { schoolId, file: new File([text], "mis-staff.csv", { type: "text/csv" }) });
  expectOk(upload, "upload");
  const importId = (upload as { data: { id: string } }).data.id;
  const mapping = proposeMapping([...MIS_HEADER]);
  expectOk(await previewStaffImport.run(viewer, { importId, ...Object.fromEntries(FIELD_KEYS.map((f) => [f, mapping[f] ?? ""])) }), "preview");
  const t1 = performance.now();
  const apply = await applyStaffImport.run(viewer, { importId });
  expectOk(apply, "apply");
  return { preview: t1 - t0, apply: performance.now() - t1, counts: (apply as { data: Timing["counts"] }).data };
}

const domainOf = (i: number) => `bench-import-${process.pid}-${i}.example`;
const file = (i: number, role: string) =>
  misCsv(Array.from({ length: ROWS }, (_, n) => misRow(n + 1, domainOf(i), { "Staff Code": `B${process.pid}-${i}-${n + 1}`, Role: role })));

/** One import a run (run i's file, every row with `role` as job title), expecting every row `counted`. */
function entry(name: string, what: string, role: string, counted: keyof Timing["counts"]): BenchAction {
  return {
    name: `Staff import, ${ROWS.toLocaleString("en-GB")} rows ${name}`,
    email: DEMO_EMAILS.admin,
    warmup: 1,
    timed: 5,
    run: async (ctx, _demoAdmin, i) => {
      const { viewer, schoolId } = await importer(ctx);
      const t = await importFile(viewer, schoolId, file(i, role));
      if (t.counts[counted] !== ROWS) throw new Error(`expected ${ROWS} ${counted}, got ${JSON.stringify(t.counts)}`);
      console.log(`Staff import of ${ROWS} rows, ${what} (run ${i}): read + map + preview ${t.preview.toFixed(0)} ms, apply ${t.apply.toFixed(0)} ms, total ${(t.preview + t.apply).toFixed(0)} ms (target < ${TARGET_MS} ms).`);
    },
    targetMs: TARGET_MS,
  };
}

export const staffImportActions: BenchAction[] = [
  entry("all new (upload, map, preview, apply)", "all new", "Class teacher", "added"),
  // The same files again, every person with a new job title.
  entry("re-imported, every one changed", "re-import updating every row", "Teacher of mathematics", "updated"),
];
