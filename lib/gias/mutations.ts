import "server-only";
// The GIAS import's writes shared by the upload route and the apply command: the trust's schools as
// the plan compares them, and a preview stored (audited) for the admin to apply or discard.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { writeAudit } from "@/lib/commands/command";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { buildPlan, type ExistingSchool, type Plan } from "./plan";
import { readGias } from "./read";

type Client = Pick<Tx, "school">;

/** The trust's schools (archived too: one may rejoin) and the URNs other trusts hold. */
export async function currentSchools(client: Client, trustId: string): Promise<{ existing: ExistingSchool[]; elsewhere: Set<number> }> {
  const [rows, others] = await Promise.all([
    client.school.findMany({ where: { trustId } }),
    client.school.findMany({ where: { trustId: { not: trustId } }, select: { urn: true } }),
  ]);
  return {
    existing: rows.map((s) => ({
      id: s.id, urn: s.urn, name: s.name, phase: s.phase, type: s.type, pupilsOnRoll: s.pupilsOnRoll, postcode: s.postcode,
      latitude: s.latitude?.toFixed(6) ?? null, longitude: s.longitude?.toFixed(6) ?? null,
      ofstedGrade: s.ofstedGrade, ofstedFramework: s.ofstedFramework, ofstedInspectedOn: s.ofstedInspectedOn ? isoDay(s.ofstedInspectedOn) : null,
      hasSixthForm: s.hasSixthForm, hasEarlyYears: s.hasEarlyYears, archived: Boolean(s.archivedAt),
    })),
    elsewhere: new Set(others.map((o) => o.urn)),
  };
}

export type PreviewResult = { ok: true; importId: string } | { ok: false; message: string };

/** Reads an uploaded file as it streams in and stores its plan as a preview. Nothing about schools changes yet. */
export async function previewGias(viewer: Viewer, fileName: string, body: AsyncIterable<Uint8Array>): Promise<PreviewResult> {
  requirePermission(viewer, "trust:admin");
  const trust = await db().trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { giasGroupUid: true } });
  if (!trust.giasGroupUid) return { ok: false, message: "Set the trust's GIAS group UID first (trust settings, on this page)." };
  const read = await readGias(body, trust.giasGroupUid);
  if (read.missing.length) return { ok: false, message: `This is not a GIAS establishment file: the header has no ${read.missing.map((c) => `'${c}'`).join(", ")} column.` };
  if (read.rowsRead === 0) return { ok: false, message: "The file has a header but no rows." };
  const { existing, elsewhere } = await currentSchools(db(), viewer.trustId);
  const plan: Plan = buildPlan(read.trustRows, existing, elsewhere);
  const row = await db().$transaction(async (tx) => {
    const created = await tx.dataImport.create({
      data: { trustId: viewer.trustId, kind: "GIAS", fileName: fileName.slice(0, 200) || "establishments.csv", rowsRead: read.rowsRead, plan: { ...plan, rows: read.trustRows } as unknown as Prisma.InputJsonValue, createdById: viewer.userId },
      select: { id: true },
    });
    await writeAudit(tx, viewer, [{ action: "import.preview", entity: "DataImport", entityId: created.id, after: { kind: "GIAS", fileName, rowsRead: read.rowsRead, trustRows: read.trustRows.length, encoding: read.encoding } }]);
    return created;
  });
  return { ok: true, importId: row.id };
}
