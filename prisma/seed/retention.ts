// The demo trust's retention (issue 21 §2): the default schedule, a few leavers of years ago whose
// records have passed their date and wait on the review list (with some old CPD, so an erasure has
// hours to keep in the figures), one of them under a legal hold, and one already erased, so the trust
// admin's erasure review looks lived-in at first start. Pure seed code: no server-only imports.
import type { Db, Tx } from "../../lib/db/client";
import { addPeriod, dueOn } from "../../lib/retention/dates";
import { KIND_ORDER, RETENTION_KINDS } from "../../lib/retention/kinds";
import { DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng } from "./random";
import type { BuiltTrust } from "./types";

const FORMER = [
  ["Gareth", "Pryce", "Teacher of geography"],
  ["Linda", "Okafor", "Teaching assistant"],
  ["Martin", "Stead", "Teacher of music"],
  ["Priya", "Vaswani", "Head of science"],
  ["Helen", "Marsh", "School business manager"],
] as const;

export function buildRetention(built: BuiltTrust, today: Date) {
  const rng = createRng(DEMO_SEED).fork("retention");
  const trustId = built.trust.id;
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN")!;
  const rules = KIND_ORDER.map((kind) => ({ id: rng.uuid(), trustId, kind, period: RETENTION_KINDS[kind].period, unit: RETENTION_KINDS[kind].unit, basis: RETENTION_KINDS[kind].basis, updatedAt: today }));
  const staff: object[] = [];
  const activities: object[] = [];
  const reviews: object[] = [];
  const holds: object[] = [];
  const erasures: object[] = [];
  FORMER.forEach(([firstName, lastName, jobTitle], i) => {
    const school = built.schools[i % built.schools.length]!;
    const leaveDate = addPeriod(today, -(6 * 12 + 2 + i * 7), "MONTHS");
    const id = rng.uuid();
    const erased = i === FORMER.length - 1;
    staff.push({
      id, trustId, schoolId: school.id, firstName: erased ? "Former staff member" : firstName, lastName: erased ? "7F3A" : lastName,
      email: erased ? `erased-7f3a-${id.slice(0, 8)}@erased.invalid` : `${firstName}.${lastName}.${i}@former.example`.toLowerCase(),
      jobTitle: erased ? "Former staff member" : jobTitle, category: jobTitle.startsWith("Teach") || jobTitle.startsWith("Head") ? "TEACHER" : "SUPPORT",
      careerStage: "ESTABLISHED", fte: 1, startDate: addPeriod(leaveDate, -rng.int(3, 12), "YEARS"), leaveDate, leaveReason: rng.pick(["RESIGNATION", "RETIREMENT", "END_OF_CONTRACT"]), subjects: [], createdAt: addPeriod(leaveDate, -3000, "DAYS"),
    });
    for (let k = 0; k < 4; k++) {
      const day = addPeriod(leaveDate, -rng.int(30, 900), "DAYS");
      activities.push({ id: rng.uuid(), trustId, schoolId: school.id, staffMemberId: id, title: erased ? "[erased]" : rng.pick(["Subject knowledge course", "Behaviour INSET", "Safeguarding update", "Moderation day"]), type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: day, endDate: day, minutes: rng.int(2, 12) * 30, status: "VERIFIED", createdAt: day, updatedAt: day });
    }
    if (erased) {
      erasures.push({ id: rng.uuid(), trustId, staffMemberId: id, pseudonym: "7F3A", source: "SCHEDULE", reason: "Retention schedule: personnel and cpd records of leavers, 6 years after the end of employment", counts: { StaffMember: 1, CpdActivity: 4 }, erasedById: admin.userId, erasedAt: addPeriod(today, -40, "DAYS") });
    } else if (i === 3) {
      holds.push({ id: rng.uuid(), trustId, staffMemberId: id, reason: "Employment tribunal claim: keep every record until the hearing is over", placedById: admin.userId, placedAt: addPeriod(today, -120, "DAYS") });
    } else {
      reviews.push({ id: rng.uuid(), trustId, kind: "PERSONNEL", staffMemberId: id, dueOn: dueOn(leaveDate, 6, "YEARS"), status: "PENDING", count: 0, createdAt: today });
    }
  });
  return { rules, staff, activities, reviews, holds, erasures };
}

export async function seedRetention(db: Db | Tx, built: BuiltTrust, today: Date) {
  const r = buildRetention(built, today);
  await insertRows(db, "RetentionRule", r.rules);
  await insertRows(db, "StaffMember", r.staff);
  await insertRows(db, "CpdActivity", r.activities);
  await insertRows(db, "RetentionReview", r.reviews);
  await insertRows(db, "LegalHold", r.holds);
  await insertRows(db, "Erasure", r.erasures);
}
