import "server-only";
// The imports page: the trust's GIAS group UID, the latest imports, and one import's preview.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import type { Plan } from "./plan";

export async function importsPage(viewer: Viewer) {
  requirePermission(viewer, "trust:admin");
  const [trust, imports] = await Promise.all([
    db().trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { giasGroupUid: true } }),
    db().dataImport.findMany({
      where: { trustId: viewer.trustId },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, kind: true, status: true, fileName: true, rowsRead: true, createdAt: true, decidedAt: true },
    }),
  ]);
  return { giasGroupUid: trust.giasGroupUid, imports };
}

export async function importPreview(viewer: Viewer, id: string) {
  requirePermission(viewer, "trust:admin");
  if (!isId(id)) notFound();
  const row = await db().dataImport.findFirst({ where: { id, trustId: viewer.trustId, kind: "GIAS" } });
  if (!row) notFound();
  const { joining, updates, leaving, problems, notOpen } = row.plan as unknown as Plan;
  return { ...row, plan: { joining, updates, leaving, problems, notOpen } };
}
