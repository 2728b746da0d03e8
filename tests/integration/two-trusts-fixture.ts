// Two trusts in one database, as a hosted service would hold them (decision 001): trust A is the
// usual small test trust with its communities and CPD; trust B is built by the same factories from
// another seed, with its e-mails, URNs and the demo communities' fixed ids made its own, plus a
// stored file of each kind and a live session, so every kind of record of B exists to be asked for.
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { createRng, insertTrust } from "@/prisma/seed";
import { buildCommunities, insertCommunities, seedCommunities } from "@/prisma/seed/communities";
import { buildCpd, insertCpd } from "@/prisma/seed/cpd";
import { buildTrust } from "@/prisma/seed/factories";
import { seedCpdTrust } from "./cpd-fixture";

const B_SEED = 424242;

/** Every table holding trust data that a query or command of lib/** reads or writes. */
export const TRUST_TABLES = [
  "School", "Cluster", "StaffMember", "User", "RoleAssignment", "Session", "Community", "Membership", "CommunityInvitation",
  "Meeting", "Attendance", "Resource", "Expertise", "CpdActivity", "CpdTarget", "TrainingRequirement", "TrainingCompletion",
  "Qualification", "StoredFile", "AuditLog", "StaffPlacement",
] as const;

/** A fingerprint of all of one trust's rows: any change to any of them changes it. */
export async function fingerprint(trustId: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TRUST_TABLES) {
    const [row] = await db().$queryRawUnsafe<{ digest: string | null; n: number }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS n FROM "${table}" t WHERE t."trustId" = $1::uuid`,
      trustId,
    );
    out[table] = `${row?.n}:${row?.digest}`;
  }
  return out;
}

async function seedTrustB() {
  const built = buildTrust(createRng(B_SEED), { scale: 1, clusters: 2, schoolsPerCluster: 2, staffPerSchool: 14, passwordHash: null });
  // Built while the demo e-mails still name the personas the CPD and community factories look for.
  const cpd = buildCpd(createRng(B_SEED).fork("cpd"), built, londonToday());
  const communities = buildCommunities(createRng(B_SEED).fork("communities"), built, { scale: 1 });

  // What must be unique across trusts: e-mails, URNs, and the demo communities' fixed ids.
  const email = (e: string) => e.replace("@", ".trust-b@");
  for (const u of built.users) u.email = email(u.email);
  for (const s of built.staff) s.email = email(s.email);
  for (const s of built.schools) s.urn = Number(s.urn) + 700_000;
  const ids = new Map(communities.Community.map((c) => [c.id as string, crypto.randomUUID()]));
  const remap = (row: Record<string, unknown>, key: string) => {
    if (typeof row[key] === "string" && ids.has(row[key] as string)) row[key] = ids.get(row[key] as string);
  };
  for (const rows of Object.values(communities)) for (const row of rows as Record<string, unknown>[]) remap(row, "communityId");
  for (const c of communities.Community as Record<string, unknown>[]) remap(c, "id");
  for (const r of built.roleAssignments as Record<string, unknown>[]) remap(r, "communityId");

  await insertTrust(db(), built);
  await insertCpd(db(), cpd);
  await insertCommunities(db(), communities);
  return { built, cpd, communities };
}

export async function seedTwoTrusts() {
  const a = await seedCpdTrust();
  await seedCommunities(db(), a.built, { scale: 1 });
  const b = await seedTrustB();
  const trustId = b.built.trust.id;
  const admin = b.built.users.find((u) => u.email.startsWith("admin."))!;
  const staff = b.built.staff.find((s) => s.userId && !s.leaveDate)!;
  const activity = b.cpd.activities.find((x) => x.staffMemberId === staff.id && x.status === "SUBMITTED") ?? b.cpd.activities.find((x) => x.status === "SUBMITTED")!;
  const community = b.communities.Community[0]! as { id: string; name: string };
  const meeting = b.communities.Meeting[0]! as { id: string; communityId: string };
  const resource = b.communities.Resource[0]! as { id: string; communityId: string };
  const expertise = b.communities.Expertise[0]! as { id: string };
  const qualification = b.cpd.qualifications[0]!;

  // One stored file of each kind B can hold: evidence of an activity, a certificate, a resource's file.
  const file = (name: string) =>
    db().storedFile.create({
      data: { trustId, purpose: "CPD_EVIDENCE", name, contentType: "application/pdf", size: 4, sha256: "0".repeat(64), data: Buffer.from("%PDF"), uploadedById: admin.id },
    });
  const evidence = await file("evidence.pdf");
  await db().cpdActivity.update({ where: { id: activity.id }, data: { evidenceFileId: evidence.id } });
  const certificate = await file("certificate.pdf");
  const completion = b.cpd.completions[0]!;
  await db().trainingCompletion.update({ where: { id: completion.id }, data: { certificateFileId: certificate.id } });
  const resourceFile = await file("scheme.pdf");
  await db().resource.update({ where: { id: resource.id }, data: { fileId: resourceFile.id } });
  const session = await db().session.create({ data: { trustId, userId: admin.id, method: "PASSWORD", expiresAt: new Date(Date.now() + 3_600_000) } });
  await db().auditLog.create({ data: { trustId, actorUserId: admin.id, action: "test.b", entity: "Trust", entityId: trustId } });

  return {
    a,
    b: {
      trustId,
      schoolId: staff.schoolId,
      clusterId: b.built.clusters[0]!.id,
      userId: admin.id,
      staffId: staff.id,
      staffName: staff.lastName,
      activityId: activity.id,
      qualificationId: qualification.id,
      communityId: community.id,
      meetingId: meeting.id,
      meetingCommunityId: meeting.communityId,
      resourceId: resource.id,
      expertiseId: expertise.id,
      fileIds: [evidence.id, certificate.id, resourceFile.id],
      sessionId: session.id,
      requirementId: b.cpd.requirements[0]!.id,
    },
  };
}
