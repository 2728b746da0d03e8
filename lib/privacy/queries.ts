import "server-only";
// Reading exports: the trust admin's subject access exports (a search for the person, the list, one
// with its review of names), and a person's own development-record exports. Only the one who asked
// sees an export; its file is theirs to download (lib/storage's uploader rule).
import { can, type Viewer } from "@/lib/access/policy";
import { requireAny, requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { staffNamed } from "@/lib/people/name-search";
import { isId } from "@/lib/validation/fields";
import { notFound } from "next/navigation";
import type { Redaction } from "./rules";

const listed = {
  id: true, kind: true, status: true, done: true, total: true, fileId: true, createdAt: true, finishedAt: true, error: true,
  subject: { select: { id: true, firstName: true, lastName: true, school: { select: { name: true } } } },
  file: { select: { size: true } },
} as const;

/** The admin's page: people matching `q` (to export) and the trust's recent subject access exports. */
export async function subjectAccessPage(viewer: Viewer, q: string | undefined) {
  requirePermission(viewer, "export:any");
  const named = staffNamed(q ?? "");
  const [matches, exports] = await Promise.all([
    named
      ? db().staffMember.findMany({
          where: { trustId: viewer.trustId, ...named },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
          take: 20,
          select: { id: true, firstName: true, lastName: true, jobTitle: true, leaveDate: true, school: { select: { name: true } } },
        })
      : Promise.resolve([]),
    db().dataExport.findMany({ where: { trustId: viewer.trustId, kind: "SUBJECT_ACCESS" }, orderBy: { createdAt: "desc" }, take: 50, select: listed }),
  ]);
  return { matches, exports };
}

/** One subject access export with the names to review before release: the admin's own trust only. */
export async function subjectAccessExport(viewer: Viewer, id: string) {
  requirePermission(viewer, "export:any");
  if (!isId(id)) notFound();
  const row = await db().dataExport.findFirst({ where: { id, trustId: viewer.trustId, kind: "SUBJECT_ACCESS" }, select: { ...listed, redactions: true, requestedBy: { select: { name: true } } } });
  if (!row) notFound();
  return { ...row, redactions: (row.redactions ?? []) as Redaction[] };
}

/** A person's own development-record exports, newest first. */
export async function myExports(viewer: Viewer) {
  requireAny(viewer, "export:own");
  const staffId = viewer.staff?.id ?? "";
  if (!can(viewer, "export:own", { staffMemberId: staffId })) notFound();
  return db().dataExport.findMany({ where: { trustId: viewer.trustId, subjectStaffId: staffId, requestedById: viewer.userId, kind: "PORTFOLIO" }, orderBy: { createdAt: "desc" }, take: 10, select: listed });
}

export type ExportRow = Awaited<ReturnType<typeof myExports>>[number];
