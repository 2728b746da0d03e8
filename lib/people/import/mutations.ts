import "server-only";
// The staff import's reads and writes inside its commands (issue 11 §3): the records a file could touch
// (by its emails and MIS staff ids, not the whole trust), and applying a plan in bulk so a 2,000-row
// file is a handful of statements, not thousands.
import { headedSchools, type Viewer } from "@/lib/auth/policy";
import { schoolVisibleTo } from "@/lib/auth/visibility";
import type { AuditEntry } from "@/lib/commands/command";
import type { Prisma, Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { type Mapping } from "./fields";
import { buildStaffPlan, planCounts, type ExistingStaff, type ImportSchool, type NewStaff, type StaffPlan } from "./plan";

/** What a DataImport of kind STAFF holds: the file as read, and once mapped, the mapping and the preview shown. */
export type StoredImport = { schoolId: string; headers: string[]; rows: string[][]; encoding: string; mapping?: Mapping; preview?: StaffPlan; fingerprint?: string };

type Client = Pick<Tx, "school" | "staffMember" | "user">;

/** The schools the viewer imports into: every current school for the trust admin, a head's own. */
export function importSchools(client: Client, viewer: Viewer): Promise<ImportSchool[]> {
  return client.school.findMany({ where: schoolVisibleTo(viewer, headedSchools(viewer)), orderBy: { name: "asc" }, select: { id: true, name: true, urn: true } });
}

/** The plan of a stored file under a mapping, against the records as they are now. */
export async function planImport(client: Client, viewer: Viewer, stored: StoredImport, mapping: Mapping): Promise<StaffPlan | null> {
  const schools = await importSchools(client, viewer);
  const target = schools.find((s) => s.id === stored.schoolId);
  if (!target) return null;
  const cells = (header: string | undefined) => {
    const i = header ? stored.headers.indexOf(header) : -1;
    return i < 0 ? [] : [...new Set(stored.rows.map((r) => (r[i] ?? "").trim()).filter(Boolean))];
  };
  const emails = cells(mapping.email).map((e) => e.toLowerCase());
  const misIds = cells(mapping.misStaffId);
  const [rows, users] = await Promise.all([
    client.staffMember.findMany({
      where: { trustId: viewer.trustId, OR: [{ email: { in: emails } }, ...(misIds.length ? [{ misStaffId: { in: misIds } }] : [])] },
      select: {
        id: true, schoolId: true, userId: true, firstName: true, lastName: true, email: true, misStaffId: true, jobTitle: true,
        category: true, careerStage: true, fte: true, startDate: true, subjects: true, leaveDate: true, school: { select: { name: true } },
      },
    }),
    client.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, trustId: true, staffMember: { select: { id: true } } } }),
  ]);
  const existing: ExistingStaff[] = rows.map(({ school, fte, startDate, leaveDate, ...s }) => ({
    ...s, schoolName: school.name, fte: fte.toString(), startDate: isoDay(startDate), leaveDate: leaveDate ? isoDay(leaveDate) : null,
  }));
  return buildStaffPlan({
    headers: stored.headers, rows: stored.rows, mapping, target, schools, existing,
    users: users.map((u) => ({ id: u.id, email: u.email, linkable: u.trustId === viewer.trustId && !u.staffMember })),
  });
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const columns = (v: Partial<NewStaff>) => ({
  ...v,
  ...(v.fte !== undefined ? { fte: v.fte.toFixed(3) } : {}),
  ...(v.startDate !== undefined ? { startDate: day(v.startDate) } : {}),
});

/** Writes a plan: new records (with an account and the staff role, no invitation) and updates; returns the audit entries. */
export async function applyPlan(tx: Tx, viewer: Viewer, importId: string, plan: StaffPlan): Promise<AuditEntry[]> {
  const t = viewer.trustId;
  const adds = plan.adds.map((a) => ({ ...a, staffId: crypto.randomUUID(), accountId: a.userId ?? crypto.randomUUID() }));
  const fresh = adds.filter((a) => !a.userId);
  await tx.user.createMany({ data: fresh.map((a) => ({ id: a.accountId, trustId: t, email: a.values.email, name: `${a.values.firstName} ${a.values.lastName}` })) });
  // An account of the trust without a staff record (a governor joining the staff) keeps its roles and gains the staff role.
  const linked = adds.filter((a) => a.userId).map((a) => a.accountId);
  const hasStaffRole = new Set(
    (await tx.roleAssignment.findMany({ where: { trustId: t, role: "STAFF", userId: { in: linked } }, select: { userId: true } })).map((r) => r.userId),
  );
  await tx.roleAssignment.createMany({ data: adds.filter((a) => !hasStaffRole.has(a.accountId)).map((a) => ({ trustId: t, userId: a.accountId, role: "STAFF" as const })) });
  await tx.staffMember.createMany({
    data: adds.map((a) => ({ id: a.staffId, trustId: t, schoolId: a.schoolId, userId: a.accountId, ...columns(a.values) }) as Prisma.StaffMemberCreateManyInput),
  });
  const audit: AuditEntry[] = adds.map((a) => ({ action: "staff.create", entity: "StaffMember", entityId: a.staffId, after: { ...a.values, schoolId: a.schoolId, userId: a.accountId, importId } }));
  for (const u of plan.updates) {
    await tx.staffMember.update({ where: { id: u.id, trustId: t }, data: columns(u.set) });
    const { email, firstName, lastName } = u.set;
    if (u.userId && (email || firstName || lastName)) {
      const after = await tx.staffMember.findUniqueOrThrow({ where: { id: u.id }, select: { firstName: true, lastName: true, email: true } });
      // The work email is the sign-in name of their account.
      await tx.user.update({ where: { id: u.userId }, data: { email: after.email, name: `${after.firstName} ${after.lastName}` } });
    }
    audit.push({
      action: "staff.update", entity: "StaffMember", entityId: u.id,
      before: Object.fromEntries(u.changes.map((c) => [c.field, c.from])), after: { ...Object.fromEntries(u.changes.map((c) => [c.field, c.to])), importId },
    });
  }
  audit.push({ action: "staff.import", entity: "DataImport", entityId: importId, after: planCounts(plan) });
  return audit;
}
