// The CPD programme (issue 19): the programme page with places left (teacher) and a course's impact report
// (trust admin), p95 < 150 ms; and 500 bookings made at once on a 30-place course ending with exactly 30
// booked and 470 waiting (no overbooking). Run by npm run bench after the pages, or alone:
// tsx --import ./scripts/allow-server-only.mjs scripts/bench/programme.ts <database url>
import { pathToFileURL } from "node:url";
import { courseImpact } from "../../lib/programme/impact/queries";
import { myProgramme, programme } from "../../lib/programme/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

/** The past course with the most answers: the fullest impact report. */
async function fullestReport(ctx: BenchContext) {
  const [row] = await ctx.prisma.impactFollowUp.groupBy({ by: ["courseId"], where: { trustId: (await ctx.viewer(DEMO_EMAILS.admin)).trustId, courseId: { not: null }, answeredAt: { not: null } }, _count: { _all: true }, orderBy: { _count: { courseId: "desc" } }, take: 1 });
  if (!row?.courseId) throw new Error("The bench data has no course with follow-up answers.");
  return row.courseId;
}

export const programmePages: BenchPage[] = [
  { name: "CPD programme with availability (teacher)", email: DEMO_EMAILS.teacher, path: () => "/programme", sql: (_ctx, viewer) => Promise.all([programme(viewer, {}), myProgramme(viewer)]), targetMs: 150 },
  { name: "CPD programme, leadership strand, suitable for me (teacher)", email: DEMO_EMAILS.teacher, path: () => "/programme?strand=LEADERSHIP_DEVELOPMENT&mine=1", sql: (_ctx, viewer) => Promise.all([programme(viewer, { strand: "LEADERSHIP_DEVELOPMENT", mine: "1" }), myProgramme(viewer)]), targetMs: 150 },
  { name: "CPD programme: a course's impact report (trust admin)", email: DEMO_EMAILS.admin, path: async (ctx) => `/programme/${await fullestReport(ctx)}/impact`, sql: async (ctx, viewer) => courseImpact(viewer, await fullestReport(ctx)), targetMs: 150 },
];

export const BOOKERS = 500;
export const PLACES = 30;

/**
 * 500 members of staff book one 30-place course at the same moment, each through the booking command
 * (the server action's own path), on a pool as large as a server process may have. Every booking must
 * succeed: exactly 30 booked, 470 on the waiting list.
 */
export async function benchConcurrentBookings(url: string, log: (line: string) => void = console.log) {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE ??= "40";
  process.env.NOTIFY_QUIET_HOURS = "off";
  const { db } = await import("../../lib/db/client");
  const { installJobs } = await import("../../lib/jobs/boss");
  const { stopJobSender } = await import("../../lib/jobs/enqueue");
  const { book } = await import("../../lib/programme/booking/commands");
  await installJobs(url);
  const admin = await db().user.findFirstOrThrow({ where: { email: DEMO_EMAILS.admin } });
  const staff = await db().staffMember.findMany({ where: { trustId: admin.trustId, leaveDate: null }, take: BOOKERS, orderBy: { id: "asc" } });
  if (staff.length < BOOKERS) throw new Error(`The bench data has ${staff.length} staff; ${BOOKERS} are needed.`);
  const course = await db().course.create({
    data: {
      trustId: admin.trustId, title: `Bench: concurrent bookings ${Date.now()}`, description: "Bench", strand: "PROFESSIONAL_LEARNING", kind: "COURSE", providerName: "Bench",
      places: PLACES, status: "PUBLISHED", createdById: admin.id, publishedAt: new Date(),
      sessions: { create: { trustId: admin.trustId, startsAt: new Date(Date.now() + 30 * 86_400_000), durationMinutes: 60, venue: "Bench" } },
    },
  });
  try {
    const started = performance.now();
    const results = await Promise.all(staff.map((s) =>
      book.run({ userId: s.userId ?? crypto.randomUUID(), trustId: s.trustId, name: s.lastName, email: s.email, staff: { id: s.id, schoolId: s.schoolId }, roles: [{ id: s.id, role: "STAFF", schoolId: s.schoolId, communityId: null }] }, { courseId: course.id, waitlist: "on" }),
    ));
    const ms = performance.now() - started;
    const counts = await db().courseBooking.groupBy({ by: ["status"], where: { courseId: course.id }, _count: { _all: true } });
    const of = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
    const failed = results.filter((r) => !r.ok).length;
    const ok = of("BOOKED") === PLACES && of("WAITING") === BOOKERS - PLACES && failed === 0;
    log(`${BOOKERS} concurrent bookings on a ${PLACES}-place course: ${of("BOOKED")} booked, ${of("WAITING")} waiting, ${failed} failed, in ${(ms / 1000).toFixed(1)} s (${ok ? "as required" : "NOT as required: 30 booked, 470 waiting"}).`);
    return ok;
  } finally {
    await db().course.delete({ where: { id: course.id } });
    await stopJobSender();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const ok = await benchConcurrentBookings(process.argv[2] ?? process.env.DATABASE_URL ?? "");
  process.exit(ok ? 0 : 1);
}
