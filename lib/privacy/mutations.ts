// Building an export (the "privacy.export" job): every kind of record the catalogue lists for the
// person (or, for their own development record, the portfolio kinds), as JSON and in one HTML
// summary, with the files, zipped into one stored file; progress is written after each step.
// Safe to run twice: a finished export is left as it is.
import { zipSync, strToU8 } from "fflate";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { CATALOGUE, isExported, type Person } from "./catalogue";
import { findRedactions } from "./rules";
import { summaryHtml, type Section } from "./summary";

const FILE_COLUMNS: Record<string, string[]> = { CpdActivity: ["evidenceFileId"], TrainingCompletion: ["certificateFileId"], Resource: ["fileId"] };

const safeName = (name: string) => name.replace(/[^\w.\- ]+/g, "_").slice(0, 80) || "file";

export async function buildExport(exportId: string): Promise<{ skipped?: string; files?: number; kinds?: number }> {
  const job = await db().dataExport.findUnique({ where: { id: exportId }, include: { subject: { include: { user: { select: { id: true, email: true } } } } } });
  if (!job) return { skipped: "no such export" };
  if (job.status === "DONE") return { skipped: "already done" };
  const s = job.subject;
  const person: Person = { trustId: job.trustId, staffMemberId: s.id, userId: s.userId, email: s.user?.email ?? s.email };
  const entries = Object.entries(CATALOGUE).flatMap(([model, e]) => (isExported(e) && (job.kind === "SUBJECT_ACCESS" || e.portfolio) ? [{ model, entry: e }] : []));
  await db().dataExport.update({ where: { id: job.id }, data: { status: "RUNNING", done: 0, total: entries.length } });

  const zip: Record<string, Uint8Array> = {};
  const sections: (Section & { model: string })[] = [];
  for (const [i, { model, entry }] of entries.entries()) {
    const rows = (await entry.rows(db(), person)) as Record<string, unknown>[];
    const file = `data/${model}.json`;
    zip[file] = strToU8(JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2));
    sections.push({ model, label: entry.label, file, rows });
    if (i % 5 === 4) await db().dataExport.update({ where: { id: job.id }, data: { done: i + 1 } });
  }

  const fileIds = [...new Set(sections.flatMap((sec) => (FILE_COLUMNS[sec.model] ?? []).flatMap((col) => sec.rows.map((r) => r[col]).filter((v): v is string => typeof v === "string"))))];
  await db().dataExport.update({ where: { id: job.id }, data: { done: entries.length, total: entries.length + fileIds.length } });
  const files: { path: string; name: string }[] = [];
  for (const [i, id] of fileIds.entries()) {
    const stored = await db().storedFile.findFirst({ where: { id, trustId: job.trustId }, select: { name: true, data: true } });
    if (stored?.data) {
      const path = `files/${id.slice(0, 8)}-${safeName(stored.name)}`;
      zip[path] = new Uint8Array(stored.data);
      files.push({ path, name: stored.name });
    }
    if (i % 10 === 9) await db().dataExport.update({ where: { id: job.id }, data: { done: entries.length + i + 1 } });
  }

  const others = job.kind === "SUBJECT_ACCESS" ? await otherNames(person) : [];
  const redactions = findRedactions(sections, others);
  const name = `${s.firstName} ${s.lastName}`;
  const subjectAccess = job.kind === "SUBJECT_ACCESS";
  zip["summary.html"] = strToU8(
    summaryHtml({
      title: subjectAccess ? "Everything the trust holds about" : "Development record of",
      person: name,
      generated: new Date(),
      sections,
      files,
      note: subjectAccess
        ? "Anonymous staff survey answers are not linked to anyone and so are not included."
        : "Your CPD, statutory training, qualifications and induction, with your evidence files: yours to keep.",
    }),
  );
  const bytes = zipSync(zip, { level: 6 });
  const fileName = `${subjectAccess ? "subject-access" : "development-record"}-${safeName(name).replace(/ /g, "-").toLowerCase()}.zip`;
  await db().$transaction(async (tx) => {
    const stored = await tx.storedFile.create({
      data: { trustId: job.trustId, purpose: "EXPORT", name: fileName, contentType: "application/zip", size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), data: bytes, uploadedById: job.requestedById },
    });
    await tx.dataExport.update({ where: { id: job.id }, data: { status: "DONE", done: entries.length + fileIds.length, fileId: stored.id, redactions, finishedAt: new Date() } });
  });
  return { files: files.length, kinds: entries.length };
}

/** Everyone else of the trust by name, for the review of free text before release. */
async function otherNames(p: Person): Promise<string[]> {
  const [staff, users] = await Promise.all([
    db().staffMember.findMany({ where: { trustId: p.trustId, id: { not: p.staffMemberId } }, select: { firstName: true, lastName: true } }),
    db().user.findMany({ where: { trustId: p.trustId, ...(p.userId ? { id: { not: p.userId } } : {}) }, select: { name: true } }),
  ]);
  return [...new Set([...staff.map((x) => `${x.firstName} ${x.lastName}`), ...users.map((u) => u.name)])];
}

/** An export that failed for good says so, so its page stops showing progress. */
export async function markExportFailed(exportId: string, error: string): Promise<void> {
  await db().dataExport.updateMany({ where: { id: exportId, status: { not: "DONE" } }, data: { status: "FAILED", error: error.slice(0, 500), finishedAt: new Date() } });
}
