import "server-only";
// Asking for an export (issue 21 §1): the row and its job are written in one transaction, so an export
// asked for is always built; the request itself is audited (who, for whom, when).
import { can, canAny } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { enqueue } from "@/lib/jobs/enqueue";
import type { Tx } from "@/lib/db/client";
import type { Viewer } from "@/lib/access/policy";
import { routes } from "@/lib/routes";
import { ownExportSchema, subjectAccessSchema } from "./schema";

async function startExport(tx: Tx, viewer: Viewer, subjectStaffId: string, kind: "SUBJECT_ACCESS" | "PORTFOLIO") {
  const row = await tx.dataExport.create({ data: { trustId: viewer.trustId, subjectStaffId, requestedById: viewer.userId, kind } });
  await enqueue(tx, "privacy.export", { trustId: viewer.trustId, exportId: row.id });
  const action = kind === "SUBJECT_ACCESS" ? "export.subject-access" : "export.own";
  return changed("DataExport", row.id, action, { after: { subjectStaffId, kind } }, { id: row.id });
}

export const requestSubjectAccess = command({
  schema: subjectAccessSchema,
  load: (tx, viewer, input) => tx.staffMember.findFirst({ where: { id: input.staffMemberId, trustId: viewer.trustId }, select: { id: true } }),
  authorize: (viewer) => can(viewer, "export:any"),
  work: (tx, viewer, _, person) => startExport(tx, viewer, person.id, "SUBJECT_ACCESS"),
  revalidate: (_, data) => [routes.adminExports(), routes.adminExport(data.id)],
  success: "Export started: it is built in the background; this page shows its progress.",
});

export const requestOwnExport = command({
  schema: ownExportSchema,
  authorize: (viewer) => canAny(viewer, "export:own") && Boolean(viewer.staff),
  work: (tx, viewer) => startExport(tx, viewer, viewer.staff?.id ?? "", "PORTFOLIO"),
  revalidate: () => [routes.myExport()],
  success: "Your development record is being put together: it will be ready to download here in a moment.",
});
