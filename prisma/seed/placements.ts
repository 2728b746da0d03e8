// The demo trust's employment history (issue 11 §3, seed 003: "some teachers and support staff have
// also 'swapped' their schools"): a teacher swap between two schools of one cluster for a term, and
// a middle leader seconded to a third school. Deterministic: the same people every time, dates from
// the seed's day. Schools of the demo accounts are left alone, so their pages stay as documented.
import type { Tx } from "../../lib/db/client";
import { addDays } from "./dates";
import { DEMO_EMAILS } from "./demo";
import { insertRows } from "./insert";
import { createRng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

export async function seedPlacements(tx: Tx, built: BuiltTrust, today: Date): Promise<void> {
  const rng = createRng(3).fork("placements");
  const demoUsers = new Set(built.users.filter((u) => (Object.values(DEMO_EMAILS) as string[]).includes(u.email)).map((u) => u.id));
  const demoSchools = new Set([
    ...built.staff.filter((s) => s.userId && demoUsers.has(s.userId)).map((s) => s.schoolId),
    ...built.roleAssignments.filter((r) => demoUsers.has(r.userId) && r.schoolId).map((r) => r.schoolId as string),
  ]);
  const free = built.schools.filter((s) => !demoSchools.has(s.id));
  const cluster = built.clusters.find((c) => free.filter((s) => s.clusterId === c.id).length >= 2);
  if (!cluster) return;
  const [a, b] = free.filter((s) => s.clusterId === cluster.id);
  const c = free.find((s) => s.id !== a!.id && s.id !== b!.id) ?? b!;
  const current = (schoolId: string, fits: (s: StaffRow) => boolean) =>
    built.staff.find((s) => s.schoolId === schoolId && !s.leaveDate && (!s.userId || !demoUsers.has(s.userId)) && fits(s));
  const teacherAt = (schoolId: string) => current(schoolId, (s) => s.category === "TEACHER" && s.careerStage === "ESTABLISHED");
  const swapA = teacherAt(a!.id);
  const swapB = teacherAt(b!.id);
  const seconded = current(c.id, (s) => s.careerStage === "MIDDLE_LEADER") ?? current(c.id, (s) => s.category === "TEACHER");
  const rows = [];
  const common = { trustId: built.trust.id, note: null, createdById: null };
  if (swapA && swapB) {
    const swap = { ...common, kind: "SWAP", swapId: rng.uuid(), startDate: addDays(today, -21), endDate: addDays(today, 70), note: "Seed 003: a term's staff swap to share practice" };
    rows.push({ ...swap, id: rng.uuid(), staffMemberId: swapA.id, fromSchoolId: a!.id, toSchoolId: b!.id });
    rows.push({ ...swap, id: rng.uuid(), staffMemberId: swapB.id, fromSchoolId: b!.id, toSchoolId: a!.id });
  }
  const host = c.id === a!.id ? b! : a!;
  if (seconded && seconded.id !== swapA?.id && seconded.id !== swapB?.id) {
    rows.push({ ...common, id: rng.uuid(), kind: "SECONDMENT", swapId: null, staffMemberId: seconded.id, fromSchoolId: c.id, toSchoolId: host.id, startDate: addDays(today, -14), endDate: addDays(today, 120), note: "Leading the host school's curriculum review" });
  }
  await insertRows(tx, "StaffPlacement", rows);
}
