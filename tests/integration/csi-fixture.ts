// A small trust with its CSI programme seeded, and helpers shared by the CSI tests.
import { db } from "@/lib/db/client";
import { seedReviews } from "@/prisma/seed/reviews";
import { DEMO_EMAILS } from "@/prisma/seed/demo";
import { londonIsoDay } from "../support/days";
import { seedSmallTrust } from "../support/fixtures";

export async function seedCsiTrust() {
  const trust = await seedSmallTrust();
  const rows = await seedReviews(db(), trust.built);
  const { built } = trust;
  const userId = (email: string) => built.users.find((u) => u.email === email)?.id ?? "";
  const headUser = userId(DEMO_EMAILS.head);
  const headSchool = built.roleAssignments.find((r) => r.userId === headUser && r.role === "HEADTEACHER")?.schoolId ?? "";
  const otherSchools = built.schools.filter((s) => s.id !== headSchool);
  const headOf = (schoolId: string) => built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === schoolId)?.userId ?? "";
  const cycles = await db().reviewCycle.findMany({ orderBy: { academicYear: "desc" } });
  const current = cycles[0];
  if (!current) throw new Error("No cycle seeded");
  return { ...trust, rows, headUser, headSchool, otherSchools, headOf, cycle: current };
}

/** A day `offsetDays` from London's today, as yyyy-mm-dd (a form's date field). */
export const day = (offsetDays: number) => londonIsoDay(offsetDays);
