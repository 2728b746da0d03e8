// The subject access figure (issue 21 §1): an export of a member of staff with 200 CPD records and 50
// evidence files (100 kB each), built by the export job's own code, in under 10 s.
import { randomUUID } from "node:crypto";

export const EXPORT_TARGET_S = 10;

export async function benchExport(url: string, log: (line: string) => void = console.log): Promise<void> {
  process.env.DATABASE_URL = url;
  const { db } = await import("../../lib/db/client");
  const { buildExport } = await import("../../lib/privacy/mutations");
  const admin = await db().user.findFirstOrThrow({ where: { roleAssignments: { some: { role: "TRUST_ADMIN" } } }, select: { id: true, trustId: true } });
  const person = await db().staffMember.findFirstOrThrow({ where: { trustId: admin.trustId, leaveDate: null, userId: { not: null } }, select: { id: true, schoolId: true } });
  const have = await db().cpdActivity.count({ where: { staffMemberId: person.id } });
  const bytes = Buffer.alloc(100_000, 7);
  const files = Array.from({ length: 50 }, (_, i) => ({ id: randomUUID(), trustId: admin.trustId, purpose: "CPD_EVIDENCE" as const, name: `evidence-${i}.pdf`, contentType: "application/pdf", size: bytes.length, sha256: "0".repeat(64), data: bytes, uploadedById: admin.id }));
  await db().storedFile.createMany({ data: files });
  const day = new Date(Date.UTC(2026, 8, 1));
  await db().cpdActivity.createMany({
    data: Array.from({ length: Math.max(0, 200 - have) }, (_, i) => ({
      trustId: admin.trustId, schoolId: person.schoolId, staffMemberId: person.id, title: `Bench activity ${i}`, type: "COURSE" as const, strand: "PROFESSIONAL_LEARNING" as const,
      startDate: day, endDate: day, minutes: 60, status: "VERIFIED" as const, evidenceFileId: files[i % 50]!.id, reflection: "What I learned and will try next.",
    })),
  });
  const job = await db().dataExport.create({ data: { trustId: admin.trustId, subjectStaffId: person.id, requestedById: admin.id, kind: "SUBJECT_ACCESS" } });
  const started = performance.now();
  const built = await buildExport(job.id);
  const seconds = (performance.now() - started) / 1000;
  const size = (await db().dataExport.findUniqueOrThrow({ where: { id: job.id }, select: { file: { select: { size: true } } } })).file?.size ?? 0;
  log(`\nSubject access export: ${await db().cpdActivity.count({ where: { staffMemberId: person.id } })} CPD records, ${built.files} files, ${built.kinds} kinds of record in ${seconds.toFixed(1)} s (target < ${EXPORT_TARGET_S} s), ${(size / 1_048_576).toFixed(1)} MB.`);
}
