import "server-only";
// The staff import's reads and writes inside its commands (issue 11 §3): the records a file could touch
// (by its emails and MIS staff ids, not the whole trust), and applying a plan in bulk so a 2,000-row
// file is a handful of statements, not thousands. The raw SQL repeats the trust on every row it writes.
import { headedSchools, type Viewer } from "@/lib/access/policy";
import { schoolVisibleTo } from "@/lib/org/access";
import type { AuditEntry } from "@/lib/commands/command";
import type { Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { type Mapping } from "./fields";
import { buildStaffPlan, planCounts, type ExistingStaff, type ImportSchool, type StaffPlan } from "./plan";

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

/**
 * The updates as two statements however many rows: each record's fields after the change (its current
 * values with the file's changes over them) joined from one JSON array; their accounts' sign-in names
 * and display names follow the record.
 */
async function updateMany(tx: Tx, trustId: string, updates: StaffPlan["updates"]) {
  if (!updates.length) return;
  const current = await tx.staffMember.findMany({
    where: { trustId, id: { in: updates.map((u) => u.id) } },
    select: { id: true, firstName: true, lastName: true, email: true, misStaffId: true, jobTitle: true, category: true, careerStage: true, fte: true, startDate: true, subjects: true },
  });
  const byId = new Map(current.map((c) => [c.id, { ...c, fte: c.fte.toString(), startDate: isoDay(c.startDate) }]));
  const rows = updates.map((u) => {
    const { fte, ...set } = u.set;
    return { ...byId.get(u.id)!, ...set, ...(fte !== undefined ? { fte: fte.toFixed(3) } : {}), userId: u.userId };
  });
  const json = JSON.stringify(rows);
  // The ids again as an array: the planner cannot size a JSON array and, for a trust it thinks small,
  // would otherwise compare every row of the trust with every row of the file.
  const ids = rows.map((r) => r.id);
  await tx.$executeRaw`
    UPDATE "StaffMember" AS s SET "firstName" = v."firstName", "lastName" = v."lastName", email = v.email, "misStaffId" = v."misStaffId",
      "jobTitle" = v."jobTitle", category = v.category, "careerStage" = v."careerStage", fte = v.fte, "startDate" = v."startDate", subjects = v.subjects
    FROM jsonb_to_recordset(${json}::jsonb) AS v(id uuid, "firstName" text, "lastName" text, email text, "misStaffId" text, "jobTitle" text,
      category "StaffCategory", "careerStage" "CareerStage", fte numeric, "startDate" date, subjects text[])
    WHERE s.id = v.id AND s.id = ANY(${ids}::uuid[]) AND s."trustId" = ${trustId}::uuid`;
  // The work email is the sign-in name of their account.
  const accounts = rows.filter((r) => r.userId);
  await tx.$executeRaw`
    UPDATE "User" AS u SET email = v.email, name = v.name
    FROM unnest(${accounts.map((a) => a.userId)}::uuid[], ${accounts.map((a) => a.email)}::text[], ${accounts.map((a) => `${a.firstName} ${a.lastName}`)}::text[]) AS v(id, email, name)
    WHERE u.id = v.id AND u."trustId" = ${trustId}::uuid AND (u.email <> v.email OR u.name <> v.name)`;
}

/**
 * Writes a plan: new records (with an account and the staff role, no invitation) and updates; returns the
 * audit entries. Each kind of row is one statement over a JSON array, so 2,000 people cost no more
 * round trips than one (Prisma's createMany spends seconds building a statement that large).
 */
export async function applyPlan(tx: Tx, viewer: Viewer, importId: string, plan: StaffPlan): Promise<AuditEntry[]> {
  const t = viewer.trustId;
  const adds = plan.adds.map((a) => ({ ...a, staffId: crypto.randomUUID(), accountId: a.userId ?? crypto.randomUUID() }));
  // An account of the trust without a staff record (a governor joining the staff) keeps its roles and gains the staff role.
  const linked = adds.filter((a) => a.userId).map((a) => a.accountId);
  const hasStaffRole = new Set(
    (await tx.roleAssignment.findMany({ where: { trustId: t, role: "STAFF", userId: { in: linked } }, select: { userId: true } })).map((r) => r.userId),
  );
  const json = JSON.stringify(
    adds.map((a) => ({ ...a.values, fte: a.values.fte.toFixed(3), staffId: a.staffId, accountId: a.accountId, schoolId: a.schoolId, newAccount: !a.userId, needsRole: !hasStaffRole.has(a.accountId) })),
  );
  await tx.$executeRaw`
    INSERT INTO "User" (id, "trustId", email, name)
    SELECT v."accountId", ${t}::uuid, v.email, v."firstName" || ' ' || v."lastName"
    FROM jsonb_to_recordset(${json}::jsonb) AS v("accountId" uuid, email text, "firstName" text, "lastName" text, "newAccount" boolean) WHERE v."newAccount"`;
  await tx.$executeRaw`
    INSERT INTO "RoleAssignment" (id, "trustId", "userId", role)
    SELECT gen_random_uuid(), ${t}::uuid, v."accountId", 'STAFF'::"Role" FROM jsonb_to_recordset(${json}::jsonb) AS v("accountId" uuid, "needsRole" boolean) WHERE v."needsRole"`;
  await tx.$executeRaw`
    INSERT INTO "StaffMember" (id, "trustId", "schoolId", "userId", "firstName", "lastName", email, "misStaffId", "jobTitle", category, "careerStage", fte, "startDate", subjects)
    SELECT v."staffId", ${t}::uuid, v."schoolId", v."accountId", v."firstName", v."lastName", v.email, v."misStaffId", v."jobTitle", v.category, v."careerStage", v.fte, v."startDate", v.subjects
    FROM jsonb_to_recordset(${json}::jsonb) AS v("staffId" uuid, "schoolId" uuid, "accountId" uuid, "firstName" text, "lastName" text, email text, "misStaffId" text,
      "jobTitle" text, category "StaffCategory", "careerStage" "CareerStage", fte numeric, "startDate" date, subjects text[])`;
  await updateMany(tx, t, plan.updates);
  const entries: AuditEntry[] = [
    ...adds.map((a) => ({ action: "staff.create", entity: "StaffMember", entityId: a.staffId, after: { ...a.values, schoolId: a.schoolId, userId: a.accountId, importId } })),
    ...plan.updates.map((u) => ({
      action: "staff.update", entity: "StaffMember", entityId: u.id,
      before: Object.fromEntries(u.changes.map((c) => [c.field, c.from])), after: { ...Object.fromEntries(u.changes.map((c) => [c.field, c.to])), importId },
    })),
  ];
  // Each record's entry, in this transaction, as one statement (the command helper's createMany of
  // thousands of entries costs a second); the import's own entry is the helper's, written after these.
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("trustId", "actorUserId", action, entity, "entityId", before, after)
    SELECT ${t}::uuid, ${viewer.userId}::uuid, v.action, v.entity, v."entityId", v.before, v.after
    FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS v(action text, entity text, "entityId" text, before jsonb, after jsonb)`;
  return [{ action: "staff.import", entity: "DataImport", entityId: importId, after: planCounts(plan) }];
}
