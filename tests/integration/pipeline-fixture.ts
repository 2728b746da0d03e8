// The small test trust with the viewers the pipeline tests need: the demo teacher, the head of their
// school, the head of another school, and another trust's admin (the trust pin alone keeps them out).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { seedSmallTrust } from "../support/fixtures";

export async function seedPipelineTrust() {
  const trust = await seedSmallTrust();
  const v = await trust.viewers();
  const { built } = trust;
  const teacherSchool = v.teacher.staff!.schoolId;
  const headOf = async (schoolId: string): Promise<Viewer> => {
    const userId = built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === schoolId)?.userId ?? "";
    const viewer = await loadViewer(userId);
    if (!viewer) throw new Error(`no head of ${schoolId}`);
    return viewer;
  };
  const otherSchool = built.schools.find((s) => s.id !== teacherSchool)!.id;
  const staffOf = (schoolId: string) => built.staff.filter((s) => s.schoolId === schoolId && !s.leaveDate);
  return {
    ...trust, v, teacherSchool, otherSchool, staffOf,
    head: await headOf(teacherSchool),
    otherHead: await headOf(otherSchool),
    foreigner: { ...v.admin, trustId: randomUUID() } satisfies Viewer,
  };
}

export const NOT_FOUND = { ok: false, message: "That record was not found." };
export const is404 = { digest: expect.stringContaining("404") };
