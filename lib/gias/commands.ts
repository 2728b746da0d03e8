import "server-only";
// The GIAS import's decisions (issue 11 §1): the trust's group UID (trust settings), and a preview
// applied all or nothing (joining schools created, updates made, leaving schools archived with their
// history kept) or discarded. Applying re-plans against the schools as they are now and refuses when
// that differs from what the admin saw.
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command, type AuditEntry } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import type { Prisma, Tx } from "@/lib/db/client";
import type { GiasRow, SchoolFields } from "./mapping";
import { currentSchools } from "./mutations";
import { buildPlan, planIsEmpty, type Plan } from "./plan";
import { giasUidSchema, importDecisionSchema } from "./schema";
import { fromIsoDay } from "@/lib/dates";
import { routes } from "@/lib/routes";

/** What a preview stores: the plan shown, and the trust's rows it came from (to re-plan on apply). */
type StoredPlan = Plan & { rows: GiasRow[] };

const admin = (viewer: Viewer) => can(viewer, "trust:admin");
const PAGES = [routes.adminImports(), routes.schools(), routes.adminClusters(), routes.home()];

export const setGiasUid = command({
  schema: giasUidSchema,
  authorize: admin,
  async work(tx, viewer, { giasGroupUid }) {
    const before = await tx.trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { giasGroupUid: true } });
    if (before.giasGroupUid === giasGroupUid) return { data: null, unchanged: true };
    await tx.trust.update({ where: { id: viewer.trustId }, data: { giasGroupUid } });
    return changed("Trust", viewer.trustId, "trust.settings", { before, after: { giasGroupUid } }, null);
  },
  revalidate: () => PAGES,
  success: "GIAS group UID saved.",
});

/** A GIAS import of the viewer's trust; null when missing or of another trust (a command's `load`). */
const giasImport = (tx: Tx, viewer: Viewer, { importId }: { importId: string }) => tx.dataImport.findFirst({ where: { id: importId, trustId: viewer.trustId, kind: "GIAS" } });

/** Only an import still waiting for a decision is applied or discarded. */
function assertPending(row: { status: string }) {
  if (row.status !== "PREVIEW") throw new AppError("CONFLICT", `This import was already ${row.status === "APPLIED" ? "applied" : "discarded"}.`);
}

/** A school's columns from the register's fields (dates as days; an absent pupil count is left as it is). */
function columns(f: Partial<SchoolFields> & { archivedAt?: null }): Prisma.SchoolUncheckedUpdateInput {
  const { ofstedInspectedOn, pupilsOnRoll, ...rest } = f;
  return {
    ...rest,
    ...(ofstedInspectedOn !== undefined ? { ofstedInspectedOn: ofstedInspectedOn ? fromIsoDay(ofstedInspectedOn) : null } : {}),
    ...(f.ofstedGrade ? { ofstedFramework: "FOUR_GRADE" as const } : {}),
    ...(typeof pupilsOnRoll === "number" ? { pupilsOnRoll } : {}),
  };
}

export const applyGiasImport = command({
  schema: importDecisionSchema,
  load: giasImport,
  authorize: admin,
  async work(tx, viewer, _, row) {
    assertPending(row);
    // Lock the trust so two applies (or an apply and a cluster move) cannot interleave.
    await tx.$executeRaw`SELECT 1 FROM "Trust" WHERE id = ${viewer.trustId}::uuid FOR UPDATE`;
    const { rows, ...shown } = row.plan as unknown as StoredPlan;
    if (shown.problems.length) throw new AppError("INVALID", "This file has rows the portal cannot read (listed under Problems): correct them in GIAS or the file and upload it again. Nothing was changed.");
    const { existing, elsewhere } = await currentSchools(tx, viewer.trustId);
    if (canonical(buildPlan(rows, existing, elsewhere)) !== canonical(shown)) throw new AppError("CONFLICT", "The trust's schools have changed since this preview: upload the file again for a fresh preview. Nothing was changed.");
    const audit: AuditEntry[] = [];
    for (const s of shown.joining) {
      const { urn, name, phase, type, postcode } = s;
      const created = await tx.school.create({ data: { trustId: viewer.trustId, urn, name, phase, type, postcode, pupilsOnRoll: s.pupilsOnRoll ?? 0 } });
      await tx.school.update({ where: { id: created.id }, data: columns(s) });
      audit.push({ action: "school.join", entity: "School", entityId: created.id, after: s });
    }
    for (const u of shown.updates) {
      await tx.school.update({ where: { id: u.id }, data: columns(u.set) });
      audit.push({ action: "school.update", entity: "School", entityId: u.id, before: Object.fromEntries(u.changes.map((c) => [c.field, c.from])), after: Object.fromEntries(u.changes.map((c) => [c.field, c.to])) });
    }
    const now = new Date();
    for (const l of shown.leaving) {
      await tx.school.update({ where: { id: l.id }, data: { archivedAt: now } });
      audit.push({ action: "school.leave", entity: "School", entityId: l.id, before: { archivedAt: null }, after: { archivedAt: now } });
    }
    await tx.dataImport.update({ where: { id: row.id }, data: { status: "APPLIED", decidedAt: now } });
    audit.push({ action: "import.apply", entity: "DataImport", entityId: row.id, after: { joining: shown.joining.length, updates: shown.updates.length, leaving: shown.leaving.length } });
    return { data: { id: row.id, empty: planIsEmpty(shown) }, audit };
  },
  revalidate: () => PAGES,
  success: (data) => (data.empty ? "Nothing to change: the register already matches GIAS." : "Applied: the school register now matches GIAS."),
});

/** JSON with every object's keys sorted: PostgreSQL's jsonb does not keep the order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export const discardImport = command({
  schema: importDecisionSchema,
  load: giasImport,
  authorize: admin,
  async work(tx, viewer, _, row) {
    assertPending(row);
    await tx.dataImport.update({ where: { id: row.id }, data: { status: "DISCARDED", decidedAt: new Date() } });
    return changed("DataImport", row.id, "import.discard", { before: { status: "PREVIEW" }, after: { status: "DISCARDED" } });
  },
  revalidate: () => PAGES,
  success: "Import discarded. Nothing was changed.",
});
