import "server-only";
import { trustSchool } from "@/lib/org/schools";
// The staff import's decisions (issue 11 §3, decision 016): upload a school's MIS export, map its
// columns (the mapping is saved for the school's next import), preview, then apply all or nothing or
// discard. Applying re-plans against the records as they are now and refuses when that differs from
// the preview shown, or when the preview has row errors. A head imports into their own school; the
// trust admin into any. An import sends no invitation emails.
import { createHash } from "node:crypto";
import { can, isTrustAdmin, type Viewer } from "@/lib/access/policy";
import { changed, command, PROBLEM } from "@/lib/commands/command";
import { AppError, fieldError, notFoundError } from "@/lib/commands/errors";
import type { Prisma, Tx } from "@/lib/db/client";
import { FIELD_KEYS, FIELDS, type FieldKey, type Mapping } from "./fields";
import { applyPlan, planImport, type StoredImport } from "./mutations";
import { planCounts } from "./plan";
import { readStaffFile } from "./read";
import { mappingSchema, staffImportDecisionSchema, uploadSchema } from "./schema";
import { routes } from "@/lib/routes";

const PAGES = [routes.staff(), routes.adminImports(), routes.home()];
const STALE = "The staff records have changed since this preview: upload the file again for a fresh preview. Nothing was changed.";

/** Fields the viewer may map: the school column only for whoever imports into more than one school. */
export const mappableFields = (viewer: Viewer): FieldKey[] => FIELD_KEYS.filter((f) => f !== "school" || isTrustAdmin(viewer));

export const uploadStaffImport = command({
  schema: uploadSchema,
  authorize: (viewer, input) => can(viewer, "staff:manage", { schoolId: input.schoolId }),
  async work(tx, viewer, { schoolId, file }) {
    await trustSchool(tx, viewer, schoolId, { current: true });
    const read = await readStaffFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if ("error" in read) throw fieldError("file", read.error);
    const stored: StoredImport = { schoolId, ...read };
    const row = await tx.dataImport.create({
      data: { trustId: viewer.trustId, kind: "STAFF", fileName: file.name.slice(0, 200), rowsRead: read.rows.length, plan: stored as unknown as Prisma.InputJsonValue, createdById: viewer.userId },
      select: { id: true },
    });
    return changed("DataImport", row.id, "import.upload", { after: { kind: "STAFF", schoolId, fileName: file.name, rowsRead: read.rows.length, encoding: read.encoding } });
  },
  revalidate: () => PAGES,
  success: "File read: now match its columns to the staff record's fields.",
});

/** A staff import of the viewer's trust, with what was read of its file (a command's `load`); null when missing. */
async function staffImport(tx: Tx, viewer: Viewer, { importId }: { importId: string }) {
  const row = await tx.dataImport.findFirst({ where: { id: importId, trustId: viewer.trustId, kind: "STAFF" } });
  const stored = row?.plan as unknown as StoredImport | null | undefined;
  return row && stored ? { row, stored } : null;
}

/** Through the registry, about the import's own school: its head (or the trust admin) decides it. */
const managesImport = (viewer: Viewer, _: unknown, { stored }: { stored: StoredImport }) => can(viewer, "staff:manage", { schoolId: stored.schoolId });

/** Only an import still waiting for a decision is previewed, applied or discarded. */
function assertPending(row: { status: string }) {
  if (row.status !== "PREVIEW") throw new AppError("CONFLICT", `This import was already ${row.status === "APPLIED" ? "applied" : "discarded"}.`);
}

