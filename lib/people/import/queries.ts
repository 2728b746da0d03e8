import "server-only";
// The staff import's pages (issue 11 §3): the start (schools the viewer imports into, their recent
// staff imports) and one import: its mapping step (the school's saved mapping or a guess) or its preview.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { can } from "@/lib/access/policy";
import { requireAny } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { proposeMapping, type FieldKey, type Mapping } from "./fields";
import { importSchools, type StoredImport } from "./mutations";

export async function staffImportStart(viewer: Viewer) {
  requireAny(viewer, "staff:manage");
  const schools = await importSchools(db(), viewer);
  const recent = await db().dataImport.findMany({
    where: { trustId: viewer.trustId, kind: "STAFF", createdById: viewer.userId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, status: true, fileName: true, rowsRead: true, createdAt: true },
  });
  return { schools, recent };
}

export async function staffImport(viewer: Viewer, id: string, fields: FieldKey[]) {
  requireAny(viewer, "staff:manage");
  if (!isId(id)) notFound();
  const row = await db().dataImport.findFirst({ where: { id, trustId: viewer.trustId, kind: "STAFF" } });
  const stored = row?.plan as unknown as StoredImport | undefined;
  if (!row || !stored || !can(viewer, "staff:manage", { schoolId: stored.schoolId })) notFound();
  const [school, saved] = await Promise.all([
    db().school.findFirstOrThrow({ where: { id: stored.schoolId, trustId: viewer.trustId }, select: { name: true } }),
    db().staffImportMapping.findFirst({ where: { schoolId: stored.schoolId, trustId: viewer.trustId }, select: { mapping: true } }),
  ]);
  const proposed = stored.mapping ?? proposeMapping(stored.headers, (saved?.mapping ?? {}) as Mapping, fields);
  // What each column holds, from the first row that fills it in, to help choose.
  const samples = stored.headers.map((_, i) => stored.rows.find((r) => (r[i] ?? "").trim())?.[i]?.trim() ?? "");
  return {
    id: row.id, status: row.status, fileName: row.fileName, rowsRead: row.rowsRead, schoolName: school.name,
    headers: stored.headers.map((h, i) => ({ header: h, sample: samples[i]!.slice(0, 40) })),
    mapping: proposed, savedMapping: Boolean(saved), preview: stored.preview ?? null,
  };
}
