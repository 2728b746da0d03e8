import "server-only";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";

/** The latest audit entries (trust admins only). */
export async function recentAudit(viewer: Viewer, take = 100) {
  requirePermission(viewer, "trust:admin");
  const rows = await db().auditLog.findMany({ where: { trustId: viewer.trustId }, orderBy: { at: "desc" }, take });
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => Boolean(id)))];
  const actors = await db().user.findMany({ where: { id: { in: actorIds }, trustId: viewer.trustId }, select: { id: true, name: true } });
  const names = Object.fromEntries(actors.map((a) => [a.id, a.name]));
  return rows.map((r) => ({ ...r, id: r.id.toString(), actor: r.actorUserId ? (names[r.actorUserId] ?? "Unknown") : "System" }));
}