export const previewStaffImport = command({
  schema: mappingSchema,
  load: staffImport,
  authorize: managesImport,
  async work(tx, viewer, input, { row, stored }) {
    assertPending(row);
    const mapping: Mapping = {};
    const errors: Record<string, string[]> = {};
    const chosenBy = new Map<string, FieldKey>();
    for (const f of mappableFields(viewer)) {
      const header = input[f];
      const label = FIELDS[f].label.toLowerCase();
      if (!header) {
        if (FIELDS[f].required) errors[f] = [`Choose the column that holds the ${label}.`];
        continue;
      }
      if (!stored.headers.includes(header)) errors[f] = [`Choose one of the file's columns for the ${label}.`];
      else if (chosenBy.has(header)) errors[f] = [`'${header}' is already chosen for the ${FIELDS[chosenBy.get(header)!].label.toLowerCase()}.`];
      else {
        chosenBy.set(header, f);
        mapping[f] = header;
      }
    }
    if (Object.keys(errors).length) throw new AppError("INVALID", PROBLEM, errors);
    const preview = await planImport(tx, viewer, stored, mapping);
    if (!preview) throw notFoundError();
    await tx.dataImport.update({ where: { id: row.id }, data: { plan: { ...stored, mapping, preview, fingerprint: fingerprint(preview) } as unknown as Prisma.InputJsonValue } });
    const saved = await tx.staffImportMapping.findUnique({ where: { schoolId: stored.schoolId }, select: { mapping: true } });
    await tx.staffImportMapping.upsert({
      where: { schoolId: stored.schoolId },
      create: { trustId: viewer.trustId, schoolId: stored.schoolId, mapping, updatedById: viewer.userId },
      update: { mapping, updatedById: viewer.userId },
    });
    return {
      data: { id: row.id },
      audit: [
        { action: "import.preview", entity: "DataImport", entityId: row.id, after: { kind: "STAFF", ...planCounts(preview) } },
        { action: "staff-import-mapping.save", entity: "School", entityId: stored.schoolId, before: saved?.mapping ?? null, after: mapping },
      ],
    };
  },
  revalidate: () => PAGES,
  success: "Preview ready. The column mapping is saved for this school's next import.",
});

/** The preview's fingerprint: the plan is built deterministically, so the same records give the same text. */
const fingerprint = (plan: unknown) => createHash("sha256").update(JSON.stringify(plan)).digest("hex");

export const applyStaffImport = command({
  schema: staffImportDecisionSchema,
  load: staffImport,
  authorize: managesImport,
  async work(tx, viewer, _, { row, stored }) {
    assertPending(row);
    if (!stored.preview || !stored.mapping) throw new AppError("CONFLICT", "Match the file's columns first: there is no preview to apply yet.");
    if (stored.preview.errors.length) throw new AppError("INVALID", "This file has rows with errors (listed in the preview): correct them in the MIS or the file and upload it again. Nothing was changed.");
    // Lock the trust so two applies cannot interleave.
    await tx.$executeRaw`SELECT 1 FROM "Trust" WHERE id = ${viewer.trustId}::uuid FOR UPDATE`;
    const now = await planImport(tx, viewer, stored, stored.mapping);
    if (!now || fingerprint(now) !== stored.fingerprint) {
      throw new AppError("CONFLICT", STALE);
    }
    const audit = await applyPlan(tx, viewer, row.id, now);
    await tx.dataImport.update({ where: { id: row.id }, data: { status: "APPLIED", decidedAt: new Date() } });
    return { data: { id: row.id, ...planCounts(now) }, audit };
  },
  // Someone added by hand meanwhile with an email the import also adds: the accounts' unique key says so.
  onError(error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", STALE);
  },
  revalidate: () => PAGES,
  success: (c) => `Imported: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged${c.skipped ? `, ${c.skipped} skipped` : ""}. No emails were sent.`,
});

export const discardStaffImport = command({
  schema: staffImportDecisionSchema,
  load: staffImport,
  authorize: managesImport,
  async work(tx, viewer, _, { row }) {
    assertPending(row);
    await tx.dataImport.update({ where: { id: row.id }, data: { status: "DISCARDED", decidedAt: new Date() } });
    return changed("DataImport", row.id, "import.discard", { before: { status: "PREVIEW" }, after: { status: "DISCARDED" } });
  },
  revalidate: () => PAGES,
  success: "Import discarded. Nothing was changed.",
});
